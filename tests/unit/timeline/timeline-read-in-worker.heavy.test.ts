// The app and browser mode read articles' texts and merge stories' reports in a worker thread (timeline-thread.ts): the
// sample library's timeline and stories must come out as a core working on its own thread makes them. Heavy: the worker loads the extraction rules
// from source (TypeScript through tsx), most of a minute on a busy machine.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Timeline } from '../../../electron/contract/index.ts';
import { openCore } from '../../../electron/core/index.ts';
import { tempDir, testDevice } from '../helpers/library.ts';
import { answerOf } from '../helpers/test-core.ts';

const assetsDir = fileURLToPath(new URL('../../../assets/', import.meta.url));

async function sampleTimeline(inWorker: boolean) {
  const temp = await tempDir();
  let stored: unknown = {};
  const core = await openCore({
    libraryDir: temp.dir,
    device: testDevice,
    settings: { read: () => stored, write: (value: unknown) => (stored = value) },
    shell: 'test',
    version: '1.0.0',
    assetsDir,
    timelineThread: { inWorker },
    now: () => new Date('2026-01-05T10:00:00Z'),
  });
  try {
    await answerOf(core, 'sample.install', {});
    await core.timeline.idle();
    const timeline = await answerOf<Timeline>(core, 'timeline.get', { scope: { kind: 'all' } });
    const { stories } = await answerOf<{ stories: { title: string; articleCount: number }[] }>(
      core,
      'stories.list',
      {},
    );
    const { articles } = await answerOf<{ articles: { id: string; title: string }[] }>(core, 'library.list', {
      view: 'all',
    });
    const titleOf = new Map(articles.map((article) => [article.id, article.title]));
    return {
      events: timeline.events.map((event) => ({
        date: event.date,
        text: event.text,
        sources: event.sources.map((source) => titleOf.get(source.articleId)).sort(),
      })),
      stories: stories.map((story) => `${story.title} (${story.articleCount})`).sort(),
    };
  } finally {
    await core.close();
    await temp.cleanup();
  }
}

describe('a timeline whose texts were read and reports merged in a worker thread', () => {
  it('shows the same events, sources and stories as one read on the core’s thread', async () => {
    const inWorker = await sampleTimeline(true);
    const here = await sampleTimeline(false);
    expect(inWorker.events.length).toBeGreaterThan(20);
    expect(inWorker.stories).not.toEqual([]);
    expect(inWorker).toEqual(here);
  });
});
