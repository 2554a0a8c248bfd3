// The first timeline after the app starts again answers from what merging made before (kept on disk), without the
// tagger reading a sentence, and shows what merging anew shows; a story whose events changed meanwhile, and only it,
// is merged anew.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { ArticleSummary, Timeline, TimelineScope } from '../../../electron/contract/index.ts';
import type { Core } from '../../../electron/core/index.ts';
import { DEVICE_DATA_FOLDER } from '../../../electron/core/library/paths.ts';
import { buildTimeline } from '../../../electron/core/timeline/build-timeline.ts';
import { forgetKeptReadings } from '../../../electron/core/timeline/language/kept-readings.ts';
import { taggerReads } from '../../../electron/core/timeline/language/tagger-reads.ts';
import { testDevice } from '../helpers/library.ts';
import { answerOf, openTestCoreAt, sampleLibraryForEachTest } from '../helpers/test-core.ts';

const library: TimelineScope = { kind: 'all' };

const sampleCopy = sampleLibraryForEachTest();

/** The sample library, its events found, in a folder removed after the test. */
async function sampleLibrary(): Promise<{ dir: string; core: Core }> {
  const temp = await sampleCopy();
  onTestFinished(temp.cleanup);
  const core = await openTestCoreAt(temp.dir);
  return { dir: temp.dir, core };
}

/** The app started again on the same library: a new core, and nothing any earlier one kept in memory. */
async function restarted(core: Core, dir: string, version?: string, readOnly = false): Promise<Core> {
  await core.close();
  forgetKeptReadings();
  const again = await openTestCoreAt(dir, version, readOnly);
  onTestFinished(() => again.close());
  return again;
}

/** What opening `scope` cost: reports merged, sentences tagged. */
async function opened(core: Core, scope: TimelineScope): Promise<{ merges: number; tagged: number; shown: Timeline }> {
  const [merges, tagged] = [core.timeline.mergedStories.merges, taggerReads.sentences];
  const shown = await answerOf<Timeline>(core, 'timeline.get', { scope });
  return { merges: core.timeline.mergedStories.merges - merges, tagged: taggerReads.sentences - tagged, shown };
}

/** The library's timeline with every story merged anew, nothing kept. */
async function mergedAnew(core: Core, shown: Timeline): Promise<Timeline> {
  return buildTimeline({
    scope: library,
    title: shown.title,
    articles: await core.timeline.scopeArticles(library),
    stories: await core.timeline.listStories(1),
    includeHidden: false,
    lastVisitedAt: shown.lastVisitedAt,
    merge: (entries, onMerging) => core.timeline.mergeReports(entries, onMerging),
  });
}

const ferryPage = (text: string) =>
  `<html><head><title>Ferry terminal approved</title><meta property="article:published_time" content="2025-05-21T19:05:00-07:00"></head><body><article><p>${text}</p><p>Construction of the terminal starts in the spring, the harbour authority said on Wednesday.</p></article></body></html>`;

