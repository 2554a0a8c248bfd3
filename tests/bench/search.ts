// Search at scale: the MiniSearch index Annals uses beside FlexSearch on the same documents and
// queries, in the same run. Documents are generated in memory (the library bench covers the disk).
import { Document as FlexDocument } from 'flexsearch';
import type { ArticleSummary } from '../../electron/contract/index.ts';
import { parseQuery } from '../../electron/contract/search-query.ts';
import { type SearchDocument, SearchIndex } from '../../electron/core/search/search-index.ts';

const vocabulary = (
  'council river harbour minister strike rail talks budget court inquiry flood vote energy market school hospital ' +
  'bridge dam ferry pontoon engineers contract repair pier mayor election ceasefire sanctions delegation summit ' +
  'drought wildfire housing rents tram metro airport runway climate emissions vaccine clinic teachers nurses ' +
  'farmers harvest fisheries tourism museum library theatre festival football stadium transfer coach'
).split(' ');
const sites = ['World Desk Daily', 'The Harbour Courier', 'Northern Ledger', 'Metro Wire', 'Civic Post', 'Field Notes'];

export interface SearchFigures {
  articles: number;
  buildMs: number;
  searchP50Ms: number;
  searchP95Ms: number;
  heapMB: number;
  /** p95 per kind of query, to see where the time goes. */
  p95ByKind: string;
  flexsearch: { buildMs: number; searchP50Ms: number; searchP95Ms: number };
}

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/**
 * News vocabulary plus generated words, 6,000 in all, drawn with a Zipf-like skew: a few words are
 * everywhere, most are rare, as in real text (a 60-word vocabulary would put every word in every article).
 */
const syllables = 'ka lo mi ran tes ber vel dor sun pa ri co mal ten gra fi no lu ste har'.split(' ');
const lexicon = [...vocabulary];
for (let i = 0; lexicon.length < 6_000; i++) {
  lexicon.push(`${syllables[i % 20]}${syllables[Math.floor(i / 20) % 20]}${syllables[Math.floor(i / 400) % 20]}`);
}

function corpus(count: number) {
  const next = random(42);
  const word = () => lexicon[Math.floor(next() ** 3 * lexicon.length)]!;
  const documents: SearchDocument[] = [];
  const summaries = new Map<string, ArticleSummary>();
  for (let i = 0; i < count; i++) {
    const id = `doc${i.toString(36).padStart(7, '0')}`;
    const text = Array.from({ length: 150 + Math.floor(next() * 900) }, word).join(' ');
    const title = `${word()} ${word()} ${word()} report ${i}`;
    const tags = next() < 0.3 ? [word()] : [];
    documents.push({
      id,
      title,
      text,
      site: sites[i % sites.length]!,
      author: 'Staff',
      tags: tags.join(' '),
      highlights: '',
      notes: '',
    });
    const savedAt = new Date(Date.UTC(2020, 0, 1) + Math.floor(next() * 5 * 365 * 86_400_000)).toISOString();
    summaries.set(id, {
      id,
      url: `https://news${i % 40}.example/${i}`,
      title,
      siteName: sites[i % sites.length]!,
      byline: 'Staff',
      excerpt: text.slice(0, 160),
      publishedAt: savedAt,
      savedAt,
      updatedAt: savedAt,
      state: next() < 0.3 ? 'archived' : 'unread',
      favorite: next() < 0.05,
      tags,
      wordCount: 500,
      readingMinutes: 2,
      progress: 0,
      leadImage: null,
      lang: 'en',
      sample: false,
      annotationCount: 0,
      feedId: null,
    });
  }
  return { documents, summaries };
}

/** A fixed mix of 200 queries: single words, pairs, prefixes, typos, phrases and filters. */
function queries(): string[] {
  const next = random(7);
  // Words people search for: not the commonest (those are stopword-like), mostly the news vocabulary.
  const pick = () =>
    next() < 0.7 ? vocabulary[Math.floor(next() * vocabulary.length)]! : lexicon[200 + Math.floor(next() * 2_000)]!;
  const mix: string[] = [];
  for (let i = 0; i < 200; i++) {
    const kind = i % 6;
    const a = pick();
    const b = pick();
    if (kind === 0) mix.push(a);
    else if (kind === 1) mix.push(`${a} ${b}`);
    else if (kind === 2) mix.push(a.slice(0, 3));
    else if (kind === 3)
      mix.push(a.length > 5 ? `${a.slice(0, 2)}${a[3]}${a[2]}${a.slice(4)}` : a); // a typo
    else if (kind === 4) mix.push(`"${a} ${b}"`);
    else mix.push(`${a} is:unread site:"${sites[i % sites.length]!.toLowerCase()}"`);
  }
  return mix;
}

const percentile = (values: number[], p: number) =>
  [...values].sort((x, y) => x - y)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

export async function benchSearch(count: number): Promise<SearchFigures> {
  const { documents, summaries } = corpus(count);
  const texts = new Map(documents.map((document) => [document.id, document.text]));
  const mix = queries();
  const heapBefore = process.memoryUsage().heapUsed;

  let start = performance.now();
  const index = new SearchIndex();
  for (const document of documents) index.put(document);
  const buildMs = performance.now() - start;
  const heapMB = (process.memoryUsage().heapUsed - heapBefore) / 1_048_576;

  const sources = {
    summary: (id: string) => summaries.get(id),
    all: () => summaries.values(),
    text: async (id: string) => texts.get(id) ?? '',
  };
  const timings: number[] = [];
  const byKind = new Map<number, number[]>();
  for (const [i, input] of mix.entries()) {
    const query = parseQuery(input);
    start = performance.now();
    await index.search(query, sources, 20);
    const took = performance.now() - start;
    timings.push(took);
    byKind.set(i % 6, [...(byKind.get(i % 6) ?? []), took]);
  }
  const kinds = ['word', 'two words', 'prefix', 'typo', 'phrase', 'word + filters'];
  const slowest = [...byKind.entries()].map(
    ([kind, values]) => `${kinds[kind]} ${percentile(values, 0.95).toFixed(1)}`,
  );

  // FlexSearch on the same documents, with its own forward tokenizer; it has no query syntax, so
  // it gets the plain words of each query (a lighter job than ours).
  start = performance.now();
  const flex = new FlexDocument({ document: { id: 'id', index: ['title', 'text'] }, tokenize: 'forward' });
  for (const document of documents) flex.add({ id: document.id, title: document.title, text: document.text });
  const flexBuildMs = performance.now() - start;
  const flexTimings: number[] = [];
  for (const input of mix) {
    const words = input
      .replace(/\w+:("[^"]*"|\S+)/g, '')
      .replace(/"/g, '')
      .trim();
    start = performance.now();
    flex.search(words, { limit: 20, merge: true });
    flexTimings.push(performance.now() - start);
  }

  return {
    articles: count,
    buildMs,
    searchP50Ms: percentile(timings, 0.5),
    searchP95Ms: percentile(timings, 0.95),
    heapMB,
    p95ByKind: slowest.join(', '),
    flexsearch: {
      buildMs: flexBuildMs,
      searchP50Ms: percentile(flexTimings, 0.5),
      searchP95Ms: percentile(flexTimings, 0.95),
    },
  };
}
