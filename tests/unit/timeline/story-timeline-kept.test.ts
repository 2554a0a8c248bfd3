// A story's timeline opened again is not merged again (a long-running story of hundreds of articles took minutes
// each time), and shows what merging anew would show: after an article's events change, or an article leaves.
import { describe, expect, it } from 'vitest';
import type { StorySummary, Timeline, TimelineScope } from '../../../electron/contract/index.ts';
import { buildTimeline } from '../../../electron/core/timeline/build-timeline.ts';
import { answerOf, sampleCoreForEachTest } from '../helpers/test-core.ts';

const currentCore = sampleCoreForEachTest();

const value = <T>(method: string, input: unknown) => answerOf<T>(currentCore(), method, input);

/** The sample library's flood story, its events found. */
async function floodStory(): Promise<StorySummary> {
  const { stories } = await value<{ stories: StorySummary[] }>('stories.list', {});
  const flood = stories.find((story) => story.articleIds.length >= 4);
  if (!flood) throw new Error('no story of four articles in the sample library');
  return flood;
}

/** The timeline as built with every story merged anew, nothing kept. */
async function mergedAnew(scope: TimelineScope, title: string): Promise<Timeline> {
  return buildTimeline({
    scope,
    title,
    articles: await currentCore().timeline.scopeArticles(scope),
    stories: await currentCore().timeline.listStories(1),
    includeHidden: false,
    lastVisitedAt: currentCore().timeline.lastVisit(`story:${scope.kind === 'story' ? scope.storyId : ''}`),
    merge: (entries, onMerging) => currentCore().timeline.mergeReports(entries, onMerging),
  });
}

/** How often the running core merged reports while `open` ran. */
async function mergesDuring<T>(open: () => Promise<T>): Promise<{ merges: number; shown: T }> {
  const before = currentCore().timeline.mergedStories.merges;
  const shown = await open();
  return { merges: currentCore().timeline.mergedStories.merges - before, shown };
}

describe('a story timeline opened again', () => {
  it('is not merged again, and shows what it showed', async () => {
    const flood = await floodStory();
    const scope: TimelineScope = { kind: 'story', storyId: flood.id };
    const first = await mergesDuring(() => value<Timeline>('timeline.get', { scope }));
    expect(first.merges).toBe(1);
    const second = await mergesDuring(() => value<Timeline>('timeline.get', { scope }));
    expect(second.merges).toBe(0);
    expect(second.shown).toEqual(first.shown);
    expect(second.shown).toEqual(await mergedAnew(scope, flood.title));
    // The library's timeline merges each story apart: the flood story's merging is the one kept.
    const library = await mergesDuring(() => value<Timeline>('timeline.get', { scope: { kind: 'all' } }));
    const again = await mergesDuring(() => value<Timeline>('timeline.get', { scope: { kind: 'all' } }));
    expect(again.merges).toBe(0);
    expect(again.shown).toEqual(library.shown);
  });

  it('is merged anew once one of its articles has its events changed, as merging anew shows it', async () => {
    const flood = await floodStory();
    const scope: TimelineScope = { kind: 'story', storyId: flood.id };
    const before = await value<Timeline>('timeline.get', { scope });
    const [first, second] = before.events;
    await value('timeline.editEvents', { refs: first!.sources, patch: { hidden: true } });
    const hidden = await mergesDuring(() => value<Timeline>('timeline.get', { scope }));
    expect(hidden.merges).toBe(1);
    expect(hidden.shown.events.find((event) => event.id === first!.id)).toBeUndefined();
    expect(hidden.shown).toEqual(await mergedAnew(scope, flood.title));
    await value('timeline.editEvents', {
      refs: second!.sources.slice(0, 1),
      patch: { text: 'Rain gauges overflow upstream.', date: '2025-04-30', precision: 'day' },
    });
    const edited = await mergesDuring(() => value<Timeline>('timeline.get', { scope }));
    expect(edited.merges).toBe(1);
    expect(edited.shown.events.some((event) => event.text === 'Rain gauges overflow upstream.')).toBe(true);
    expect(edited.shown).toEqual(await mergedAnew(scope, flood.title));
  });

  it('is merged anew once an article has left the story, as merging anew shows it', async () => {
    const flood = await floodStory();
    const scope: TimelineScope = { kind: 'story', storyId: flood.id };
    const before = await value<Timeline>('timeline.get', { scope });
    const leaving = flood.articleIds.at(-1)!;
    expect(before.events.some((event) => event.sources.some((source) => source.articleId === leaving))).toBe(true);
    await value('stories.moveArticle', { articleId: leaving, storyId: null });
    const after = await mergesDuring(() => value<Timeline>('timeline.get', { scope }));
    expect(after.merges).toBe(1);
    expect(after.shown.events.some((event) => event.sources.some((source) => source.articleId === leaving))).toBe(
      false,
    );
    expect(after.shown).toEqual(await mergedAnew(scope, flood.title));
  });
});
