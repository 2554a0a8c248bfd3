import { describe, expect, it } from 'vitest';
import { mergeStories, type StoriesFile } from '../../../electron/core/timeline/story-store.ts';

const story = (id: string, title: string, articleIds: string[], renamed = false) => ({
  id,
  title,
  renamed,
  articleIds,
});

describe('merging a restored backup’s stories into the library’s own', () => {
  it('keeps the library’s stories and takes the backup’s for articles no story holds, with their names', () => {
    const own: StoriesFile = {
      schema: 1,
      stories: [story('story-aaaaaa', 'Harbour strike', ['aaaaaa', 'bbbbbb'], true)],
      pinned: ['bbbbbb'],
      visits: { all: '2025-05-02T00:00:00Z' },
    };
    const restored: StoriesFile = {
      schema: 1,
      stories: [
        story('story-aaaaaa', 'Strike (old name)', ['aaaaaa', 'cccccc'], true),
        story('story-dddddd', 'The Kellbridge flood', ['dddddd', 'eeeeee'], true),
      ],
      pinned: ['dddddd'],
      visits: { all: '2025-05-01T00:00:00Z', 'story:story-dddddd': '2025-04-01T00:00:00Z' },
    };
    const merged = mergeStories(own, restored);
    expect(merged.stories).toEqual([
      story('story-aaaaaa', 'Harbour strike', ['aaaaaa', 'bbbbbb'], true),
      // Its id is taken: the part of it the library lacks comes in under another.
      story('story-aaaaaa-restored', 'Strike (old name)', ['cccccc'], true),
      story('story-dddddd', 'The Kellbridge flood', ['dddddd', 'eeeeee'], true),
    ]);
    expect(merged.pinned.sort()).toEqual(['bbbbbb', 'dddddd']);
    expect(merged.visits).toEqual({ all: '2025-05-02T00:00:00Z', 'story:story-dddddd': '2025-04-01T00:00:00Z' });
  });
});
