import { beforeAll, describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import { type MergedEvent, mergeEvents } from '../../../electron/core/timeline/merging/merge-events.ts';
import { clusterStories } from '../../../electron/core/timeline/stories/stories.ts';
import { CALDERA, HARWICK, LOOKALIKES, type LoadedArticle, loadGoldArticle, NORDVIK } from './support.ts';

const SAVED = '2026-01-01T00:00:00Z';
let articles: LoadedArticle[];
beforeAll(async () => {
  articles = await Promise.all([...HARWICK, ...NORDVIK, ...CALDERA, ...LOOKALIKES].map(loadGoldArticle));
});

function storyOf(id: string, stories: ReturnType<typeof clusterStories>): string[] {
  return [...(stories.find((story) => story.articleIds.includes(id))?.articleIds ?? [])].sort();
}

describe('stories told by several outlets, each page in its own template', () => {
  it('groups each story’s reports and keeps a pilots’ strike, a car recall and a street market apart', () => {
    const stories = clusterStories(articles);
    expect(storyOf(HARWICK[0]!, stories)).toEqual([...HARWICK].sort());
    expect(storyOf(NORDVIK[0]!, stories)).toEqual([...NORDVIK].sort());
    expect(storyOf(CALDERA[0]!, stories)).toEqual([...CALDERA].sort());
    for (const id of LOOKALIKES) expect(storyOf(id, stories)).toEqual([id]);
  });

  it('puts an article without a publication date into its story, after the dated ones', () => {
    const stories = clusterStories(articles);
    const fire = stories.find((story) => story.articleIds.includes('pell-valley-caldera-fire-what-we-know'))!;
    expect(fire.storyId).toBe('story-velmora-wildfire-forces-thousands-to-flee');
    expect(fire.articleIds.at(-1)).toBe('pell-valley-caldera-fire-what-we-know');
  });

  it('titles a story by one of its headlines, the one naming most of what its articles share', () => {
    const stories = clusterStories(articles);
    const strike = stories.find((story) => story.articleIds.includes(HARWICK[0]!))!;
    const headlines = articles.filter((article) => HARWICK.includes(article.id)).map((article) => article.title);
    expect(headlines).toContain(strike.title);
    expect(strike.title).toMatch(/Harwick/);
  });
});

describe('merged events of the Harwick strike', () => {
  let merged: MergedEvent[];
  beforeAll(() => {
    const strike = articles.filter((article) => HARWICK.includes(article.id));
    merged = mergeEvents(
      strike.map((article) => ({
        articleId: article.id,
        events: extractEvents(article.text, { publishedAt: article.publishedAt, savedAt: SAVED }),
      })),
    );
  });

  it('shows the walkout of 3 March once, with every outlet that reports it', () => {
    const start = merged.filter((event) => event.date === '2025-03-03');
    expect(start).toHaveLength(1);
    expect(start[0]!.sources.map((s) => s.articleId).sort()).toEqual([...HARWICK].sort());
  });

  it('merges a scheduled event with the later report that it happened, and keeps the vote apart from its result', () => {
    const twentieth = merged.filter((event) => event.date === '2025-03-20');
    const vote = twentieth.filter((event) => event.sources.some((s) => /will vote/.test(s.text)));
    expect(vote).toHaveLength(1);
    expect(vote[0]!.sources.map((s) => s.articleId).sort()).toEqual(
      ['harwick-cranes-turn-again', 'harwick-strike-ends-with-deal'].sort(),
    );
    const result = twentieth.find((event) => event.sources.some((s) => /The result is expected/.test(s.text)))!;
    expect(result).not.toBe(vote[0]);
  });

  it('keeps two happenings of one day apart: the minister’s meeting and the mediator’s appointment on 5 March', () => {
    const fifth = merged.filter((event) => event.date === '2025-03-05');
    const meeting = fifth.find((event) => event.sources.some((s) => /Delia Marsh met/.test(s.text)))!;
    const appointment = fifth.find((event) => event.sources.some((s) => /Ruth Ambler, a former chair/.test(s.text)))!;
    expect(meeting).not.toBe(appointment);
    expect(meeting.sources.some((s) => /Marsh said she would meet/.test(s.text))).toBe(true);
    expect(appointment.sources.some((s) => /Ambler, who was appointed/.test(s.text))).toBe(true);
  });
});

describe('merging two sentences of one date', () => {
  const reference = { publishedAt: '2025-05-13T09:00:00+02:00', savedAt: SAVED };

  it('keeps different happenings apart even on the same day', () => {
    const merged = mergeEvents([
      { articleId: 'a', events: extractEvents('The council approved the budget on Monday.', reference) },
      { articleId: 'b', events: extractEvents('A fire destroyed the old mill on Monday.', reference) },
    ]);
    expect(merged).toHaveLength(2);
  });

  it('joins two wordings of one happening', () => {
    const merged = mergeEvents([
      { articleId: 'a', events: extractEvents('A fire destroyed the old mill on Monday.', reference) },
      {
        articleId: 'b',
        events: extractEvents('The old mill was destroyed by fire on Monday, police said.', reference),
      },
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.sources.map((s) => s.articleId)).toEqual(['a', 'b']);
  });
});
