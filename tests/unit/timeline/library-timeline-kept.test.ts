// The library's timeline opened again answers what it answered, without being put together again (a library of
// 3,000 articles took seconds each time), and shows each change once it is made: an article trashed, an event
// hidden, a story renamed.
import { describe, expect, it } from 'vitest';
import type { StorySummary, Timeline } from '../../../electron/contract/index.ts';
import { answerOf, sampleCoreForEachTest } from '../helpers/test-core.ts';

const all = { kind: 'all' } as const;

// The sample library, its events found.
const currentCore = sampleCoreForEachTest();

const value = <T>(method: string, input: unknown) => answerOf<T>(currentCore(), method, input);

/** The library's timeline, and how often the core put a timeline together meanwhile. */
async function libraryTimeline(): Promise<{ builds: number; shown: Timeline }> {
  const before = currentCore().timeline.builtTimelines.builds;
  const shown = await value<Timeline>('timeline.get', { scope: all });
  return { builds: currentCore().timeline.builtTimelines.builds - before, shown };
}

const articlesIn = (timeline: Timeline) =>
  new Set(timeline.events.flatMap((event) => event.sources.map((source) => source.articleId)));

describe('the library’s timeline opened again', () => {
  it('is not put together again, and shows what it showed', async () => {
    const first = await libraryTimeline();
    expect(first.builds).toBe(1);
    expect(first.shown.events.length).toBeGreaterThan(0);
    const second = await libraryTimeline();
    expect(second.builds).toBe(0);
    expect(second.shown).toEqual(first.shown);
  });

  it('shows an event hidden since, and an article trashed since, gone', async () => {
    const before = await libraryTimeline();
    const hidden = before.shown.events[0]!;
    await value('timeline.editEvents', { refs: hidden.sources, patch: { hidden: true } });
    const afterHiding = await libraryTimeline();
    expect(afterHiding.builds).toBe(1);
    expect(afterHiding.shown.events.some((event) => event.id === hidden.id)).toBe(false);

    const trashed = [...articlesIn(afterHiding.shown)].at(-1)!;
    await value('article.delete', { ids: [trashed] });
    const afterTrash = await libraryTimeline();
    expect(afterTrash.builds).toBe(1);
    expect(articlesIn(afterTrash.shown).has(trashed)).toBe(false);
  });

  it('shows a story renamed since under its new name', async () => {
    await libraryTimeline();
    const { stories } = await value<{ stories: StorySummary[] }>('stories.list', {});
    await value('stories.rename', { storyId: stories[0]!.id, title: 'The flood, day by day' });
    const after = await libraryTimeline();
    expect(after.shown.stories.map((story) => story.title)).toContain('The flood, day by day');
  });

  it('exports every event it holds, kept or not', async () => {
    const { shown } = await libraryTimeline();
    const { content } = await value<{ content: string }>('timeline.export', { scope: all, format: 'timelinejs' });
    const exported = JSON.parse(content) as { events: unknown[] };
    expect(exported.events).toHaveLength(shown.events.length);
  });
});
