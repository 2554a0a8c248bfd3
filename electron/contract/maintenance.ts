// Library maintenance (Settings › Library): the sample articles, and duplicate articles. A library saved
// before one page had one key may hold a page twice (a link and a feed's item, www. and not); Settings ›
// Library and `annals duplicates` find them and merge each group into the article saved first, the
// others going to the trash, so a merge can be undone.
import { z } from 'zod';
import { method } from './method.ts';
import { AnnotationId, ArticleId, ArticleState, ArticleVersionId } from './model.ts';
import { EventDate, EventRef, MOST_JOINED, Precision } from './timeline.ts';

/** Articles that are one page: `keep` (saved first) takes in the `merge` ones. */
export const DuplicateGroup = z.object({
  keep: ArticleId,
  merge: z.array(ArticleId).min(1),
  /** The address of the article kept. */
  url: z.string(),
});
export type DuplicateGroup = z.infer<typeof DuplicateGroup>;

/** The reader's correction of one event, as the timeline keeps it (each field set by hand, or absent). */
const EventCorrection = z.object({
  date: EventDate.optional(),
  endDate: EventDate.nullable().optional(),
  precision: Precision.optional(),
  text: z.string().max(100_000).optional(),
  hidden: z.boolean().optional(),
  apart: z.boolean().optional(),
  joined: z.array(EventRef).max(MOST_JOINED).optional(),
});

/** A merged copy's correction of an event, now on the kept article's event (by its key), and what that event had before. */
export const CarriedEventEdit = z.object({
  key: z.string().max(200),
  before: EventCorrection.nullable(),
  after: EventCorrection,
});
export type CarriedEventEdit = z.infer<typeof CarriedEventEdit>;

const Stamp = z.string().max(200);

/** What merging one group did to the article kept: enough to take it back. */
export const MergedDuplicates = z.object({
  keep: ArticleId,
  /** The articles merged in, now in the trash. */
  merged: z.array(ArticleId),
  url: z.string(),
  /** Texts of the merged articles the kept one did not have, now versions of it. */
  versionsAdded: z.array(ArticleVersionId),
  /** Highlights of the merged articles, now on the kept one (anchored to the version they were made on). */
  highlightsAdded: z.array(AnnotationId),
  tagsAdded: z.array(z.string().max(64)),
  /** The text the kept article showed before (the newest text of all is shown after). */
  shownBefore: ArticleVersionId.nullable(),
  /** The kept article's state and favorite before. */
  before: z.object({ state: ArticleState, favorite: z.boolean() }),
  /** The kept article's note before, when the merge added the others' note texts to it ('' for none). */
  noteBefore: z.string().max(500_000).optional(),
  /**
   * The tags the merge put on (by tag key), each with the stamp it was put on with and this device's own
   * earlier flag for it: Undo takes off only a tag still as the merge left it, and puts back what was there.
   */
  tagsPut: z
    .array(
      z.object({
        key: z.string().max(200),
        at: Stamp,
        before: z.object({ on: z.boolean(), at: Stamp, name: z.string().max(200).optional() }).optional(),
      }),
    )
    .max(1_000)
    .optional(),
  /** The merged copies' corrections of events, now the kept article's. */
  eventEdits: z.array(CarriedEventEdit).max(10_000).optional(),
  /** Events the merged copies made of their highlights (by key), now the kept article's with those highlights. */
  eventsPromoted: z.array(z.string().max(200)).max(10_000).optional(),
  /**
   * The story the kept article joined because a copy was in it: `with` is the article of that story it was
   * placed with, `before` the articles of the story it was in before (itself and copies only).
   */
  storyJoined: z.object({ with: ArticleId, before: z.array(ArticleId).max(10_000) }).optional(),
});
export type MergedDuplicates = z.infer<typeof MergedDuplicates>;

const MergedList = z.array(MergedDuplicates).max(10_000);

export const maintenanceApi = {
  'sample.install': method(z.object({}), z.object({ added: z.number().int() }), 'Add the sample library.'),
  'sample.remove': method(z.object({}), z.object({ removed: z.number().int() }), 'Remove every sample article.'),
  'duplicates.find': method(
    z.object({}),
    z.object({ groups: z.array(DuplicateGroup) }),
    'Articles that are one page saved more than once (before a page had one key), grouped; writes nothing.',
  ),
  'duplicates.merge': method(
    z.object({}),
    z.object({ merged: MergedList }),
    'Merges each group of duplicates into the article saved first: texts become versions, tags, highlights, notes and the reader’s corrections of events are kept, the kept article joins a story a copy was in, the others go to the trash. Running it again changes nothing.',
  ),
  'duplicates.undoMerge': method(
    z.object({ merged: MergedList.min(1) }),
    z.object({ restored: z.array(ArticleId) }),
    'Takes back duplicates.merge: the merged articles come back from the trash, and what they brought is taken off the article kept (a tag or event correction the reader set again since stays), which returns to the story it was in.',
    { maxBodyBytes: 16 * 1024 * 1024 },
  ),
} as const;
