import { cp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type {
  ArticleEvent,
  ArticleSummary,
  StorySummary,
  Timeline,
  TimelineScope,
} from '../../../electron/contract/index.ts';
import { type Core, openCore } from '../../../electron/core/index.ts';
import { tempDir, testDevice } from '../helpers/library.ts';
import { installedSampleLibrary } from '../helpers/test-core.ts';

const assetsDir = fileURLToPath(new URL('../../../assets/', import.meta.url));
const seedHtml = fileURLToPath(new URL('../../fixtures/pages/seed-article.html', import.meta.url));

let core: Core;
let dir: string;
let cleanup: () => Promise<void>;
const settings = () => {
  let stored: unknown = {};
  return { read: () => stored, write: (value: unknown) => (stored = value) };
};

async function open(libraryDir = dir): Promise<Core> {
  return openCore({
    libraryDir,
    device: testDevice,
    settings: settings(),
    shell: 'test',
    version: '1.0.0',
    assetsDir,
    validateOutput: true,
  });
}

/** The sample library, installed once and copied for each test that starts from it. */
let sample: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  sample = await installedSampleLibrary(open);
}, 60_000);
afterAll(() => sample.cleanup());

beforeEach(async () => {
  const temp = await tempDir();
  dir = temp.dir;
  core = await open();
  cleanup = async () => {
    await core.close();
    await temp.cleanup();
  };
});
afterEach(() => cleanup());

async function value<T>(method: string, input: unknown): Promise<T> {
  const envelope = await core.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}

/**
 * The sample library's flood story: installed in this test's running Annals (`live`), or copied as installed and read
 * by an earlier start of Annals, for tests about what the reader does with the story once it is there.
 */
async function sampleStory(live = false): Promise<StorySummary & { eventCount: number }> {
  if (live) {
    await value('sample.install', {});
    await core.timeline.idle();
  } else {
    await core.close();
    await rm(dir, { recursive: true, force: true });
    await cp(sample.dir, dir, { recursive: true });
    core = await open();
  }
  const { stories } = await value<{ stories: (StorySummary & { eventCount: number })[] }>('stories.list', {});
  const flood = stories.find((story) => story.articleIds.length >= 4);
  if (!flood) throw new Error(`no story of four articles among ${JSON.stringify(stories.map((s) => s.title))}`);
  return flood;
}

