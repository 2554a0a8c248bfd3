import { createHash } from 'node:crypto';
import { z } from 'zod';
import { IsoDate } from '../../contract/index.ts';
import { VersionId } from './article-record.ts';

/**
 * articles/<id>/versions/<vid>.json: what one text of an article was saved with. Versions are
 * immutable and named by their text, so two devices saving the same text write the same files.
 */
export const VersionMeta = z.object({
  versionId: VersionId,
  savedAt: IsoDate,
  title: z.string(),
  byline: z.string().nullable(),
  siteName: z.string().nullable(),
  excerpt: z.string(),
  publishedAt: IsoDate.nullable(),
  url: z.string(),
  canonicalUrl: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  lang: z.string().nullable(),
  leadImage: z.string().nullable(),
  wordCount: z.number().int().nonnegative(),
  readingMinutes: z.number().int().nonnegative(),
  assets: z.array(z.object({ file: z.string(), source: z.string(), type: z.string(), bytes: z.number() })),
  source: z.enum(['save', 'feed', 'import', 'restore', 'legacy']),
  device: z.string(),
});
export type VersionMeta = z.infer<typeof VersionMeta>;

/** A text's version id. */
export function versionIdOf(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 20);
}

/** Newest first; the legacy text (the first an article had) always last. */
export function newestFirst(a: VersionMeta, b: VersionMeta): number {
  if ((a.source === 'legacy') !== (b.source === 'legacy')) return a.source === 'legacy' ? 1 : -1;
  const byTime = (Date.parse(b.savedAt) || 0) - (Date.parse(a.savedAt) || 0);
  return byTime || (a.versionId < b.versionId ? -1 : a.versionId > b.versionId ? 1 : 0);
}
