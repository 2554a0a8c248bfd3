// Search at scale: Annals' own index beside the alternatives it was chosen over (MiniSearch, which
// Annals used before, and FlexSearch) on the same documents and queries, in the same run.
// Documents are generated in memory (the library bench covers the disk).
import { Document as FlexDocument } from 'flexsearch';
import MiniSearch from 'minisearch';
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

interface EngineFigures {
  buildMs: number;
  searchP50Ms: number;
  searchP95Ms: number;
}

export interface SearchFigures extends EngineFigures {
  articles: number;
  /** The same p95 in CPU time: on a busy machine wall time also counts waiting for a core. */
  searchP95CpuMs: number;
  heapMB: number;
  /** p95 per kind of query, to see where the time goes. */
  p95ByKind: string;
  minisearch: EngineFigures | null;
  flexsearch: EngineFigures | null;
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

/** The plain words of a query, for engines without our syntax (a lighter job than ours). */
const plainWords = (input: string) =>
  input
    .replace(/\w+:("[^"]*"|\S+)/g, '')
    .replace(/"/g, '')
    .trim();

/** Times `search` over the mix: wall-clock p50/p95, and the p95 of CPU time. */
async function timeQueries(mix: string[], search: (input: string) => unknown) {
  const timings: number[] = [];
  const cpu: number[] = [];
  for (const input of mix) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    await search(input);
    timings.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return {
    timings,
    cpu,
    searchP50Ms: percentile(timings, 0.5),
    searchP95Ms: percentile(timings, 0.95),
    cpuP95Ms: percentile(cpu, 0.95),
  };
}

/** MiniSearch as Annals used it before: same fields and boosts, last word a prefix, typos when too few. */
function benchMiniSearch(documents: SearchDocument[], mix: string[]) {
  const start = performance.now();
  const engine = new MiniSearch<SearchDocument>({ fields: ['title', 'text', 'site', 'author', 'tags'], idField: 'id' });
  engine.addAll(documents);
  const buildMs = performance.now() - start;
  const options = {
    combineWith: 'AND',
    boost: { title: 4, tags: 2, site: 1.5, author: 1.5, text: 1 },
    prefix: (term: string, index: number, all: string[]) => index === all.length - 1 && term.length >= 2,
  } as const;
  return timeQueries(mix, (input) => {
    const words = plainWords(input);
    const found = engine.search(words, options);
    return found.length < 20 ? engine.search(words, { ...options, fuzzy: 0.2 }) : found;
  }).then((figures) => ({ buildMs, ...figures }));
}

/** FlexSearch with its forward tokenizer (prefixes), plain words only. */
function benchFlexSearch(documents: SearchDocument[], mix: string[]) {
  const start = performance.now();
  const flex = new FlexDocument({ document: { id: 'id', index: ['title', 'text'] }, tokenize: 'forward' });
  for (const document of documents) flex.add({ id: document.id, title: document.title, text: document.text });
  const buildMs = performance.now() - start;
  return timeQueries(mix, (input) => flex.search(plainWords(input), { limit: 20, merge: true })).then((figures) => ({
    buildMs,
    ...figures,
  }));
}

/**
 * Annals' index over `count` generated articles, beside the alternatives named in `compare` (each
 * takes minutes to build at 100,000 articles, so the large run may leave them out).
 */
export async function benchSearch(
  count: number,
  compare: ('minisearch' | 'flexsearch')[] = ['minisearch', 'flexsearch'],
): Promise<SearchFigures> {
  const { documents, summaries } = corpus(count);
  const texts = new Map(documents.map((document) => [document.id, document.text]));
  const mix = queries();
  const heapBefore = process.memoryUsage().heapUsed;

  const start = performance.now();
  const index = new SearchIndex();
  for (const document of documents) index.put(document);
  const buildMs = performance.now() - start;
  const heapMB = (process.memoryUsage().heapUsed - heapBefore) / 1_048_576;

  const sources = {
    summary: (id: string) => summaries.get(id),
    all: () => summaries.values(),
    text: async (id: string) => texts.get(id) ?? '',
  };
  const ours = await timeQueries(mix, (input) => index.search(parseQuery(input), sources, 20));
  const kinds = ['word', 'two words', 'prefix', 'typo', 'phrase', 'word + filters'];
  const p95Of = (values: number[], k: number) =>
    percentile(
      values.filter((_, i) => i % 6 === k),
      0.95,
    ).toFixed(1);
  const p95ByKind = kinds.map((kind, k) => `${kind} ${p95Of(ours.timings, k)} (cpu ${p95Of(ours.cpu, k)})`);
  const strip = ({ buildMs, searchP50Ms, searchP95Ms }: EngineFigures) => ({ buildMs, searchP50Ms, searchP95Ms });

  return {
    articles: count,
    buildMs,
    searchP50Ms: ours.searchP50Ms,
    searchP95Ms: ours.searchP95Ms,
    searchP95CpuMs: ours.cpuP95Ms,
    heapMB,
    p95ByKind: p95ByKind.join(', '),
    minisearch: compare.includes('minisearch') ? strip(await benchMiniSearch(documents, mix)) : null,
    flexsearch: compare.includes('flexsearch') ? strip(await benchFlexSearch(documents, mix)) : null,
  };
}
