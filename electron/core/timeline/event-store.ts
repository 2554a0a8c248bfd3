import { z } from 'zod';
import { ArticleEvent, EventDate, Precision } from '../../contract/index.ts';
import type { LibraryPaths } from '../library/paths.ts';
import { writeFileAtomic } from '../storage/atomic-write.ts';
import { readJsonFile } from '../storage/json-file.ts';
import { quarantine } from '../storage/quarantine.ts';

/** The reader's changes to one event, kept apart from what extraction found so that re-extraction keeps them. */
export const EventOverride = z.object({
  date: EventDate.optional(),
  endDate: EventDate.nullable().optional(),
  precision: Precision.optional(),
  text: z.string().optional(),
  hidden: z.boolean().optional(),
});
export type EventOverride = z.infer<typeof EventOverride>;

/** An event as found, before the reader's edits are applied. */
export const FoundEvent = ArticleEvent.omit({ edited: true, hidden: true });
export type FoundEvent = z.infer<typeof FoundEvent>;

const Fingerprint = z.object({
  id: z.string(),
  title: z.string(),
  publishedAt: z.string().nullable(),
  terms: z.record(z.string(), z.number()),
  entities: z.record(z.string(), z.number()),
  names: z.record(z.string(), z.string()),
});

export const ArticleEventsFile = z.object({
  schema: z.literal(1),
  /** Which version of the extraction rules found these; older files are read again on upgrade. */
  extractor: z.number().int(),
  found: z.array(FoundEvent),
  /** Highlights the reader made events of. */
  promoted: z.array(FoundEvent),
  overrides: z.record(z.string(), EventOverride),
  fingerprint: Fingerprint,
});
export type ArticleEventsFile = z.infer<typeof ArticleEventsFile>;

/**
 * articles/<id>/events.json. It lives in the article's folder, so it goes to the trash and comes back
 * with the article, and a backup of the folder carries it.
 */
export class EventStore {
  constructor(
    private readonly paths: LibraryPaths,
    private readonly now: () => Date,
    private readonly report: (message: string) => void,
  ) {}

  async read(articleId: string): Promise<ArticleEventsFile | null> {
    const file = this.paths.articleEvents(articleId);
    const result = await readJsonFile(file, ArticleEventsFile);
    if (result.status === 'ok') return result.value;
    if (result.status === 'corrupt') {
      // Found events can be found again, but the reader's edits cannot: keep the file for them.
      const kept = await quarantine(file, this.paths.root, this.now());
      this.report(`The events of one article could not be read (${result.reason}); the file was kept as ${kept}.`);
    }
    return null;
  }

  async write(articleId: string, value: ArticleEventsFile): Promise<void> {
    await writeFileAtomic(this.paths.articleEvents(articleId), JSON.stringify(value));
  }
}

/** The events of an article as the reader sees them: edits applied, promoted highlights included. */
export function visibleEvents(file: ArticleEventsFile): ArticleEvent[] {
  return [...file.found, ...file.promoted]
    .map((event) => applyOverride(event, file.overrides[event.key]))
    .sort((a, b) => a.start - b.start || a.date.localeCompare(b.date));
}

export function applyOverride(event: FoundEvent, override: EventOverride | undefined): ArticleEvent {
  if (!override) return { ...event, edited: false, hidden: false };
  const { endDate, hidden, ...changes } = override;
  const merged: ArticleEvent = {
    ...event,
    ...changes,
    edited: Object.keys(changes).length > 0 || endDate !== undefined,
    hidden: hidden ?? false,
  };
  if (endDate === null) delete merged.endDate;
  else if (endDate !== undefined) merged.endDate = endDate;
  return merged;
}
