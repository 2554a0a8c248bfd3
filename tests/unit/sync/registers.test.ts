import { describe, expect, it } from 'vitest';
import { HybridClock, parseStamp, stampDate } from '../../../electron/core/sync/clock.ts';
import {
  currentEdits,
  type Edit,
  editReplacing,
  type Flag,
  flagsOn,
  latest,
  mergeFlags,
  mergeRegisters,
} from '../../../electron/core/sync/registers.ts';

/** Every order of a list (merging must not depend on the order files are read in). */
function orders<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    orders([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

describe('change stamps', () => {
  it('sort after every stamp made or seen before, even when the wall clock goes back', () => {
    let wall = 1_000;
    const laptop = new HybridClock('laptop', () => wall);
    const first = laptop.now();
    wall = 500; // the clock was set back
    const second = laptop.now();
    expect(second > first).toBe(true);
    const desktop = new HybridClock('desktop', () => 10);
    desktop.observe(second);
    expect(desktop.now() > second).toBe(true);
  });

  it('never let a device with a clock years ahead freeze everyone else', () => {
    const wall = 1_000_000;
    const clock = new HybridClock('laptop', () => wall);
    const fromTheFuture = new HybridClock('broken', () => wall + 10 * 365 * 86_400_000).now();
    clock.observe(fromTheFuture);
    expect(parseStamp(clock.now())!.ms).toBeLessThanOrEqual(wall + 86_400_000);
  });

  it('tell when a change was made', () => {
    const stamp = new HybridClock('laptop', () => Date.parse('2026-12-02T10:00:00Z')).now();
    expect(stampDate(stamp)).toBe('2026-12-02T10:00:00.000Z');
    expect(parseStamp('not a stamp')).toBeNull();
  });
});

describe('merging what devices wrote', () => {
  const laptop = new HybridClock('laptop', () => 1_000);
  const desktop = new HybridClock('desktop', () => 2_000);

  it('keeps the value written last, whatever order the copies are read in', () => {
    const archived = { state: { value: 'archived', at: laptop.now() } };
    const read = { state: { value: 'read', at: desktop.now() } };
    const favorite = { favorite: { value: true, at: laptop.now() } };
    for (const order of orders<Record<string, { value: unknown; at: string }>>([archived, read, favorite])) {
      expect(mergeRegisters(order)).toEqual({ state: read.state, favorite: favorite.favorite });
    }
    expect(latest([undefined, archived.state, read.state])).toEqual(read.state);
  });

  it('keeps a tag added on one device and another added on the other, and a removal made later', () => {
    const onLaptop: Record<string, Flag> = {
      climate: { on: true, at: laptop.now(), name: 'Climate' },
      old: { on: true, at: laptop.now() },
    };
    const onDesktop: Record<string, Flag> = {
      floods: { on: true, at: desktop.now() },
      old: { on: false, at: desktop.now() },
    };
    for (const order of orders([onLaptop, onDesktop]))
      expect(flagsOn(mergeFlags(order))).toEqual(['Climate', 'floods']);
  });

  it('keeps both texts of a note edited on two devices apart, until one edit replaces both', () => {
    const base = editReplacing<string>([], 'first thoughts', laptop.now());
    // Both devices saw the base, then edited without seeing each other.
    const onLaptop = editReplacing([base], 'laptop version', laptop.now());
    const onDesktop = editReplacing([base], 'desktop version', desktop.now());
    const both = currentEdits([onLaptop, onDesktop]);
    expect(both.map((edit) => edit.value).sort()).toEqual(['desktop version', 'laptop version']);
    // The reader joins them on the laptop: one text again, everywhere.
    const joined = editReplacing([onLaptop, onDesktop], 'joined', laptop.now());
    for (const order of orders<Edit<string> | undefined>([joined, onDesktop, base]))
      expect(currentEdits(order).map((edit) => edit.value)).toEqual(['joined']);
  });

  it('does not bring a replaced text back when an old copy of a record turns up again', () => {
    const first = editReplacing<string>([], 'one', laptop.now());
    const second = editReplacing([first], 'two', desktop.now());
    const third = editReplacing([second], 'three', laptop.now());
    // Each device keeps only its latest edit; an old copy of the laptop's record (holding "one") reappears.
    expect(currentEdits([third, second, first]).map((edit) => edit.value)).toEqual(['three']);
  });
});
