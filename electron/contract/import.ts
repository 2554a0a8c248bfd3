import { z } from 'zod';
import { ENVELOPE_BYTES, method } from './method.ts';
import { ArticleId } from './model.ts';

// ── Import of other services' exports (formats described in FORMATS.md) ─────────────────────────

/** What an export file was recognised as, by its content. */
export const ImportFormat = z.enum([
  'pocket',
  'pocket-html',
  'instapaper',
  'omnivore',
  'wallabag',
  'readwise',
  'bookmarks',
  'opml',
]);
export type ImportFormat = z.infer<typeof ImportFormat>;

/** What the reader may say a file is (`--from`), when detection should not guess. */
export const ImportSource = z.enum(['pocket', 'instapaper', 'omnivore', 'wallabag', 'readwise', 'bookmarks', 'opml']);
export type ImportSource = z.infer<typeof ImportSource>;

/** Export files up to 100 MB are read (as base64 over the API: about 134 million characters). */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

/** The file to import: its name (shown in messages only) and its bytes as base64, or its text. */
export const ImportFile = z
  .object({
    fileName: z.string().trim().min(1).max(512),
    base64: z
      .string()
      .max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4, 'that file is larger than 100 MB')
      .optional(),
    text: z.string().max(MAX_IMPORT_BYTES, 'that file is larger than 100 MB').optional(),
    from: ImportSource.optional(),
  })
  .refine((file) => (file.base64 === undefined) !== (file.text === undefined), 'give the file as base64 or as text');
export type ImportFile = z.infer<typeof ImportFile>;

/** A row or entry of the file that will not be imported, and why. */
export const SkippedRow = z.object({
  /** Where in the file, in the reader's words: "part_000000.csv, row 12", "item 3". */
  where: z.string(),
  reason: z.string(),
  url: z.string().nullable(),
});
export type SkippedRow = z.infer<typeof SkippedRow>;

export const ImportPreview = z.object({
  /** Hand it to import.run to import exactly what was previewed. */
  previewId: z.string(),
  format: ImportFormat,
  /** What the file was recognised as, e.g. "Pocket export (zip of 2 CSV files)". */
  description: z.string(),
  articles: z.number().int().nonnegative(),
  /** Not in the library yet. */
  new: z.number().int().nonnegative(),
  /** Already in the library (by canonical address): their tags and states are merged. */
  existing: z.number().int().nonnegative(),
  /** Rows naming an address another row of the file already named; merged into one article. */
  duplicatesInFile: z.number().int().nonnegative(),
  /** Articles whose text is in the file; the others are fetched in the background. */
  withContent: z.number().int().nonnegative(),
  /** Articles whose text will be fetched from the web after the import (the file carries none). */
  toFetch: z.number().int().nonnegative(),
  archived: z.number().int().nonnegative(),
  favorites: z.number().int().nonnegative(),
  tags: z.array(z.object({ name: z.string(), count: z.number().int() })),
  highlights: z.number().int().nonnegative(),
  notes: z.number().int().nonnegative(),
  feeds: z.number().int().nonnegative(),
  skipped: z.array(SkippedRow),
  /** All skipped rows, when more than the list holds. */
  skippedCount: z.number().int().nonnegative(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportResult = z.object({
  format: ImportFormat,
  description: z.string(),
  added: z.number().int().nonnegative(),
  /** Already in the library and changed by the import (tags, states, highlights). */
  updated: z.number().int().nonnegative(),
  /** Already in the library exactly so. */
  unchanged: z.number().int().nonnegative(),
  highlights: z.number().int().nonnegative(),
  notes: z.number().int().nonnegative(),
  feedsAdded: z.number().int().nonnegative(),
  /** Articles waiting for their text to be fetched. */
  queued: z.number().int().nonnegative(),
  skipped: z.array(SkippedRow),
  skippedCount: z.number().int().nonnegative(),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const ImportFailure = z.object({ id: ArticleId, url: z.string(), title: z.string(), reason: z.string() });
export type ImportFailure = z.infer<typeof ImportFailure>;

/** The background fetch of imported articles' text. */
export const ImportStatus = z.object({
  pending: z.number().int().nonnegative(),
  done: z.number().int().nonnegative(),
  failed: z.array(ImportFailure),
  paused: z.boolean(),
  /** Fetches under way right now. */
  active: z.number().int().nonnegative(),
});
export type ImportStatus = z.infer<typeof ImportStatus>;

/** What a one-shot shell (the CLI) needs to finish the work the app would do in the background. */
export const importFetchApi = {
  'import.fetchNow': method(
    z.object({ web: z.boolean().default(true) }),
    ImportStatus.extend({
      /** How many got the text their export carried (no fetch needed). */
      carried: z.number().int().nonnegative(),
    }),
    'Store the imported articles’ text now and answer when done: the text their export carried, and (unless web is false) their pages fetched from the web.',
  ),
} as const;

/** Export files to import come as base64: up to 100 MB of file, about 134 MB of request. */
const IMPORT_BODY = {
  maxBodyBytes: Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + ENVELOPE_BYTES,
  tooLargeMessage: 'That file is larger than 100 MB, the most Annals imports at once.',
};

/** Importing other services' exports, and the background fetch of the imported articles' text. */
export const importApi = {
  'import.preview': method(
    ImportFile,
    ImportPreview,
    'Read an export file (Pocket, Instapaper, Omnivore, Wallabag, Readwise, bookmarks, OPML) and say what importing it would do, writing nothing.',
    IMPORT_BODY,
  ),
  'import.run': method(
    z.union([z.object({ previewId: z.string().min(1).max(64) }), ImportFile]),
    ImportResult,
    'Import an export file (or the one previewed): articles, tags, states, dates, highlights; text not in the file is fetched in the background.',
    IMPORT_BODY,
  ),
  'import.status': method(z.object({}), ImportStatus, 'How the background fetch of imported articles is going.'),
  'import.pause': method(z.object({}), ImportStatus, 'Pause the background fetch of imported articles.'),
  'import.resume': method(z.object({}), ImportStatus, 'Resume the background fetch of imported articles.'),
  'import.retry': method(
    z.object({ ids: z.array(ArticleId).max(100_000).optional() }),
    ImportStatus,
    'Fetch again the imported articles whose fetch failed (these, or all of them).',
  ),
} as const;