describe('the timeline after a restart', () => {
  it('answers from the merges kept on disk, without tagging a sentence, as merging anew shows it', async () => {
    const { dir, core } = await sampleLibrary();
    forgetKeptReadings();
    const first = await opened(core, library);
    expect(first.merges).toBeGreaterThan(1);
    expect(first.tagged).toBeGreaterThan(0);
    const again = await restarted(core, dir);
    const second = await opened(again, library);
    expect(second.merges).toBe(0);
    expect(second.tagged).toBe(0);
    expect(second.shown).toEqual(first.shown);
    expect(second.shown).toEqual(await mergedAnew(again, second.shown));
    // Kept in this computer's own folder, which the .stignore Annals writes tells Syncthing to leave alone.
    const kept = again.library.paths.mergedStories;
    expect(kept.startsWith(join(dir, DEVICE_DATA_FOLDER, testDevice.id))).toBe(true);
    expect(await readdir(kept)).toHaveLength(first.merges);
    expect((await readFile(join(dir, '.stignore'), 'utf8')).split('\n')).toContain(DEVICE_DATA_FOLDER);
  }, 60_000);

  it('merges every story anew after the app is updated, whose merging may differ, and keeps only the new merges', async () => {
    const { dir, core } = await sampleLibrary();
    const first = await opened(core, library);
    const updated = await restarted(core, dir, '1.1.0');
    const after = await opened(updated, library);
    expect(after.merges).toBe(first.merges);
    expect(after.shown).toEqual(first.shown);
    await updated.timeline.mergedStories.settled();
    expect(await readdir(updated.library.paths.mergedStories)).toHaveLength(first.merges);
  }, 60_000);

  it('merges anew only the story whose events the reader edited, whose new merge replaces its old on disk', async () => {
    const { dir, core } = await sampleLibrary();
    const before = await opened(core, library);
    await core.timeline.mergedStories.settled();
    const keptBefore = await readdir(core.library.paths.mergedStories);
    const again = await restarted(core, dir);
    const edited = before.shown.events.find((event) => event.sources.length > 1)!;
    await answerOf(again, 'timeline.editEvents', { refs: edited.sources, patch: { hidden: true } });
    const after = await opened(again, library);
    expect(after.merges).toBe(1);
    expect(after.shown.events.find((event) => event.id === edited.id)).toBeUndefined();
    expect(after.shown).toEqual(await mergedAnew(again, after.shown));
    // One file gone (the edited story's), one new; every other story's as it was.
    await again.timeline.mergedStories.settled();
    const keptAfter = await readdir(again.library.paths.mergedStories);
    expect(keptAfter).toHaveLength(keptBefore.length);
    expect(keptBefore.filter((name) => !keptAfter.includes(name))).toHaveLength(1);
  }, 60_000);

  it('answers in a library opened read-only, merging anew a story edited since, and changes nothing on disk', async () => {
    const { dir, core } = await sampleLibrary();
    const before = await opened(core, library);
    const again = await restarted(core, dir);
    const edited = before.shown.events.find((event) => event.sources.length > 1)!;
    await answerOf(again, 'timeline.editEvents', { refs: edited.sources, patch: { hidden: true } });
    await again.timeline.mergedStories.settled();
    const keptBefore = (await readdir(again.library.paths.mergedStories)).sort();
    const readOnly = await restarted(again, dir, undefined, true);
    const after = await opened(readOnly, library);
    expect(after.merges).toBe(1);
    expect(after.shown.events.find((event) => event.id === edited.id)).toBeUndefined();
    expect(after.shown).toEqual(await mergedAnew(readOnly, after.shown));
    await readOnly.timeline.mergedStories.settled();
    expect((await readdir(readOnly.library.paths.mergedStories)).sort()).toEqual(keptBefore);
  }, 60_000);

  it('merges anew only the story of an article saved again with new text (a new version)', async () => {
    const { dir, core } = await sampleLibrary();
    const url = 'https://news.example/ferry-terminal';
    const saved = ferryPage('The harbour authority approved the new ferry terminal on Tuesday.');
    const { article } = await answerOf<{ article: ArticleSummary }>(core, 'article.saveHtml', { html: saved, url });
    await core.timeline.idle();
    await opened(core, library);
    const again = await restarted(core, dir);
    const corrected = ferryPage('The harbour authority approved the new ferry terminal on Monday, by seven votes.');
    await answerOf(again, 'article.saveHtml', { html: corrected, url });
    await again.timeline.idle();
    const { versions } = await answerOf<{ versions: unknown[] }>(again, 'article.versions', { id: article.id });
    expect(versions).toHaveLength(2);
    const after = await opened(again, library);
    expect(after.merges).toBe(1);
    expect(after.shown.events.some((event) => event.text.includes('on Monday, by seven votes'))).toBe(true);
    expect(after.shown).toEqual(await mergedAnew(again, after.shown));
  }, 60_000);
});
