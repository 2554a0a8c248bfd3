import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation, Article } from '../../../electron/contract/index.ts';
import { describeRange } from '../../../electron/core/annotations/anchoring.ts';
import { fromSummary } from '../../../electron/core/library/article-store.ts';
import { classifyLibraryPath } from '../../../electron/core/transfer/backup/layout.ts';
import { backupTarget } from '../../../electron/core/transfer/backup/location.ts';
import { mergeAnnotations, mergeRecords } from '../../../electron/core/transfer/backup/merge-article.ts';
import { tempDir } from '../helpers/library.ts';

const now = new Date('2025-06-01T12:00:00Z');

function article(patch: Partial<Article>): Article {
  const dates = { publishedAt: null, savedAt: '2025-05-01T08:00:00Z', updatedAt: '2025-05-02T08:00:00Z' };
  const reading = { state: 'unread' as const, favorite: false, tags: [], progress: 0, annotationCount: 0 };
  const facts = { siteName: null, byline: null, excerpt: '', wordCount: 10, readingMinutes: 1, lang: 'en' };
  const origin = { id: 'mine00000001', url: 'https://news.example/story', title: 'Story', feedId: null };
  return { ...fromSummary({ ...origin, ...facts, ...dates, ...reading, leadImage: null, sample: false }), ...patch };
}

describe('merging two copies of one article', () => {
  it('keeps the newer copy’s content, the earlier save, every tag and the most advanced state', () => {
    const mine = article({ tags: ['Climate'], state: 'read', readAt: '2025-05-03T00:00:00Z', progress: 0.7 });
    const theirs = article({
      id: 'theirs000001',
      title: 'Story (updated)',
      savedAt: '2025-04-20T08:00:00Z',
      updatedAt: '2025-05-10T08:00:00Z',
      tags: ['climate', 'Energy'],
      state: 'archived',
      archivedAt: '2025-05-09T00:00:00Z',
      readAt: '2025-05-08T00:00:00Z',
      favorite: true,
      progress: 0.2,
    });
    const merged = mergeRecords(mine, theirs, 'feed00000001', now);
    expect(merged).toMatchObject({
      id: 'mine00000001',
      title: 'Story (updated)',
      savedAt: '2025-04-20T08:00:00Z',
      updatedAt: now.toISOString(),
      tags: ['Climate', 'Energy'],
      state: 'archived',
      favorite: true,
      progress: 0.7,
      readAt: '2025-05-03T00:00:00Z',
      archivedAt: '2025-05-09T00:00:00Z',
      feedId: 'feed00000001',
    });
    // An older backup copy changes no content, and never brings a reader back to "unread".
    const older = mergeRecords(mine, { ...theirs, updatedAt: '2025-04-01T00:00:00Z', state: 'unread' }, null, now);
    expect(older).toMatchObject({ title: 'Story', state: 'read', readAt: '2025-05-03T00:00:00Z', archivedAt: null });
  });

  it('unites highlights by id, keeps the latest edit, re-anchors on the kept text and joins two notes', () => {
    const oldText = 'The council met on Tuesday. The river rose.';
    const newText = 'Editor’s note: updated. The council met on Tuesday. The river rose.';
    const highlight = (id: string, text: string, start: number, end: number, modified: string): Annotation => ({
      id,
      articleId: 'whatever0001',
      kind: 'highlight',
      anchor: describeRange(text, start, end),
      orphaned: false,
      color: 'yellow',
      note: id,
      tags: [],
      created: '2025-05-01T00:00:00Z',
      modified,
    });
    const note = (id: string, text: string, tags: string[]): Annotation => ({
      ...highlight(id, oldText, 0, 3, '2025-05-01T00:00:00Z'),
      kind: 'note',
      anchor: null,
      note: text,
      tags,
    });
    const merged = mergeAnnotations({
      articleId: 'mine00000001',
      mine: [highlight('shared000001', newText, 28, 39, '2025-05-05T00:00:00Z'), note('minenote0001', 'Mine.', ['a'])],
      theirs: [
        highlight('shared000001', oldText, 4, 11, '2025-05-01T00:00:00Z'),
        highlight('river0000001', oldText, 32, 37, '2025-05-02T00:00:00Z'),
        note('theirnote001', 'Theirs.', ['b']),
      ],
      mineText: newText,
      theirsText: oldText,
      text: newText,
      now,
    });
    expect(merged.map((a) => a.id).sort()).toEqual(['minenote0001', 'river0000001', 'shared000001']);
    expect(merged.every((a) => a.articleId === 'mine00000001')).toBe(true);
    expect(merged.find((a) => a.id === 'shared000001')?.modified).toBe('2025-05-05T00:00:00Z');
    const river = merged.find((a) => a.id === 'river0000001')!;
    expect(newText.slice(river.anchor!.start, river.anchor!.end)).toBe('river');
    expect(merged.find((a) => a.kind === 'note')).toMatchObject({ note: 'Mine.\n\nTheirs.', tags: ['a', 'b'] });
  });
});

