// Shared by the timeline tests: the sample library's articles and the seed article, as extraction leaves them.
import { readFileSync } from 'node:fs';
import { extractFromHtml } from '../../../electron/core/extract/index.ts';
import { extractEntities } from '../../../electron/core/timeline/extraction/entities.ts';
import { KNOWN_WORDS } from '../../../electron/core/timeline/language/lexicon.ts';
import { fingerprintArticle, type StoryArticle } from '../../../electron/core/timeline/stories/stories.ts';
import { StoryAssigner } from '../../../electron/core/timeline/stories/story-assigner.ts';
import { loadGold } from '../../bench/timeline-gold.ts';
import { storyArticle } from './story-helpers.ts';

const SAMPLES = new URL('../../../assets/sample/', import.meta.url);
const PAGES = new URL('../../fixtures/pages/', import.meta.url);
const GOLD_ARTICLES = new URL('../../fixtures/timeline/articles/', import.meta.url);
const ROOT = new URL('../../../', import.meta.url);

/** The five sample articles following the Kellbridge flood, oldest first. */
export const KELLBRIDGE = [
  'old-mill-bridge-closed',
  'sollen-dam-gate-jams',
  'kellbridge-ferry-pontoon',
  'steinholt-wins-bridge-contract',
  'kellbridge-scour-lessons',
];
/** Sample articles unrelated to the flood. */
export const UNRELATED = ['larkspur-library-ceiling', 'city-frogs-sing-later'];

/** Gold-set articles (tests/fixtures/timeline): the Harwick port strike from four outlets, oldest first. */
export const HARWICK = [
  'harwick-dockers-walk-out',
  'british-port-strike-strands-cargo',
  'harwick-strike-ends-with-deal',
  'harwick-cranes-turn-again',
];
/** The Nordvik insulin pen recall, across the turn of the year. */
export const NORDVIK = [
  'insulin-pen-recall-what-patients-need-to-know',
  'nordvik-recall-widens-to-india',
  'regulator-blames-supplier-part',
];
/** The Caldera fire; the community blog's post has no date at all. */
export const CALDERA = [
  'velmora-wildfire-forces-thousands-to-flee',
  'pell-valley-caldera-fire-what-we-know',
  'rain-helps-crews-gain-on-caldera-fire',
  'residents-return-to-pell-valley',
];
/** Gold-set articles near those stories in words but about something else: a pilots' strike, a car recall, a market. */
export const LOOKALIKES = [
  'arvo-airlines-pilots-strike',
  'kaiyo-motors-fuel-pump-recall',
  'kettleford-street-market-to-close',
];

export interface LoadedArticle extends StoryArticle {
  publishedAt: string | null;
}

async function load(id: string, folder: URL): Promise<LoadedArticle> {
  const html = readFileSync(new URL(`${id}.html`, folder), 'utf8');
  const article = await extractFromHtml(html, { url: `https://sample.example/${id}` });
  return {
    id,
    title: article.title,
    text: article.text,
    publishedAt: article.publishedAt,
    entities: extractEntities(article.text),
    knownWords: KNOWN_WORDS,
  };
}

export function loadSample(id: string): Promise<LoadedArticle> {
  return load(id, SAMPLES);
}

export function loadGoldArticle(id: string): Promise<LoadedArticle> {
  return load(id, GOLD_ARTICLES);
}

export function loadSeed(): Promise<LoadedArticle> {
  return load('seed-article', PAGES);
}

/**
 * Every gold-set article the rules were tuned on, as the timeline bench reads it (its file as its id); the
 * held-out ones stay unread, so that they keep telling whether the tuning generalises.
 */
export function loadTunedGold(): Promise<LoadedArticle[]> {
  const tuned = loadGold().filter((gold) => !gold.heldOut);
  return Promise.all(
    tuned.map(async (gold) => {
      const html = readFileSync(new URL(gold.file, ROOT), 'utf8');
      const article = await extractFromHtml(html, { url: `https://bench.example/${gold.file}` });
      return {
        id: gold.file,
        title: article.title,
        text: article.text,
        publishedAt: article.publishedAt,
        entities: extractEntities(article.text),
        knownWords: KNOWN_WORDS,
      };
    }),
  );
}

/** Two unrelated stories to stand around a test's articles, published the day after `day` and the day after that. */
export function unrelatedStoryArticles(day: string): StoryArticle[] {
  const after = (days: number) => new Date(Date.parse(`${day}T08:00:00Z`) + days * 86_400_000).toISOString();
  return [
    storyArticle(
      'bakery',
      'Harlow bakery wins national pie prize',
      [
        'A family bakery in Harlow has won the national pork pie prize for the second year running.',
        'Owner Priya Dhanda said the secret was lard from a farm down the road.',
      ],
      after(1),
    ),
    storyArticle(
      'match',
      'Castleton draw keeps title race open',
      [
        'Castleton drew 2-2 with Merrow Rovers on Saturday, leaving the league title to the last day.',
        'Manager Kwame Ansah praised his defence after the match.',
      ],
      after(2),
    ),
  ];
}

/**
 * The story each article is in once they all arrived one by one, as the app places them (StoryAssigner): an article
 * that brings two stories together (story-bridges.ts) takes the articles placed before it along.
 */
export function placedOneByOne(articles: readonly StoryArticle[]): Map<string, string> {
  const assigner = new StoryAssigner();
  for (const next of articles) {
    const print = fingerprintArticle(next);
    assigner.add(print, assigner.place(print).story ?? `story-${next.id}`);
  }
  return new Map(articles.map((article) => [article.id, assigner.storyOf(article.id)!]));
}
