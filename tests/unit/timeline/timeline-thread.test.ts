// The timeline reads each article's text (events and fingerprint, the tagger's most-of-a-second) and merges stories'
// reports in a worker thread, so the core answers the window meanwhile. What the reader gets must not depend on where
// the work was done: the same events, fingerprint and merged entries whether the worker did it, died, or never started.
import { readFile } from 'node:fs/promises';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../electron/core/extract/index.ts';
import {
  type ArticleEvents,
  type MergedEvent,
  type MergeProgress,
  mergeEvents,
} from '../../../electron/core/timeline/merging/merge-events.ts';
import { readArticleText, type TextToRead } from '../../../electron/core/timeline/text-reading.ts';
import { TimelineThread } from '../../../electron/core/timeline/timeline-thread.ts';

const sample = (file: string) => new URL(`../../../assets/sample/${file}`, import.meta.url);

async function sampleText(file: string, id: string): Promise<TextToRead> {
  const page = await extractFromHtml(await readFile(sample(file), 'utf8'), { url: `https://news.example/${file}` });
  return {
    id,
    title: page.title,
    text: page.text,
    publishedAt: page.publishedAt ?? null,
    savedAt: '2025-06-01T09:00:00Z',
  };
}

const readers: TimelineThread[] = [];
const readerWith = (options: ConstructorParameters<typeof TimelineThread>[0]) => {
  const reader = new TimelineThread(options);
  readers.push(reader);
  return reader;
};
afterEach(async () => {
  await Promise.all(readers.splice(0).map((reader) => reader.close()));
});
/**
 * One worker for the tests that expect every piece of work done in it: a worker started from source loads the tagger
 * anew, seconds of CPU each. Its work done here, if any, is counted and expected to stay none.
 */
let working: TimelineThread | undefined;
const workingThread = () => {
  working ??= new TimelineThread({ inWorker: true });
  return working;
};
afterAll(() => working?.close());

describe('reading articles’ texts off the core’s thread', () => {
  it('finds the same events and fingerprint in the worker as on the core’s thread', async () => {
    const articles = await Promise.all([
      sampleText('old-mill-bridge-closed.html', 'mill'),
      sampleText('steinholt-wins-bridge-contract.html', 'contract'),
    ]);
    const reader = workingThread();
    const inWorker = await Promise.all(articles.map((article) => reader.read(article)));
    expect(reader.doneHere).toBe(0);
    const here = await Promise.all(articles.map(readArticleText));
    expect(inWorker).toEqual(here);
    expect(inWorker[0]!.events.length).toBeGreaterThan(3);
    expect(inWorker[1]!.fingerprint).toMatchObject({ id: 'contract', title: articles[1]!.title });
  }, 120_000);

  it('tells what went wrong in the worker, as reading here would', async () => {
    const broken = {
      id: 'x',
      title: 'A title',
      text: null,
      publishedAt: null,
      savedAt: 'now',
    } as unknown as TextToRead;
    const here = await readArticleText(broken).then(
      () => 'read',
      (error: Error) => error.message,
    );
    expect(here).not.toBe('read');
    await expect(workingThread().read(broken)).rejects.toThrow(here);
  }, 120_000);

  it('reads on the core’s thread when no worker can start', async () => {
    const reader = readerWith({ inWorker: true, workerUrl: new URL('./no-such-worker.ts', import.meta.url) });
    const article = await sampleText('kellbridge-ferry-pontoon.html', 'ferry');
    expect(await reader.read(article)).toEqual(await readArticleText(article));
    expect(reader.doneHere).toBe(1);
  }, 120_000);

  it('still reads every text, the same, when the worker dies for lack of memory', async () => {
    // The tagger cannot load in a heap of 8 MB: each worker started dies, and the texts are read here.
    const reader = readerWith({ inWorker: true, maxHeapMB: 8 });
    const articles = await Promise.all([
      sampleText('sollen-dam-gate-jams.html', 'dam'),
      sampleText('larkspur-library-ceiling.html', 'library'),
    ]);
    const read = await Promise.all(articles.map((article) => reader.read(article)));
    expect(read).toEqual(await Promise.all(articles.map(readArticleText)));
    expect(reader.doneHere).toBe(2);
    // Later texts too.
    const later = await sampleText('city-frogs-sing-later.html', 'frogs');
    expect(await reader.read(later)).toEqual(await readArticleText(later));
  }, 180_000);
});

describe('merging a story’s reports off the core’s thread', () => {
  /** The sample library's bridge story, its articles' events as read, and as merged here: read once for both tests. */
  let story: Promise<{ entries: ArticleEvents[]; mergedHere: MergedEvent[] }> | undefined;
  const bridgeStory = () => {
    story ??= readBridgeStory().then((entries) => ({ entries, mergedHere: mergeEvents(entries) }));
    return story;
  };
  async function readBridgeStory(): Promise<ArticleEvents[]> {
    const files = [
      'old-mill-bridge-closed.html',
      'steinholt-wins-bridge-contract.html',
      'kellbridge-ferry-pontoon.html',
      'kellbridge-scour-lessons.html',
    ];
    const articles = await Promise.all(files.map((file, i) => sampleText(file, `a${i}`)));
    const read = await Promise.all(
      articles.map(async (article) => ({
        articleId: article.id,
        publishedAt: article.publishedAt,
        events: (await readArticleText(article)).events,
      })),
    );
    // Told by ten outlets each: pairs of one day enough for merging to take turns.
    return Array.from({ length: 10 }, (_, outlet) => outlet).flatMap((outlet) =>
      read.map((entry) => ({ ...entry, articleId: `${entry.articleId}-${outlet}` })),
    );
  }

  it('gives the entries merging on the core’s thread gives, telling how far it got as it goes', async () => {
    const { entries, mergedHere } = await bridgeStory();
    const thread = workingThread();
    const told: MergeProgress[] = [];
    const merged = await thread.merge(entries, (progress) => told.push(progress));
    expect(thread.doneHere).toBe(0);
    expect(merged).toEqual(mergedHere);
    // Reports of one happening from several articles became one entry: the story's merge, not a copy of its input.
    expect(merged.some((entry) => new Set(entry.sources.map((source) => source.articleId)).size > 1)).toBe(true);
    expect(told.length).toBeGreaterThan(0);
    expect(told.at(-1)!.done).toBeLessThanOrEqual(told.at(-1)!.total);
  }, 120_000);

  it('merges on the core’s thread, the same, when no worker can start', async () => {
    const { entries, mergedHere } = await bridgeStory();
    const thread = readerWith({ inWorker: true, workerUrl: new URL('./no-such-worker.ts', import.meta.url) });
    const told: MergeProgress[] = [];
    expect(await thread.merge(entries, (progress) => told.push(progress))).toEqual(mergedHere);
    expect(thread.doneHere).toBe(1);
    expect(told.length).toBeGreaterThan(0);
  }, 120_000);
});