describe('where a backup is written', () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    work = await tempDir();
    await mkdir(join(work.dir, 'library'));
    await mkdir(join(work.dir, 'out'));
  });
  afterAll(() => work.cleanup());
  const options = () => ({ libraryDir: join(work.dir, 'library'), backupDir: join(work.dir, 'out'), now });

  it('names it by the day, numbers it beside an earlier one, and honours a folder or a file asked for', async () => {
    expect(await backupTarget(undefined, options())).toBe(join(work.dir, 'out', 'Annals backup 2025-06-01.zip'));
    await writeFile(join(work.dir, 'out', 'Annals backup 2025-06-01.zip'), '');
    expect(await backupTarget(undefined, options())).toBe(join(work.dir, 'out', 'Annals backup 2025-06-01 (2).zip'));
    expect(await backupTarget(join(work.dir, 'out', 'mine'), options())).toBe(join(work.dir, 'out', 'mine.zip'));
    expect(await backupTarget(work.dir, options())).toBe(join(work.dir, 'Annals backup 2025-06-01.zip'));
  });

  it('refuses a place inside the library or in a folder that does not exist', async () => {
    await expect(backupTarget(join(work.dir, 'library', 'b.zip'), options())).rejects.toThrow(/inside the library/);
    await expect(backupTarget(join(work.dir, 'nowhere', 'b.zip'), options())).rejects.toThrow(/does not exist/);
  });
});

describe('the layout a backup and a restore agree on', () => {
  it('takes the reader’s files by shape and leaves out hidden, temporary and foreign ones', () => {
    expect(classifyLibraryPath('stories.json')).toEqual({ kind: 'library', name: 'stories.json' });
    expect(classifyLibraryPath('articles/abc123def/events.json')).toEqual({
      kind: 'article',
      id: 'abc123def',
      file: 'events.json',
    });
    expect(classifyLibraryPath(`articles/abc123def/assets/${'a'.repeat(64)}.png`)?.kind).toBe('article');
    // Files other branches of the library will add travel without backup code: versions, per-device records.
    expect(classifyLibraryPath('articles/abc123def/versions/v2/content.html')).toEqual({
      kind: 'article',
      id: 'abc123def',
      file: 'versions/v2/content.html',
    });
    expect(classifyLibraryPath('articles/abc123def/devices/laptop-1.json')?.kind).toBe('article');
    expect(classifyLibraryPath('feeds/icons/feed01-0123456789ab.png')).toEqual({
      kind: 'other',
      path: 'feeds/icons/feed01-0123456789ab.png',
    });
    for (const path of [
      '.annals/laptop-1/search/index.bin',
      'articles/abc123def/.annals/cache.json',
      'library.lock',
      'trash/abc123def/article.json',
      'corrupt/2025-05-01-feeds.json',
      'scripts/run.sh',
      'manifest.json',
      'library.journal',
      'bookmarklet-token',
      '.settings.json.123.tmp',
      'search/index.json',
      'articles/abc123def/.content.html.1.tmp',
      'articles/ABC/content.html',
      'articles/abc123def/a/b/c/d/e.txt',
      'feeds/icons/x.png.tmp',
    ]) {
      expect(classifyLibraryPath(path), path).toBeNull();
    }
  });
});
