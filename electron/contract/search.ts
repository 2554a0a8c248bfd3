import { z } from 'zod';
import { method } from './method.ts';
import { ArticleId } from './model.ts';

/** Full-text search over the library (the query's syntax is in search-query.ts). */
export const searchApi = {
  'search.query': method(
    z.object({
      query: z.string().max(1_000, 'a search is at most 1,000 characters'),
      limit: z.number().int().min(1).max(500).default(50),
    }),
    z.object({
      results: z.array(
        z.object({
          id: ArticleId,
          title: z.string(),
          siteName: z.string().nullable(),
          score: z.number(),
          snippet: z.string(),
          /** Where the matched words are in the snippet: [start, end) pairs. */
          ranges: z.array(z.tuple([z.number().int(), z.number().int()])),
        }),
      ),
    }),
    'Full-text search with the query syntax (words, "phrases", -exclusions, tag:, site:, is:, has:, before:, after:…), best first.',
  ),
} as const;
