import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../../electron/contract/index.ts';
import { toSummary } from '../../electron/core/library/article-store.ts';
import type { ArticleEventsFile, FoundEvent } from '../../electron/core/timeline/event-store.ts';
import { EXTRACTOR_VERSION } from '../../electron/core/timeline/extraction/extractor-version.ts';
import { fingerprintArticle } from '../../electron/core/timeline/stories/stories.ts';
import type { LegacyStories as StoriesFile } from '../../electron/core/timeline/stories/story-records.ts';

export interface GenerateOptions {
  /**
   * Write each article's events.json (no dated events, its story fingerprint) and stories.json (ten
   * articles to a story), as saving leaves them: without them, opening the library makes the
   * timeline read every article and group them first.
   */
  events?: boolean;
  /**
   * With `events`: each article's text opens with this many dated sentences, and its events.json holds them
   * as found events (a few per article, as news reporting has), so loading the timeline reads real-sized files.
   */
  eventsPerArticle?: number;
  /**
   * Titles, excerpts and tags as long as a reader's own library has them (a title of three words or of twenty, an
   * excerpt of a line or of several, up to three tags), instead of every row alike: rows then differ in height.
   */
  varied?: boolean;
}

const words =
  'council river harbour minister strike rail talks budget court inquiry flood vote energy market school hospital'.split(
    ' ',
  );
const sites = ['World Desk Daily', 'The Harbour Courier', 'Northern Ledger', 'Metro Wire', 'Civic Post'];

/** Deterministic pseudo-random numbers, so every run benchmarks the same library. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/**
 * Writes a realistic library of `count` articles straight to disk (article folders and a snapshot
 * index), the way years of saving would leave it, without paying for durable writes while generating.
 */
export async function generateLibrary(
  dir: string,
  count: number,
  seed = 7,
  options: GenerateOptions = {},
): Promise<string[]> {
  const next = random(seed);
  const articles: Article[] = [];
  await mkdir(join(dir, 'articles'), { recursive: true });
  // Files are written in parallel batches: one at a time, 10,000 articles take minutes to generate.
  let pending: Promise<void>[] = [];
  // The varied fields draw from a generator of their own, leaving the rest of the library as it always was.
  const vary = mulberry32(seed);
  for (let i = 0; i < count; i++) {
    const id = `gen${i.toString(36).padStart(8, '0')}`;
    const paragraphs = 3 + Math.floor(next() * 25);
    const dated = datedSentences(i, options.eventsPerArticle ?? 0);
    const body = Array.from({ length: paragraphs }, () =>
      Array.from({ length: 40 + Math.floor(next() * 60) }, () => words[Math.floor(next() * words.length)]).join(' '),
    ).join('\n\n');
    const text = dated.length > 0 ? `${dated.join(' ')}\n\n${body}` : body;
    const savedAt = new Date(Date.UTC(2020, 0, 1) + Math.floor(next() * 5 * 365 * 86_400_000)).toISOString();
    const wordCount = text.split(/\s+/).length;
    const article: Article = {
      id,
      url: `https://news${i % 50}.example/${i}/story`,
      title: options.varied
        ? variedText(vary, 3 + Math.floor(vary() * 18), i)
        : `${words[i % words.length]} ${words[(i * 7) % words.length]} report ${i}`,
      siteName: sites[i % sites.length]!,
      byline: 'Generated Reporter',
      excerpt: options.varied ? text.slice(0, 30 + Math.floor(vary() * 170)) : text.slice(0, 200),
      publishedAt: savedAt.slice(0, 10),
      savedAt,
      updatedAt: savedAt,
      state: next() < 0.3 ? 'archived' : next() < 0.5 ? 'read' : 'unread',
      favorite: next() < 0.05,
      tags: options.varied ? variedTags(vary) : next() < 0.4 ? [words[Math.floor(next() * words.length)]!] : [],
      wordCount,
      readingMinutes: Math.max(1, Math.round(wordCount / 230)),
      progress: 0,
      leadImage: null,
      lang: 'en',
      sample: false,
      annotationCount: 0,
      feedId: null,
      canonicalUrl: null,
      sourceUrl: null,
      readAt: null,
      archivedAt: null,
      scrollAnchor: null,
      assets: [],
      schema: 1,
    };
    pending.push(writeArticle(join(dir, 'articles', id), article, text, options));
    if (pending.length === 64) {
      await Promise.all(pending);
      pending = [];
    }
    articles.push(article);
  }
  await Promise.all(pending);
  await writeFile(join(dir, 'library.json'), JSON.stringify({ schema: 1, articles: articles.map(toSummary) }));
  if (options.events) await writeFile(join(dir, 'stories.json'), JSON.stringify(storiesOf(articles)));
  return articles.map((article) => article.id);
}