describe('the timeline of a library', () => {
  it('finds the events of a saved article, dated against its publication date, with offsets into its text', async () => {
    const html = await readFile(seedHtml, 'utf8');
    const { article } = await value<{ article: ArticleSummary }>('article.saveHtml', {
      html,
      url: 'https://news.example/seed',
    });
    await core.timeline.idle();
    const { events } = await value<{ events: ArticleEvent[] }>('timeline.article', { articleId: article.id });
    const { text } = await value<{ text: string }>('article.content', { id: article.id });
    const on = (date: string) => events.filter((e) => e.date === date).map((e) => e.text);
    expect(on('2025-05-15').some((t) => /Peskov/.test(t))).toBe(true);
    expect(on('2025-05-15').some((t) => /Ankara/.test(t))).toBe(true);
    expect(on('2025-05-14').some((t) => /late Wednesday/.test(t))).toBe(true);
    expect(on('2025-05-11').some((t) => /Sunday/.test(t))).toBe(true);
    for (const event of events) expect(text.slice(event.start, event.end)).toBe(event.text);
    // Kept as this device's derived data, as plain JSON.
    const stored = JSON.parse(
      await readFile(join(dir, '.annals', testDevice.id, 'events', `${article.id}.json`), 'utf8'),
    );
    expect(stored.found.length).toBe(events.length);
  });

  it('groups the sample flood story and merges one event reported by several articles', async () => {
    // Installed here, so the stories found while the app runs are the ones checked, not only those read back.
    const flood = await sampleStory(true);
    // Titled by what most of its articles name.
    expect(flood.title.split(', ').length).toBeGreaterThan(0);
    expect(flood.title).toMatch(/Vasko|Old Mill Bridge|Arlen|Kellbridge/);
    const timeline = await value<Timeline>('timeline.get', { scope: { kind: 'story', storyId: flood.id } });
    expect(timeline.events.length).toBeGreaterThan(5);
    const dates = timeline.events.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
    expect(timeline.events.some((event) => new Set(event.sources.map((s) => s.articleId)).size > 1)).toBe(true);
    // An unrelated article (city frogs, a library ceiling) is not in the flood story.
    const titles = timeline.events.flatMap((e) => e.sources.map((s) => timeline.articles[s.articleId]!.title));
    expect(titles.some((t) => /frog/i.test(t))).toBe(false);
  });

  it('shows an event several articles report alike in its story and in the whole library: first reporter first', async () => {
    const flood = await sampleStory();
    const story = await value<Timeline>('timeline.get', { scope: { kind: 'story', storyId: flood.id } });
    const library = await value<Timeline>('timeline.get', { scope: { kind: 'all' } });
    const shared = story.events.filter((event) => event.sources.length > 2);
    expect(shared.length).toBeGreaterThan(0);
    const published = (event: Timeline['events'][number]) =>
      event.sources.map((source) => library.articles[source.articleId]!.publishedAt);
    for (const event of shared) {
      expect(published(event)).toEqual([...published(event)].sort());
      const first = event.sources[0]!;
      const same = library.events.find(
        (other) =>
          other.date === event.date &&
          other.sources.some((s) => s.articleId === first.articleId && s.start === first.start),
      );
      expect(same?.text).toBe(event.text);
      expect(same?.sources.map((source) => source.articleId)).toEqual(event.sources.map((source) => source.articleId));
    }
  });

  it('lists an article once on an event it tells several times, and hides every telling with the event', async () => {
    // A feature that prints its key paragraph again as a pull quote and once more at the end.
    const told = '<p>The harbour board voted on Tuesday to close the north quay to lorries until the spring.</p>';
    const other = '<p>Fishing crews said the closure would add an hour to every landing at the quay.</p>';
    const html = `<html><head><title>Quay closed to lorries</title>
      <meta property="article:published_time" content="2025-03-06T09:00:00Z"></head><body><article>
      <h1>Quay closed to lorries</h1>${told}${other.repeat(3)}<blockquote>${told}</blockquote>${other}${told}
      </article></body></html>`;
    const { article } = await value<{ article: ArticleSummary }>('article.saveHtml', {
      html,
      url: 'https://coast.example/quay',
    });
    await core.timeline.idle();
    const scope: TimelineScope = { kind: 'article', articleId: article.id };
    const vote = (timeline: Timeline) => timeline.events.filter((event) => /voted on Tuesday/.test(event.text));
    const [event, ...more] = vote(await value<Timeline>('timeline.get', { scope }));
    expect(more).toEqual([]);
    expect(event!.sources.map((source) => source.articleId)).toEqual([article.id]);
    expect(event!.sources[0]!.alsoKeys).toHaveLength(2);
    const refs = event!.sources.flatMap((s) =>
      [s.key, ...(s.alsoKeys ?? [])].map((key) => ({ articleId: s.articleId, key })),
    );
    await value('timeline.editEvents', { refs, patch: { hidden: true } });
    expect(vote(await value<Timeline>('timeline.get', { scope }))).toEqual([]);
    expect(vote(await value<Timeline>('timeline.get', { scope, includeHidden: true }))).toHaveLength(1);
  });

  it('keeps hidden and edited events through a re-save and a restart, and marks new events after a visit', async () => {
    const flood = await sampleStory();
    const scope: TimelineScope = { kind: 'story', storyId: flood.id };
    const before = await value<Timeline>('timeline.get', { scope });
    const [first, second] = before.events;
    await value('timeline.editEvents', { refs: first!.sources, patch: { hidden: true } });
    await value('timeline.editEvents', {
      refs: second!.sources.slice(0, 1),
      patch: { text: 'Rain gauges overflow upstream.', date: '2025-04-30', precision: 'day' },
    });
    await core.close();
    core = await open();
    const after = await value<Timeline>('timeline.get', { scope });
    expect(after.events.find((e) => e.id === first!.id)).toBeUndefined();
    const withHidden = await value<Timeline>('timeline.get', { scope, includeHidden: true });
    expect(withHidden.events.find((e) => e.id === first!.id)?.hidden).toBe(true);
    const edited = after.events.find((e) => e.text === 'Rain gauges overflow upstream.');
    expect(edited).toMatchObject({ date: '2025-04-30', edited: true });
    await value('timeline.resetEvents', { refs: first!.sources });
    expect((await value<Timeline>('timeline.get', { scope })).events.some((e) => e.id === first!.id)).toBe(true);

    await value('timeline.markVisited', { scope });
    expect((await value<Timeline>('timeline.get', { scope })).events.every((e) => !e.isNew)).toBe(true);
  });

  it('lets the reader rename, split, merge stories and move an article out; Annals keeps those choices', async () => {
    const flood = await sampleStory();
    const renamed = await value<StorySummary>('stories.rename', { storyId: flood.id, title: 'The Kellbridge flood' });
    expect(renamed).toMatchObject({ title: 'The Kellbridge flood', renamed: true });
    const moving = flood.articleIds.at(-1)!;
    const { kept, split } = await value<{ kept: StorySummary; split: StorySummary }>('stories.split', {
      storyId: flood.id,
      articleIds: [moving],
    });
    expect(kept.articleIds).not.toContain(moving);
    expect(split.articleIds).toEqual([moving]);
    const merged = await value<StorySummary>('stories.merge', { storyIds: [flood.id, split.id] });
    expect(merged.articleIds).toContain(moving);
    expect(merged.title).toBe('The Kellbridge flood');
    const { to } = await value<{ to: StorySummary }>('stories.moveArticle', { articleId: moving, storyId: null });
    expect(to.articleIds).toEqual([moving]);
    const info = await value<{ story: StorySummary; related: unknown[] }>('timeline.article', { articleId: moving });
    expect(info.story.id).toBe(to.id);
    expect(info.related).toEqual([]);
    // Saving the article again does not pull it back into the flood story.
    await core.close();
    core = await open();
    await core.timeline.ensureLoaded();
    expect(core.timeline.storyOf(moving)?.id).toBe(to.id);
  });

  it('promotes a highlight to an event dated from its words', async () => {
    const html = await readFile(seedHtml, 'utf8');
    const { article } = await value<{ article: ArticleSummary }>('article.saveHtml', {
      html,
      url: 'https://news.example/seed',
    });
    const { text } = await value<{ text: string }>('article.content', { id: article.id });
    const quote = text.slice(0, 60);
    const highlight = await value<{ id: string }>('annotations.create', {
      kind: 'highlight',
      articleId: article.id,
      quote,
    });
    const event = await value<ArticleEvent>('timeline.promoteHighlight', {
      articleId: article.id,
      annotationId: highlight.id,
      date: '2025-05-01',
    });
    expect(event).toMatchObject({ origin: 'highlight', date: '2025-05-01', precision: 'day', text: quote });
    const { events } = await value<{ events: ArticleEvent[] }>('timeline.article', { articleId: article.id });
    expect(events.some((e) => e.key === event.key)).toBe(true);
  });

  it('narrows a search to a story by its id or words of its name (story:)', async () => {
    const flood = await sampleStory();
    await value('stories.rename', { storyId: flood.id, title: 'The Kellbridge flood' });
    type Hits = { results: { id: string }[] };
    const byId = await value<Hits>('search.query', { query: `story:${flood.id}` });
    expect(byId.results.map((r) => r.id).sort()).toEqual([...flood.articleIds].sort());
    const byName = await value<Hits>('search.query', { query: 'story:kellbridge' });
    expect(byName.results.map((r) => r.id).sort()).toEqual([...flood.articleIds].sort());
    const withWords = await value<Hits>('search.query', { query: 'bridge story:"kellbridge flood"' });
    expect(withWords.results.length).toBeGreaterThan(0);
    expect(withWords.results.every((r) => flood.articleIds.includes(r.id))).toBe(true);
    expect((await value<Hits>('search.query', { query: 'story:nothing-like-it' })).results).toEqual([]);
  });

  it('exports a timeline as Markdown, CSV and TimelineJS JSON', async () => {
    const flood = await sampleStory();
    const scope = { kind: 'story', storyId: flood.id };
    const md = await value<{ fileName: string; content: string }>('timeline.export', { scope, format: 'md' });
    expect(md.fileName).toMatch(/timeline\.md$/);
    expect(md.content).toMatch(/^# /);
    expect(md.content).toMatch(/\n## \d{1,2} \w+ 2025\n/);
    expect(md.content).toMatch(/ {2}- \[.+\]\(https?:\/\//);
    const csv = await value<{ content: string }>('timeline.export', { scope, format: 'csv' });
    expect(csv.content.split('\r\n')[0]).toBe('Date,End date,Precision,Event,Sources,URLs,Named');
    const tl = JSON.parse(
      (await value<{ content: string }>('timeline.export', { scope, format: 'timelinejs' })).content,
    );
    expect(tl.events.length).toBeGreaterThan(5);
    expect(tl.events[0]).toMatchObject({
      start_date: { year: expect.stringMatching(/^\d{4}$/) },
      text: { headline: expect.any(String) },
    });
    expect(typeof tl.events[0].unique_id).toBe('string');
  });

  it.each([
    ['in a running app, which had read its (empty) timeline already', true],
    ['from the command line, which reads the timeline only when it is asked for', false],
  ])(
    'comes back from a backup with its named stories and hidden events, %s',
    async (_, timelineRead) => {
      const flood = await sampleStory();
      await value('stories.rename', { storyId: flood.id, title: 'The Kellbridge flood' });
      const scope = { kind: 'story', storyId: flood.id };
      const [first] = (await value<Timeline>('timeline.get', { scope })).events;
      await value('timeline.editEvents', { refs: first!.sources, patch: { hidden: true } });
      const archive = join(dir, '..', `${dir.split(/[\\/]/).pop()}-backup.zip`);
      await value('library.backup', { path: archive });

      const other = await tempDir();
      const restored = await openCore({
        libraryDir: other.dir,
        device: testDevice,
        settings: settings(),
        shell: 'test',
        version: '1.0.0',
        assetsDir,
        validateOutput: true,
        // The command line answers once every article's events are found (a backup holds none found).
        waitForEvents: !timelineRead,
      });
      try {
        if (timelineRead) await restored.timeline.ensureLoaded();
        const answer = await restored.dispatch('library.restore', { path: archive });
        expect(answer).toMatchObject({ ok: true });
        await restored.timeline.idle();
        const listed = await restored.dispatch('stories.list', {});
        const stories = (listed as { value: { stories: StorySummary[] } }).value.stories;
        expect(stories.find((s) => s.id === flood.id)?.title).toBe('The Kellbridge flood');
        const shown = await restored.dispatch('timeline.get', { scope, includeHidden: true });
        const events = (shown as { value: Timeline }).value.events;
        expect(events.find((e) => e.id === first!.id)?.hidden).toBe(true);
      } finally {
        await restored.close();
        await other.cleanup();
        const { rm } = await import('node:fs/promises');
        await rm(archive, { force: true });
      }
      // The sample, a backup and a restore: well within this on a quiet machine, slow when the cores are shared.
    },
    60_000,
  );

  it('finds events for articles saved before the timeline existed, and rebuilds damaged stories', async () => {
    await sampleStory();
    await core.close();
    const { rm, writeFile, readdir } = await import('node:fs/promises');
    await rm(join(dir, '.annals', testDevice.id, 'events'), { recursive: true, force: true });
    await writeFile(join(dir, 'stories.json'), '{"schema":1,"stories":[{"id":');
    core = await open();
    // Answered at once with what is stored (nothing); the events are found in the background meanwhile.
    await value('stories.list', {});
    await core.timeline.idle();
    const { stories } = await value<{ stories: StorySummary[] }>('stories.list', {});
    expect(stories.some((s) => s.articleIds.length >= 4)).toBe(true);
    expect((await value<{ recovered: string[] }>('app.info', {})).recovered.join(' ')).toMatch(
      /list of stories \(stories\.json\) was damaged/,
    );
    expect((await readdir(join(dir, 'corrupt'))).some((f) => f.includes('stories.json'))).toBe(true);
  });
});
