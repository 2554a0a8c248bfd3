// Stories an arriving article brings together, as the reader gets them from the running app over HTTP: the stories
// become one under the older story's id, a link to the other still lands, and what the reader split stays split.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StorySummary, Timeline } from '../../../electron/contract/index.ts';
import type { StoryArticle } from '../../../electron/core/timeline/stories/stories.ts';
import { call, openTestServer, type TestServer } from '../server/support.ts';
import { BRIDGE, LANDSLIP, LANDSLIP_LATER, LINE_CLOSED, LINE_LATER } from './bridge-articles.ts';
import { unrelatedStoryArticles } from './support.ts';

let opened: TestServer;
beforeEach(async () => {
  opened = await openTestServer();
});
afterEach(() => opened.close());

async function value<T>(method: string, input: unknown): Promise<T> {
  const reply = JSON.parse((await call(opened.server, method, input)).body);
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
  return reply.value as T;
}

const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Saves the article as an outlet's page; answers the id the library gave it. */
async function save(article: StoryArticle): Promise<string> {
  const paragraphs = article.text
    .split('\n\n')
    .map((p) => `<p>${escaped(p)}</p>`)
    .join('');
  const html = `<html><head><title>${escaped(article.title)}</title><meta property="article:published_time" content="${article.publishedAt}"></head><body><article><h1>${escaped(article.title)}</h1>${paragraphs}</article></body></html>`;
  const saved = await value<{ article: { id: string } }>('article.saveHtml', {
    html,
    url: `https://news.example/${article.id}`,
  });
  await opened.core.timeline.idle();
  return saved.article.id;
}

async function storyOf(articleId: string): Promise<StorySummary> {
  return (await value<{ story: StorySummary }>('timeline.article', { articleId })).story;
}

/** The two stories, landslip and line closure, saved one article after the other; answers the articles' ids. */
async function twoStories(): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const article of [...unrelatedStoryArticles('2026-03-05'), LANDSLIP, LANDSLIP_LATER, LINE_CLOSED, LINE_LATER])
    ids[article.id] = await save(article);
  return ids;
}

describe('an arriving article that tells two stories, in the running app', () => {
  it('brings the stories together under the older one, and a link to the other lands on it', async () => {
    const ids = await twoStories();
    const line = await storyOf(ids['line-closed']!);
    expect((await storyOf(ids.landslip!)).id).not.toBe(line.id);
    const bridge = await save(BRIDGE);
    const merged = await storyOf(bridge);
    expect(merged.id).toBe(`story-${ids.landslip}`);
    expect([...merged.articleIds].sort()).toEqual(
      [ids.landslip, ids['landslip-later'], ids['line-closed'], ids['line-later'], bridge].sort(),
    );
    const { stories } = await value<{ stories: StorySummary[] }>('stories.list', {});
    expect(stories.filter((story) => story.articleIds.includes(ids['line-closed']!))).toHaveLength(1);
    // The line closure's timeline, opened by its old id, shows the story it is part of now.
    const timeline = await value<Timeline>('timeline.get', { scope: { kind: 'story', storyId: line.id } });
    const sources = new Set(timeline.events.flatMap((event) => event.sources.map((source) => source.articleId)));
    expect(sources.has(ids.landslip!)).toBe(true);
  });

  it('leaves a story the reader split as the reader left it', async () => {
    const ids = await twoStories();
    const landslip = await storyOf(ids.landslip!);
    await value('stories.split', { storyId: landslip.id, articleIds: [ids['landslip-later']] });
    const bridge = await save(BRIDGE);
    const [first, later, line] = await Promise.all(
      [ids.landslip!, ids['landslip-later']!, ids['line-closed']!].map(storyOf),
    );
    expect(later!.articleIds).toEqual([ids['landslip-later']]);
    expect(first!.id).not.toBe(line!.id);
    expect([first!.id, line!.id]).toContain((await storyOf(bridge)).id);
  });

  it('leaves an article the reader moved where the reader put it, and its story as the reader left it', async () => {
    const ids = await twoStories();
    await value('stories.moveArticle', { articleId: ids['line-later'], storyId: null });
    await save(BRIDGE);
    const [moved, line, landslip] = await Promise.all(
      [ids['line-later']!, ids['line-closed']!, ids.landslip!].map(storyOf),
    );
    // Annals may grow the reader's story (the follow-up joins it), but brings no other story into it or together.
    expect(moved!.articleIds).not.toContain(ids['line-closed']);
    expect(moved!.articleIds).not.toContain(ids.landslip);
    expect(line!.id).not.toBe(landslip!.id);
  });
});
