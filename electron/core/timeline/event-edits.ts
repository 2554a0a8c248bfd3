import { AnnalsError, type ArticleEvent, type EventRef, type Precision } from '../../contract/index.ts';
import { referenceDay } from './dates/calendar.ts';
import { applyOverride, type EventOverride, type FoundEvent } from './event-store.ts';
import type { ExtractionQueue } from './extraction-queue.ts';
import { loadExtraction } from './extraction-rules.ts';
import type { TimelineState } from './timeline-state.ts';

/**
 * The reader's changes to events: edited, hidden, reset, or made from a highlight. They are kept apart
 * from what extraction found, so finding the events again keeps them.
 */
export class EventEdits {
  constructor(
    private readonly state: TimelineState,
    private readonly extraction: ExtractionQueue,
  ) {}

  async editEvents(refs: EventRef[], patch: EventOverride): Promise<ArticleEvent[]> {
    return this.changeEvents(refs, (current) => {
      const next = { ...current, ...patch };
      // Merged again as Annals sees fit: nothing of the reader's choice is left to keep.
      if (next.apart === false) delete next.apart;
      if (next.joined?.length === 0) delete next.joined;
      return next;
    });
  }

  /** Forgets the edits to the events' dates, words and showing; the reader's word on merging them stays. */
  async resetEvents(refs: EventRef[]): Promise<ArticleEvent[]> {
    return this.changeEvents(refs, ({ apart, joined }) => ({
      ...(apart ? { apart } : {}),
      ...(joined ? { joined } : {}),
    }));
  }

  async promoteHighlight(
    articleId: string,
    annotationId: string,
    chosen: { date?: string; precision?: Precision },
  ): Promise<ArticleEvent> {
    const { state } = this;
    const summary = state.library.summary(articleId);
    const annotation = (await state.annotations.list(articleId)).find((a) => a.id === annotationId);
    if (!annotation?.anchor || annotation.kind !== 'highlight') {
      throw new AnnalsError('NOT_FOUND', 'That highlight is not in this article any more.');
    }
    await this.extraction.ensureLoaded();
    return state.queue.run(async () => {
      // An article still waiting for the background catch-up has its events found now; what is kept is read back
      // from the state (keeping may store the found file as a copy of its own).
      if (!state.files.has(articleId)) await this.extraction.extract(articleId);
      const file = state.files.get(articleId);
      if (!file) throw new AnnalsError('NOT_FOUND', `No article with id ${articleId} in this library.`);
      const { resolveDates, extractEntities } = await loadExtraction();
      const quote = annotation.anchor!.exact;
      const day = referenceDay(summary.publishedAt, summary.savedAt);
      const found = resolveDates(quote, day)[0];
      const precision = chosen.precision ?? (chosen.date ? precisionOf(chosen.date) : (found?.precision ?? 'day'));
      const date = chosen.date ?? found?.date ?? `${day.year}-${pad(day.month)}-${pad(day.day)}`;
      const event: FoundEvent = {
        key: `hl-${annotationId}`,
        date: truncate(date, precision),
        ...(found?.endDate && !chosen.date ? { endDate: found.endDate } : {}),
        precision,
        text: quote,
        start: annotation.anchor!.start,
        end: annotation.anchor!.end,
        entities: extractEntities(quote),
        origin: 'highlight',
        annotationId,
        firstSeen: state.now().toISOString(),
      };
      file.promoted = [...file.promoted.filter((e) => e.key !== event.key), event];
      await state.store.writePromoted(articleId, event);
      state.options.onChanged?.([articleId]);
      return applyOverride(event, file.overrides[event.key]);
    });
  }

  private async changeEvents(
    refs: EventRef[],
    change: (current: EventOverride) => EventOverride | undefined,
  ): Promise<ArticleEvent[]> {
    const { state } = this;
    await this.extraction.ensureLoaded();
    return state.queue.run(async () => {
      const touched = new Map<string, Map<string, EventOverride | undefined>>();
      const before = new Map<string, Map<string, EventOverride | undefined>>();
      const answers: ArticleEvent[] = [];
      // Every event is looked up before any is changed: one that is gone changes none (not some, in memory only).
      const found = refs.map(({ articleId, key }) => {
        const file = state.files.get(articleId);
        const event = file && [...file.found, ...file.promoted].find((e) => e.key === key);
        if (!file || !event) throw new AnnalsError('NOT_FOUND', `There is no event ${key} in article ${articleId}.`);
        return { articleId, key, file, event };
      });
      for (const { articleId, key, file, event } of found) {
        const was = before.get(articleId) ?? new Map<string, EventOverride | undefined>();
        if (!was.has(key)) was.set(key, file.overrides[key]);
        before.set(articleId, was);
        const next = change(file.overrides[key] ?? {});
        if (next && Object.keys(next).length > 0) file.overrides[key] = next;
        else delete file.overrides[key];
        const edits = touched.get(articleId) ?? new Map<string, EventOverride | undefined>();
        edits.set(key, file.overrides[key]);
        touched.set(articleId, edits);
        answers.push(applyOverride(event, file.overrides[key]));
      }
      for (const [id, edits] of touched) await state.store.writeOverrides(id, edits, before.get(id));
      state.options.onChanged?.([...touched.keys()]);
      return answers;
    });
  }
}

function precisionOf(date: string): Precision {
  return date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
}

function truncate(date: string, precision: Precision): string {
  return precision === 'day' ? date.slice(0, 10) : precision === 'month' ? date.slice(0, 7) : date.slice(0, 4);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
