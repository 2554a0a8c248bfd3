import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type {
  Annotation,
  Article,
  ArticleSummary,
  ArticleVersion,
  DuplicateGroup,
  MergedDuplicates,
  StorySummary,
} from '../../../electron/contract/index.ts';
import { toSummary } from '../../../electron/core/library/article-store.ts';
import { findDuplicateGroups } from '../../../electron/core/library/duplicates.ts';
import { copyInStoryWithLaterArticle, correctedText, firstText, openDuplicatePair } from '../helpers/duplicates.ts';
import { legacyArticle, testDevice } from '../helpers/library.ts';
import { type Api, devices } from '../sync/support/devices.ts';

const { open } = devices();

/** The pair an older Annals left, in a library of its own, opened. */
const duplicatePair = (options: Parameters<typeof openDuplicatePair>[1] = {}) => openDuplicatePair(open, options);

/** Two copies of one page, each read, tagged, highlighted and noted on its own. */
async function duplicatesWithReading() {
  const { dir, core, kept, other } = await duplicatePair();
  const highlight = (articleId: string, quote: string) =>
    core.call<Annotation>('annotations.create', { kind: 'highlight', articleId, quote });
  const keptHighlight = await highlight(kept, 'Construction starts');
  const otherHighlight = await highlight(other, 'by seven votes');
  await core.call('article.tag', { ids: [kept], add: ['harbour'] });
  await core.call('article.tag', { ids: [other], add: ['ferries', 'Harbour'] });
  await core.call('article.update', { ids: [kept], patch: { favorite: true } });
  await core.call('article.update', { ids: [other], patch: { state: 'archived' } });
  await core.call('annotations.create', { kind: 'note', articleId: kept, note: 'Ask the port about costs' });
  await core.call('annotations.create', { kind: 'note', articleId: other, note: 'Vote was close' });
  return { dir, core, kept, other, keptHighlight, otherHighlight };
}

const listAll = async (core: Api) =>
  (await core.call<{ articles: ArticleSummary[] }>('library.list', { view: 'all' })).articles;
const versionsOf = async (core: Api, id: string) =>
  (await core.call<{ versions: ArticleVersion[] }>('article.versions', { id })).versions;
const annotationsOf = async (core: Api, id: string) =>
  (await core.call<{ annotations: Annotation[] }>('annotations.list', { articleId: id })).annotations;