/**
 * Mulberry32: `random` above loses precision (its products pass 2^53) and repeats after a few draws, which
 * would make every varied row alike.
 */
export function mulberry32(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A title of `count` words, some long, ending in the article's number so that every title differs. */
function variedText(next: () => number, count: number, article: number): string {
  const longWords = ['infrastructure', 'reconstruction', 'parliamentary', 'environmental', 'negotiations'];
  const pick = () => {
    const list = next() < 0.15 ? longWords : words;
    return list[Math.floor(next() * list.length)]!;
  };
  return [...Array.from({ length: count }, pick), String(article)].join(' ');
}

/** None to three tags of one or two words. */
function variedTags(next: () => number): string[] {
  const count = next() < 0.5 ? 0 : 1 + Math.floor(next() * 3);
  const tags = Array.from({ length: count }, () =>
    next() < 0.3
      ? `${words[Math.floor(next() * words.length)]} ${words[Math.floor(next() * words.length)]}`
      : words[Math.floor(next() * words.length)]!,
  );
  return [...new Set(tags)];
}

async function writeArticle(folder: string, article: Article, text: string, options: GenerateOptions): Promise<void> {
  await mkdir(folder);
  const html = text
    .split('\n\n')
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join('');
  await Promise.all([
    writeFile(join(folder, 'article.json'), JSON.stringify(article)),
    writeFile(join(folder, 'content.html'), html),
    writeFile(join(folder, 'text.txt'), text),
    ...(options.events ? [writeFile(join(folder, 'events.json'), JSON.stringify(eventsFile(article, text)))] : []),
  ]);
}

/** Sentences that each report something on a day of 2024, as `eventsFile` lists them. */
function datedSentences(article: number, count: number): string[] {
  return Array.from({ length: count }, (_, n) => {
    const day = `2024-${pad(((article + n) % 12) + 1)}-${pad(((article * 7 + n) % 28) + 1)}`;
    return `The ${words[(article + n) % words.length]} ${words[(article * 3 + n) % words.length]} vote was held on ${day} in Harbour City.`;
  });
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The dated sentences that open the text, as extraction leaves them in events.json. */
function foundEvents(text: string): FoundEvent[] {
  const events: FoundEvent[] = [];
  for (const sentence of text.split('\n\n')[0]!.matchAll(/The [^.]*? on (\d{4}-\d{2}-\d{2})[^.]*\./g)) {
    const start = sentence.index;
    const dateStart = start + sentence[0].indexOf(sentence[1]!);
    events.push({
      key: `${createHash('sha256').update(sentence[0]).digest('hex').slice(0, 16)}`,
      date: sentence[1]!,
      precision: 'day',
      text: sentence[0],
      start,
      end: start + sentence[0].length,
      dateStart,
      dateEnd: dateStart + 10,
      entities: { people: [], organizations: ['Harbour City Council'], places: ['Harbour City'] },
      origin: 'extracted',
      firstSeen: '2025-01-01T00:00:00.000Z',
    });
  }
  return events;
}

function eventsFile(article: Article, text: string): ArticleEventsFile {
  const entities = { people: [], organizations: [], places: [] };
  const { id, title, publishedAt } = article;
  return {
    schema: 1,
    extractor: EXTRACTOR_VERSION,
    found: foundEvents(text),
    promoted: [],
    overrides: {},
    fingerprint: fingerprintArticle({ id, title, publishedAt, text, entities }),
  };
}

function storiesOf(articles: Article[]): StoriesFile {
  const stories: StoriesFile['stories'] = [];
  for (let i = 0; i < articles.length; i += 10) {
    const members = articles.slice(i, i + 10);
    stories.push({
      id: `story-${members[0]!.id}`,
      title: members[0]!.title,
      renamed: false,
      articleIds: members.map((a) => a.id),
    });
  }
  return { schema: 1, stories, pinned: [], visits: {} };
}
