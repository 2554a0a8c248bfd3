import type { CarriedEventEdit } from '../../contract/index.ts';
import type { EventOverride, FoundEvent } from './event-store.ts';
import type { ExtractionQueue } from './extraction-queue.ts';
import type { TimelineState } from './timeline-state.ts';

/** What the reader did to one copy's events before it was merged away: read before the merge. */
export interface CopyEvents {
  articleId: string;
  /** Its events as found (and its highlights made events), to know what each edit was about. */
  events: FoundEvent[];
  overrides: Record<string, EventOverride>;
  promoted: FoundEvent[];
}

/** What carrying the copies' edits wrote on the kept article: enough to take it back. */
export interface CarriedEvents {
  eventEdits: CarriedEventEdit[];
  eventsPromoted: string[];
}

/**
 * The reader's corrections of a duplicate's events follow it into the article kept when duplicates are
 * merged, and leave again on Undo. Written into this device's record of the kept article, as any edit of
 * an event, so every device sees them.
 */
export class MergedCopyEvents {
  constructor(
    private readonly state: TimelineState,
    private readonly extraction: ExtractionQueue,
  ) {}

  /** The copies' events and the reader's edits of them (none for a copy the reader never corrected). */
  async copyEvents(ids: string[]): Promise<CopyEvents[]> {
    const { state } = this;
    await this.extraction.ensureLoaded();
    const copies: CopyEvents[] = [];
    for (const articleId of ids) {
      const { overrides, promoted } = await state.store.readEdits(articleId);
      if (Object.keys(overrides).length === 0 && promoted.length === 0) continue;
      const file = state.files.get(articleId);
      copies.push({ articleId, events: file ? [...file.found, ...file.promoted] : promoted, overrides, promoted });
    }
    return copies;
  }

  /**
   * The copies' edits on the kept article's events: each on the event of the text it shows now that is the
   * same event (the same key, else the same words), or under its own key when no event matches, so it is
   * kept and applies again should that text be shown. An event the kept article's reader corrected keeps
   * those corrections; the copies' fill in what it left alone. Highlights made events follow their highlight.
   */
  async carry(keep: string, copies: CopyEvents[]): Promise<CarriedEvents> {
    const { state } = this;
    const carried: CarriedEvents = { eventEdits: [], eventsPromoted: [] };
    if (copies.length === 0 || state.options.readOnly) return carried;
    // Found again on the text the kept article shows after the merge (without edits to carry, in the background).
    await this.extraction.contentChanged([keep]);
    return state.queue.run(async () => {
      const file = state.files.get(keep) ?? (await this.extraction.extract(keep));
      const keptEvents = file ? [...file.found, ...file.promoted] : [];
      const { overrides, promoted } = await state.store.readEdits(keep);
      const taken = new Set<string>();
      const writes = new Map<string, EventOverride>();
      const promotedKeys = new Set(promoted.map((event) => event.key));
      for (const copy of copies) {
        for (const [copyKey, edit] of Object.entries(copy.overrides)) {
          const about = copy.events.find((event) => event.key === copyKey);
          const key = sameEventIn(keptEvents, copyKey, about, taken) ?? copyKey;
          taken.add(key);
          const before = writes.get(key) ?? overrides[key];
          const after: EventOverride = { ...edit, ...before };
          if (sameEdit(after, before)) continue;
          writes.set(key, after);
        }
        for (const event of copy.promoted) {
          if (promotedKeys.has(event.key)) continue;
          promotedKeys.add(event.key);
          await state.store.writePromoted(keep, event);
          carried.eventsPromoted.push(event.key);
        }
      }
      if (writes.size > 0) await state.store.writeOverrides(keep, writes);
      for (const [key, after] of writes) carried.eventEdits.push({ key, before: overrides[key] ?? null, after });
      if (writes.size > 0 || carried.eventsPromoted.length > 0) {
        await this.extraction.extract(keep);
        state.options.onChanged?.([keep]);
      }
      return carried;
    });
  }

  /**
   * Takes back what `carry` wrote: each event's corrections as they were before, unless the reader changed
   * them since (then they are the reader's, and stay); the highlights' events are taken back with them.
   */
  async takeBack(keep: string, carried: CarriedEvents): Promise<void> {
    const { state } = this;
    if (state.options.readOnly || !state.library.findSummary(keep)) return;
    if (carried.eventEdits.length === 0 && carried.eventsPromoted.length === 0) return;
    // Found again on the text shown again (the library asked for it: this waits for it).
    await this.extraction.contentChanged([keep]);
    await state.queue.run(async () => {
      const { overrides, promoted } = await state.store.readEdits(keep);
      const writes = new Map<string, EventOverride | undefined>();
      for (const { key, before, after } of carried.eventEdits) {
        if (sameEdit(overrides[key], after)) writes.set(key, before ?? undefined);
      }
      if (writes.size > 0) await state.store.writeOverrides(keep, writes);
      const still = new Set(promoted.map((event) => event.key));
      const gone = carried.eventsPromoted.filter((key) => still.has(key));
      if (gone.length > 0) await state.store.takeBackPromoted(keep, gone);
      await this.extraction.extract(keep);
      state.options.onChanged?.([keep]);
    });
  }
}

/**
 * The key of the kept article's event that a copy's event `copyKey` is: the same key (the same words and
 * date), a highlight's event (its highlight moved over with it), else the event whose words are most alike.
 */
function sameEventIn(
  kept: FoundEvent[],
  copyKey: string,
  about: FoundEvent | undefined,
  taken: Set<string>,
): string | null {
  if (kept.some((event) => event.key === copyKey) || copyKey.startsWith('hl-') || !about) return null;
  let best: { key: string; score: number } | null = null;
  const words = wordsOf(about.text);
  for (const event of kept) {
    if (taken.has(event.key) || event.origin !== about.origin) continue;
    const score = alike(words, wordsOf(event.text)) + (event.date === about.date ? 0.01 : 0);
    if (score >= 0.6 && (!best || score > best.score)) best = { key: event.key, score };
  }
  return best?.key ?? null;
}

function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** How alike two sentences are: the share of words they have in common (Dice), or nearly all of the shorter one. */
function alike(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  const dice = (2 * shared) / (a.size + b.size);
  const within = Math.min(a.size, b.size) >= 4 ? shared / Math.min(a.size, b.size) : 0;
  return Math.max(dice, within >= 0.9 ? 0.8 : 0);
}

function sameEdit(a: EventOverride | null | undefined, b: EventOverride | null | undefined): boolean {
  const entries = (edit: EventOverride | null | undefined) =>
    JSON.stringify(Object.entries(edit ?? {}).sort(([x], [y]) => (x < y ? -1 : 1)));
  return entries(a) === entries(b);
}
