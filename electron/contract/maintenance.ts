// Library maintenance (Settings › Library): the sample articles, and duplicate articles. A library saved
// before one page had one key may hold a page twice (a link and a feed's item, www. and not); Settings ›
// Library and `annals duplicates` find them and merge each group into the article saved first, the
// others going to the trash, so a merge can be undone.
import { z } from 'zod';
import { method } from './method.ts';
import { AnnotationId, ArticleId, ArticleState, ArticleVersionId } from './model.ts';

/** Articles that are one page: `keep` (saved first) takes in the `merge` ones. */
export const DuplicateGroup = z.object({
  keep: ArticleId,
  merge: z.array(ArticleId).min(1),
  /** The address of the article kept. */
  url: z.string(),
});
export type DuplicateGroup = z.infer<typeof DuplicateGroup>;

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
    'Merges each group of duplicates into the article saved first: texts become versions, tags, highlights and notes are kept, the others go to the trash. Running it again changes nothing.',
  ),
  'duplicates.undoMerge': method(
    z.object({ merged: MergedList.min(1) }),
    z.object({ restored: z.array(ArticleId) }),
    'Takes back duplicates.merge: the merged articles come back from the trash, and what they brought is taken off the article kept.',
    { maxBodyBytes: 16 * 1024 * 1024 },
  ),
} as const;
