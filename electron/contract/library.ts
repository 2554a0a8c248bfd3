import { z } from 'zod';
import { ENVELOPE_BYTES, method } from './method.ts';
import { ArticleSummary, FeedId, LibraryView, SortKey } from './model.ts';

/** A backup sent from the window as base64: 200 MB of zip. */
const MAX_BACKUP_BASE64_CHARS = 280_000_000;
const LocalPath = z.string().trim().min(1, 'give a file path').max(4_096, 'that path is too long');

/** The library as a whole: its views, a backup of it, its restore and its move to another folder. */
export const libraryApi = {
  'library.list': method(
    z.object({
      view: LibraryView.default('inbox'),
      sort: SortKey.default('saved'),
      tags: z.array(z.string().max(64)).max(50).default([]),
      tagMode: z.enum(['all', 'any']).default('all'),
      feedId: FeedId.optional(),
    }),
    z.object({ articles: z.array(ArticleSummary), total: z.number().int() }),
    'Articles of one view, newest first, optionally only those with all (or any) of some tags.',
  ),
  'library.backup': method(
    z.object({ path: LocalPath.optional() }),
    z.object({ path: z.string(), articles: z.number().int(), files: z.number().int(), bytes: z.number().int() }),
    'Write the whole library (articles, images, highlights, feeds, tag colors, settings) to one zip: the path given, or “Annals backup YYYY-MM-DD.zip” in Downloads.',
  ),
  'library.restore': method(
    z
      .object({
        path: LocalPath.optional(),
        data: z
          .string()
          .max(MAX_BACKUP_BASE64_CHARS, 'that backup is larger than 200 MB; restore it with: annals restore FILE')
          .optional(),
      })
      .refine(
        (input) => (input.path === undefined) !== (input.data === undefined),
        'give either a backup’s path or its contents',
      ),
    z.object({
      intoEmpty: z.boolean(),
      restored: z.number().int(),
      merged: z.number().int(),
      feedsAdded: z.number().int(),
      skipped: z.array(z.object({ path: z.string(), reason: z.string() })),
    }),
    'Restore a backup zip (a path, or its bytes as base64): into an empty library as it was, into a used one merged without duplicates.',
    {
      maxBodyBytes: MAX_BACKUP_BASE64_CHARS + ENVELOPE_BYTES,
      tooLargeMessage: 'That backup is larger than 200 MB; restore it with: annals restore FILE',
    },
  ),
  'library.move': method(
    z.object({ to: LocalPath }),
    z.object({
      /** Where the library is now. */
      path: z.string(),
      previousPath: z.string(),
      /** Where the old folder was kept (renamed aside), or previousPath when it could not be renamed. */
      oldFolder: z.string(),
      files: z.number().int(),
      bytes: z.number().int(),
      /** Every Annals on this computer (app, browser mode, CLI) now opens it by default. */
      isDefault: z.boolean(),
    }),
    'Move the whole library to another folder (new or empty), such as one a sync tool carries: copied, checked file by file, opened there; the old folder is kept aside.',
  ),
} as const;
