// library.json (the index snapshot) read as it streams from disk, an article at a time: parsed whole,
// the index of 100,000 articles took its 70 MB as text, as parsed objects and as validated copies at
// once, nearly 350 MB of heap for a moment on every open.
import { createReadStream } from 'node:fs';
import { z } from 'zod';
import { ArticleSummary } from '../../contract/index.ts';
import type { JsonReadResult } from '../storage/json-file.ts';
import { JsonListSyntaxError, type ListStreamOptions, splitJsonList } from '../storage/json-list-stream.ts';

/** The index as read: each article's summary, and how its folders looked when it was read. */
export interface IndexSnapshot {
  articles: Map<string, ArticleSummary>;
  signatures: Map<string, string>;
}

/** What library.json holds besides its articles (they are cut out as they stream). */
const Skeleton = z.object({
  schema: z.literal(1),
  articles: z.array(z.unknown()).max(0),
  /**
   * Per article, how its folder, records and versions looked when it was read (see folderSignature):
   * an object of strings, checked as it is read into a map (see signaturesOf).
   */
  signatures: z.unknown().optional(),
});

const ARTICLE_LIST: ListStreamOptions = {
  member: 'articles',
  items: 'articles',
  // The signatures stay in the skeleton: some 40 bytes an article.
  maxSkeletonBytes: 1024 * 1024 * 1024,
  maxElementBytes: 64 * 1024 * 1024,
  tooMuchBesides: 'it holds too much besides its articles',
  elementTooLong: 'one of its articles is impossibly long',
};

class DamagedIndex extends Error {}

/**
 * Reads an index snapshot, telling apart "not there" from each way it can be broken, as readJsonFile
 * does for a file read whole. `intern` may answer a summary sharing the strings it repeats.
 */
export async function readIndexFile(
  file: string,
  intern: (summary: ArticleSummary) => ArticleSummary = (summary) => summary,
): Promise<JsonReadResult<IndexSnapshot>> {
  const articles = new Map<string, ArticleSummary>();
  let blank = true;
  let skeleton: string;
  try {
    skeleton = await splitJsonList(checked(file), ARTICLE_LIST, (value, index) => {
      const summary = ArticleSummary.safeParse(value);
      if (!summary.success) throw new DamagedIndex(unexpected(summary.error.issues[0], ['articles', index]));
      articles.set(summary.data.id, intern(summary.data));
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
    if (error instanceof JsonListSyntaxError || error instanceof DamagedIndex)
      return { status: 'corrupt', reason: error.message };
    throw error;
  }
  if (blank) return { status: 'corrupt', reason: 'the file is empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(skeleton);
  } catch (error) {
    return { status: 'corrupt', reason: `the file is not valid JSON (${(error as Error).message})` };
  }
  const rest = Skeleton.safeParse(parsed);
  if (!rest.success) return { status: 'corrupt', reason: unexpected(rest.error.issues[0], []) };
  const signatures = signaturesOf(rest.data.signatures ?? {}, articles);
  if (typeof signatures === 'string') return { status: 'corrupt', reason: signatures };
  return { status: 'ok', value: { articles, signatures } };

  /** The file's chunks, refused at the first NUL byte (a half-written block); `blank` while only spaces came. */
  async function* checked(path: string): AsyncGenerator<Uint8Array> {
    for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
      if (chunk.includes(0)) throw new DamagedIndex('the file holds NUL bytes (a half-written block)');
      if (blank && chunk.toString('latin1').trim() !== '') blank = false;
      yield chunk;
    }
  }
}

/**
 * The signatures as a map, or why they cannot be, read straight into it: checked by a schema, then
 * listed as entries, 100,000 signatures were copied twice over just as the whole index was in memory.
 */
function signaturesOf(value: unknown, articles: Map<string, ArticleSummary>): Map<string, string> | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'unexpected content at signatures: not an object';
  const signatures = new Map<string, string>();
  for (const id of Object.keys(value)) {
    const signature: unknown = (value as Record<string, unknown>)[id];
    if (typeof signature !== 'string') return `unexpected content at signatures.${id}: not a string`;
    // Keyed by the summary's own id where there is one: the key parsed here was another copy of it.
    signatures.set(articles.get(id)?.id ?? id, signature);
  }
  return signatures;
}

function unexpected(issue: z.core.$ZodIssue | undefined, at: (string | number)[]): string {
  const path = [...at, ...(issue?.path ?? [])].map(String);
  return `unexpected content at ${path.join('.') || 'top level'}: ${issue?.message}`;
}