// Each test opens a core and saves, highlights and merges through it: seconds on a busy machine.
describe('merging duplicate articles saved before one page had one key', { timeout: 30_000 }, () => {
  it('finds the two copies of one page, the one saved first to keep, and writes nothing', async () => {
    const { core, kept, other } = await duplicatesWithReading();
    const { groups } = await core.call<{ groups: DuplicateGroup[] }>('duplicates.find', {});
    expect(groups).toEqual([{ keep: kept, merge: [other], url: 'https://example.com/news/ferry' }]);
    expect(await listAll(core)).toHaveLength(2);
  });

  it('leaves one article holding both texts, all tags, highlights and notes, favorite and archived', async () => {
    const { dir, core, kept, other, keptHighlight, otherHighlight } = await duplicatesWithReading();
    const { merged } = await core.call<{ merged: MergedDuplicates[] }>('duplicates.merge', {});
    expect(merged.map(({ keep, merged: ids }) => ({ keep, ids }))).toEqual([{ keep: kept, ids: [other] }]);

    const articles = await listAll(core);
    expect(articles.map((article) => article.id)).toEqual([kept]);
    const article = await core.call<Article>('article.get', { id: kept });
    expect(article.tags).toEqual(['harbour', 'ferries']);
    expect(article.favorite).toBe(true);
    // Archived last on the other copy: the state set last wins, as sync settles a state.
    expect(article.state).toBe('archived');
    expect(article.archivedAt).not.toBeNull();

    const versions = await versionsOf(core, kept);
    expect(versions).toHaveLength(2);
    // The text saved last is shown, as when a page is saved again; the first stays a version beside it.
    expect((await core.call<{ text: string }>('article.content', { id: kept })).text).toBe(correctedText);
    const earlier = versions.find((version) => !version.current)!;
    const { text } = await core.call<{ text: string }>('article.version', { id: kept, versionId: earlier.versionId });
    expect(text).toBe(firstText);

    const annotations = await annotationsOf(core, kept);
    const highlights = annotations.filter((annotation) => annotation.kind === 'highlight');
    expect(highlights.map((highlight) => highlight.id).sort()).toEqual([keptHighlight.id, otherHighlight.id].sort());
    // Each placed on the text shown, none orphaned.
    expect(highlights.find((highlight) => highlight.id === otherHighlight.id)?.anchor?.exact).toBe('by seven votes');
    expect(highlights.find((highlight) => highlight.id === keptHighlight.id)?.anchor?.exact).toBe(
      'Construction starts',
    );
    expect(highlights.every((highlight) => !highlight.orphaned)).toBe(true);
    const note = annotations.find((annotation) => annotation.kind === 'note')!;
    expect(note.note).toContain('Ask the port about costs');
    expect(note.note).toContain('Vote was close');

    // The other copy is in the trash: a tombstone in this device's record, its folder still there.
    await expect(core.call('article.get', { id: other })).rejects.toThrow(/NOT_FOUND/);
    const record = JSON.parse(await readFile(join(dir, 'articles', other, 'records', `${testDevice.id}.json`), 'utf8'));
    expect(record.fields.deleted.value).toBe(true);
  });

  it('changes nothing when run again', async () => {
    const { dir, core, kept } = await duplicatesWithReading();
    await core.call('duplicates.merge', {});
    const recordFile = join(dir, 'articles', kept, 'records', `${testDevice.id}.json`);
    const before = await readFile(recordFile, 'utf8');
    const again = await core.call<{ merged: MergedDuplicates[] }>('duplicates.merge', {});
    expect(again.merged).toEqual([]);
    expect((await core.call<{ groups: DuplicateGroup[] }>('duplicates.find', {})).groups).toEqual([]);
    expect(await readFile(recordFile, 'utf8')).toBe(before);
    expect(await versionsOf(core, kept)).toHaveLength(2);
  });

  it('keeps one version when both copies hold the same text', async () => {
    const { core, kept } = await duplicatePair({ sameText: true });
    await core.call('duplicates.merge', {});
    expect(await listAll(core)).toHaveLength(1);
    expect(await versionsOf(core, kept)).toHaveLength(1);
  });

  it('gives an imported article whose text never came the text of its copy saved by link', async () => {
    const { core, kept } = await duplicatePair({ keptFetched: false });
    expect((await core.call<Article>('article.get', { id: kept })).contentStatus).toBe('pending');
    await core.call('duplicates.merge', {});
    const article = await core.call<Article>('article.get', { id: kept });
    expect(article.contentStatus).toBeUndefined();
    expect((await core.call<{ text: string }>('article.content', { id: kept })).text).toBe(correctedText);
    expect(await versionsOf(core, kept)).toHaveLength(1);
  });

  it('is taken back by undo: the other copy returns and the kept one loses what it brought', async () => {
    const { core, kept, other, keptHighlight } = await duplicatesWithReading();
    const { merged } = await core.call<{ merged: MergedDuplicates[] }>('duplicates.merge', {});
    const { restored } = await core.call<{ restored: string[] }>('duplicates.undoMerge', { merged });
    expect(restored).toEqual([other]);
    expect((await listAll(core)).map((article) => article.id).sort()).toEqual([kept, other].sort());
    const article = await core.call<Article>('article.get', { id: kept });
    expect(article.tags).toEqual(['harbour']);
    expect(article.state).toBe('unread');
    expect(article.favorite).toBe(true);
    expect(await versionsOf(core, kept)).toHaveLength(1);
    expect((await core.call<{ text: string }>('article.content', { id: kept })).text).toBe(firstText);
    const annotations = await annotationsOf(core, kept);
    expect(annotations.filter((annotation) => annotation.kind === 'highlight').map((a) => a.id)).toEqual([
      keptHighlight.id,
    ]);
    expect(annotations.find((annotation) => annotation.kind === 'note')?.note).toBe('Ask the port about costs');
    // The other copy kept its own highlights and note all along.
    expect((await annotationsOf(core, other)).filter((annotation) => annotation.kind === 'highlight')).toHaveLength(1);

    // Merged again after an undo, nothing is lost: the version and highlight come back.
    await core.call('duplicates.merge', {});
    expect(await versionsOf(core, kept)).toHaveLength(2);
    expect((await annotationsOf(core, kept)).filter((annotation) => annotation.kind === 'highlight')).toHaveLength(2);
  });

  it('keeps the page in the story a merged copy was placed in', async () => {
    const { core, kept, other } = await duplicatesWithReading();
    const third = await copyInStoryWithLaterArticle(core, kept, other);

    await core.call('duplicates.merge', {});
    const { stories } = await core.call<{ stories: StorySummary[] }>('stories.list', { minArticles: 2 });
    expect(stories.map((story) => story.articleIds.sort())).toEqual([[kept, third].sort()]);
  });
});

describe('finding duplicates', () => {
  const saved = (id: string, url: string, savedAt: string, more: { arriving?: boolean } = {}) => ({
    ...toSummary(legacyArticle({ id, url, savedAt })),
    ...more,
  });

  it('groups the addresses of one page, keeps the one saved first, and leaves other pages, files and arrivals alone', () => {
    const groups = findDuplicateGroups([
      saved('bylinknew', 'https://www.example.com/a/?utm_source=x', '2025-02-01T00:00:00Z'),
      saved('fromfeedold', 'http://example.com/a', '2024-01-01T00:00:00Z'),
      saved('mobileone', 'https://m.example.com/a#comments', '2025-03-01T00:00:00Z'),
      saved('otherpage', 'https://example.com/a?id=2', '2024-01-01T00:00:00Z'),
      saved('fileone', 'file:Minutes', '2024-01-01T00:00:00Z'),
      saved('filetwo', 'file:Minutes', '2024-02-01T00:00:00Z'),
      saved('stillcoming', 'https://example.com/a', '2023-01-01T00:00:00Z', { arriving: true }),
    ]);
    expect(groups).toEqual([{ keep: 'fromfeedold', merge: ['bylinknew', 'mobileone'], url: 'http://example.com/a' }]);
  });
});
