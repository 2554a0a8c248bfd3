import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../electron/core/extract/index.ts';
import { extractEntities } from '../../../electron/core/timeline/extraction/entities.ts';
import {
  type ArticleFingerprint,
  clusterStories,
  fingerprintArticle,
} from '../../../electron/core/timeline/stories/stories.ts';
import { StoryAssigner } from '../../../electron/core/timeline/stories/story-assigner.ts';

const sampleDir = fileURLToPath(new URL('../../../assets/sample/', import.meta.url));

async function sampleArticles() {
  const files = (await readdir(sampleDir)).filter((f) => f.endsWith('.html')).sort();
  return Promise.all(
    files.map(async (file, index) => {
      const page = await extractFromHtml(await readFile(`${sampleDir}${file}`, 'utf8'), {
        url: `https://s.example/${file}`,
      });
      return {
        id: `a${index}`,
        title: page.title,
        text: page.text,
        entities: extractEntities(page.text),
        publishedAt: page.publishedAt,
      };
    }),
  );
}

/** Places articles one by one, as the library does when they arrive. */
function assignAll(fingerprints: ArticleFingerprint[]): string[][] {
  const assigner = new StoryAssigner();
  const stories = new Map<string, string[]>();
  for (const fingerprint of fingerprints) {
    const storyId = assigner.choose(fingerprint) ?? `story-${fingerprint.id}`;
    stories.set(storyId, [...(stories.get(storyId) ?? []), fingerprint.id]);
    assigner.add(fingerprint, storyId);
  }
  return [...stories.values()].map((ids) => ids.sort()).sort();
}

describe('placing arriving articles in stories', () => {
  it('decides as clustering the whole collection does', async () => {
    const articles = await sampleArticles();
    const ordered = [...articles].sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? ''));
    const expected = clusterStories(articles)
      .map((story) => [...story.articleIds].sort())
      .sort();
    expect(assignAll(ordered.map(fingerprintArticle))).toEqual(expected);
    expect(expected.some((story) => story.length >= 4)).toBe(true);
  });

  it('still finds the story in a large library, comparing only articles that share names or rare words', async () => {
    const articles = await sampleArticles();
    const words = 'harbour council budget rail school garden museum weather market festival bridge ferry tram'.split(
      ' ',
    );
    const filler: ArticleFingerprint[] = Array.from({ length: 400 }, (_, n) =>
      fingerprintArticle({
        id: `f${n}`,
        title: `Notes ${n}`,
        text: `Item ${n}: ${words[n % words.length]} ${words[(n * 7) % words.length]} report number${n} zq${n}x.`,
        entities: { people: [], organizations: [], places: [] },
        publishedAt: '2024-01-01',
      }),
    );
    const ordered = [...articles].sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? ''));
    const stories = assignAll([...filler, ...ordered.map(fingerprintArticle)]);
    const sampleStories = stories.filter((ids) => ids.some((id) => id.startsWith('a')));
    expect(sampleStories.every((ids) => ids.every((id) => id.startsWith('a')))).toBe(true);
    expect(sampleStories.some((ids) => ids.length >= 4)).toBe(true);
  });
});
