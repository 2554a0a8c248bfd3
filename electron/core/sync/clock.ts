/**
 * When a change was made, as a string that sorts in causal order across devices: a hybrid logical
 * clock (wall-clock milliseconds, a counter for changes within one millisecond or behind a clock
 * that went back, and the device id so two devices never tie). A change made after seeing another
 * device's change always sorts after it, whatever the two computers' clocks say.
 *
 *   "0001764672000000.0000.laptop1"  (16-digit ms, 4-digit counter, device)
 */
export type Stamp = string;

const STAMP = /^(\d{16})\.(\d{4})\.([a-z0-9]{4,40})$/;
const MAX_COUNTER = 9_999;

export function isStamp(value: unknown): value is Stamp {
  return typeof value === 'string' && STAMP.test(value);
}

export function formatStamp(ms: number, counter: number, device: string): Stamp {
  return `${String(ms).padStart(16, '0')}.${String(counter).padStart(4, '0')}.${device}`;
}

/** The parts of a stamp, or null when it is not one (a hand-edited or damaged record). */
export function parseStamp(stamp: string): { ms: number; counter: number; device: string } | null {
  const match = STAMP.exec(stamp);
  if (!match) return null;
  return { ms: Number(match[1]), counter: Number(match[2]), device: match[3]! };
}

/** The wall-clock time a stamp was made at, as an ISO string (for "last change arrived"). */
export function stampDate(stamp: Stamp): string | null {
  const parts = parseStamp(stamp);
  return parts ? new Date(parts.ms).toISOString() : null;
}

/** The greater of two stamps (undefined counts as the least). */
export function laterStamp(a: Stamp | undefined, b: Stamp | undefined): Stamp | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}

export class HybridClock {
  private lastMs = 0;
  private counter = 0;

  constructor(
    readonly device: string,
    private readonly wallClock: () => number = Date.now,
  ) {
    if (!/^[a-z0-9]{4,40}$/.test(device)) throw new Error(`not a device id: ${device}`);
  }

  /** A fresh stamp, later than every stamp made or observed before. */
  now(): Stamp {
    const wall = this.wallClock();
    if (wall > this.lastMs) {
      this.lastMs = wall;
      this.counter = 0;
    } else if (this.counter < MAX_COUNTER) {
      this.counter++;
    } else {
      // Ten thousand changes in one millisecond (or a clock far behind): borrow the next millisecond.
      this.lastMs++;
      this.counter = 0;
    }
    return formatStamp(this.lastMs, this.counter, this.device);
  }

  /** Takes in a stamp read from another device's record, so the next stamp made here sorts after it. */
  observe(stamp: Stamp): void {
    const parts = parseStamp(stamp);
    if (!parts) return;
    // A stamp from the far future (a device with a wrong clock) is capped, so one bad clock cannot
    // freeze everyone's counters for years: a day ahead of our wall clock at most.
    const ms = Math.min(parts.ms, this.wallClock() + 86_400_000);
    if (ms > this.lastMs || (ms === this.lastMs && parts.counter > this.counter)) {
      this.lastMs = ms;
      this.counter = ms === parts.ms ? parts.counter : 0;
    }
  }
}
