import { z } from 'zod';
import { method } from './method.ts';
import { ArticleId, HighlightColor, Tag } from './model.ts';

export const Tags = z.array(Tag).max(100, 'at most 100 tags at once');
export const TagSnapshots = z.array(z.object({ id: ArticleId, tags: z.array(z.string()) }));

/** Tags across the library: listing, renaming, deleting and their colours. */
export const tagsApi = {
  'tags.list': method(
    z.object({}),
    z.object({
      tags: z.array(z.object({ name: z.string(), count: z.number().int(), color: HighlightColor.nullable() })),
    }),
    'Every tag in use, with how many articles carry it and its color.',
  ),
  'tags.rename': method(
    z.object({ from: z.string().min(1).max(64), to: Tag }),
    z.object({ before: TagSnapshots }),
    'Rename a tag everywhere; onto an existing tag, the two merge.',
  ),
  'tags.delete': method(
    z.object({ name: z.string().min(1).max(64) }),
    z.object({ before: TagSnapshots }),
    'Take a tag off every article (undoable with article.restoreTags).',
  ),
  'tags.setColor': method(
    z.object({ name: z.string().min(1).max(64), color: HighlightColor.nullable() }),
    z.object({ name: z.string(), color: HighlightColor.nullable() }),
    'Give a tag a color, or take it away.',
  ),
} as const;
