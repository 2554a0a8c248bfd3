// The tuned gold articles as the story grouping sees them, for the tools that show why pairs join or not
// (story-pairs.ts, story-margins.ts): their fingerprints, the stories the gold and the grouping put them in, and the
// word and name weights over the whole tuned set. Held-out articles are left out altogether.
import { readFileSync } from 'node:fs';
import { extractFromHtml } from '../../electron/core/extract/index.ts';
import { extractEntities } from '../../electron/core/timeline/extraction/entities.ts';
import { KNOWN_WORDS } from '../../electron/core/timeline/language/lexicon.ts';
import { inverseDocumentFrequency } from '../../electron/core/timeline/language/similarity.ts';
import {
  type ArticleFingerprint,
  clusterStories,
  fingerprintArticle,
  type StoryArticle,
} from '../../electron/core/timeline/stories/stories.ts';
import { loadGold } from './timeline-gold.ts';

const ROOT = new URL('../../', import.meta.url);

export interface TunedStories {
  prints: ArticleFingerprint[];
  /** The story each article is in: by the gold, and as the grouping found it. */
  goldStory: Map<string, string>;
  found: Map<string, string>;
  idf: (term: string) => number;
  entityIdf: (term: string) => number;
}

/** The tuned gold articles as the app reads them for grouping (with the dictionary), in the gold file's order. */
export async function loadTunedArticles(): Promise<StoryArticle[]> {
  const gold = loadGold().filter((article) => !article.heldOut);
  return Promise.all(
    gold.map(async (entry) => {
      const page = await extractFromHtml(readFileSync(new URL(entry.file, ROOT), 'utf8'), {
        url: `https://bench.example/${entry.file}`,
      });
      return {
        id: entry.file,
        title: page.title,
        text: page.text,
        entities: extractEntities(page.text),
        publishedAt: page.publishedAt,
        knownWords: KNOWN_WORDS,
      };
    }),
  );
}

export async function loadTunedStories(): Promise<TunedStories> {
  const gold = loadGold().filter((article) => !article.heldOut);
  const articles = await loadTunedArticles();
  const found = new Map<string, string>();
  for (const story of clusterStories(articles)) for (const id of story.articleIds) found.set(id, story.storyId);
  const prints = articles.map(fingerprintArticle);
  return {
    prints,
    goldStory: new Map(gold.map((entry) => [entry.file, entry.story])),
    found,
    idf: inverseDocumentFrequency(prints.map((print) => print.terms)),
    entityIdf: inverseDocumentFrequency(prints.map((print) => print.entities)),
  };
}

/** An article's file name without its folder and extension. */
export const shortName = (id: string): string => id.replace(/^.*\//, '').replace(/\.html$/, '');
