// A reader who sees two happenings merged into one entry says so on one report: that report then joins no other
// article's report, however alike, while the others still merge among themselves.
import { expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import { type ArticleEvents, mergeEvents } from '../../../electron/core/timeline/merging/merge-events.ts';

const PUBLISHED = '2039-02-10T09:00:00+00:00';
const told = {
  gazette: 'The Orrin Bay lifeboat was launched on Tuesday to a trawler taking on water off Skellan Point.',
  courier:
    'Volunteers launched the Orrin Bay lifeboat on Tuesday to reach a trawler taking on water near Skellan Point.',
  post: 'On Tuesday the Orrin Bay lifeboat launched to a trawler that was taking on water off Skellan Point.',
};

function entries(apart: string[] = []): ArticleEvents[] {
  return Object.entries(told).map(([articleId, text]) => ({
    articleId,
    publishedAt: PUBLISHED,
    events: extractEvents(text, { publishedAt: PUBLISHED, savedAt: PUBLISHED }).map((event) =>
      apart.includes(articleId) ? { ...event, apart: true } : event,
    ),
  }));
}

const groups = (merged: ReturnType<typeof mergeEvents>) =>
  merged.map((event) => event.sources.map((source) => source.articleId)).sort();

it('merges three outlets’ reports of one launch into one entry', () => {
  expect(groups(mergeEvents(entries()))).toEqual([['gazette', 'courier', 'post']]);
});

it('shows the report the reader kept apart on its own, the other two still merged', () => {
  expect(groups(mergeEvents(entries(['courier'])))).toEqual([['courier'], ['gazette', 'post']]);
});
