import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Annotation, ArticleSummary, SyncStatus } from '../../../electron/contract/index.ts';
import { formatOneHighlights, formatOneId, formatOneText, writeFormatOneArticle } from '../helpers/format-one.ts';
import { conflictCopies, devices } from './support/devices.ts';
import { libraryFolders } from './support/library-folders.ts';

// Two computers running an older Annals (library format 1) edited one article, and their sync tool
// left conflict copies of its files beside them. The library was opened since, and nobody changed the
// article after: whatever file the copies stand for, the next open merges them in and removes them.

const folder = libraryFolders();
const { open, close, annals } = devices();
const article = join('articles', formatOneId);

/** A highlight the other computer made, kept only in its copy of annotations.json. */
const theirHighlight = {
  ...formatOneHighlights[0]!,
  id: 'hlthree3',
  anchor: { exact: 'port authority', prefix: '', suffix: '', start: 42, end: 56 },
  note: 'made on the other computer',
  created: '2024-03-06T10:00:00.000Z',
  modified: '2024-03-06T10:00:00.000Z',
};
const theirAnnotations = JSON.stringify({ schema: 1, annotations: [formatOneHighlights[1]!, theirHighlight] }, null, 2);
const theirText = 'Harbour talks collapse on Monday.\n\nThe port authority walked out after six hours.';

/** The library as this computer last saw it: opened (and indexed) once, by the app. */
async function openedOnce(): Promise<string> {
  const dir = await folder();
  await writeFormatOneArticle(dir);
  await close(await open(dir, 'laptop1'));
  return dir;
}

async function place(dir: string, files: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, article, name), text);
}

const listed = async (dir: string) => JSON.parse(await annals(dir, 'laptop1', 'list', '--json')) as ArticleSummary[];
const highlights = async (dir: string) =>
  (JSON.parse(await annals(dir, 'laptop1', 'annotations', '--json')) as Annotation[]).map((entry) => entry.id).sort();
const status = async (dir: string) =>
  JSON.parse(await annals(dir, 'laptop1', 'sync', 'status', '--json')) as SyncStatus;

describe('conflict copies of format-1 files, in an article nobody changed since', () => {
  const namings = {
    Syncthing: 'annotations.sync-conflict-20240306-101500-ABCDEF1.json',
    'Dropbox, named': "annotations (Ana's conflicted copy 2024-03-06).json",
    'Dropbox, Nextcloud and ownCloud': 'annotations (conflicted copy 2024-03-06 101500).json',
    OneDrive: 'annotations-DESKTOP-7Q2.json',
    'iCloud Drive': 'annotations 2.json',
  };
  for (const [tool, copy] of Object.entries(namings)) {
    it(`unions the highlights of a ${tool} copy of annotations.json, and removes it`, async () => {
      const dir = await openedOnce();
      await place(dir, { [copy]: theirAnnotations });

      expect((await status(dir)).conflictsMerged).toBe(1);
      expect(await readdir(join(dir, article))).not.toContain(copy);
      expect(await highlights(dir)).toEqual(['hlone01', 'hlthree3', 'hltwo02']);
    });
  }

  it('settles a copy of every format-1 file, each by its rule, when a core opens the library', async () => {
    const dir = await openedOnce();
    const copy = (name: string) => name.replace(/(\.[a-z]+)$/, '.sync-conflict-20240306-101500-ABCDEF1$1');
    const base = JSON.parse(await readFile(join(dir, article, 'article.json'), 'utf8'));
    await place(dir, {
      [copy('article.json')]: JSON.stringify(
        { ...base, tags: ['port', 'strike'], updatedAt: '2024-03-06T10:00:00.000Z' },
        null,
        2,
      ),
      [copy('annotations.json')]: theirAnnotations,
      'events.json': JSON.stringify({ overrides: { eventone: { text: 'Talks resume' } } }, null, 2),
      [copy('events.json')]: JSON.stringify({ overrides: { eventtwo: { hidden: true } } }, null, 2),
      [copy('content.html')]: theirText
        .split('\n\n')
        .map((paragraph) => `<p>${paragraph}</p>`)
        .join(''),
      [copy('text.txt')]: theirText,
    });

    const laptop = await open(dir, 'laptop1');

    expect((await laptop.call<SyncStatus>('sync.status', {})).conflictsMerged).toBe(5);
    expect(await conflictCopies(dir)).toEqual([]);
    expect(await readdir(dir)).not.toContain('corrupt');
    const [summary] = (await laptop.call<{ articles: ArticleSummary[] }>('library.list', { view: 'all' })).articles;
    expect(summary!.tags.sort()).toEqual(['port', 'strike']);
    const annotations = await laptop.call<{ annotations: Annotation[] }>('annotations.list', {
      articleId: formatOneId,
    });
    expect(annotations.annotations.map((entry) => entry.id).sort()).toEqual(['hlone01', 'hlthree3', 'hltwo02']);
    const events = JSON.parse(await readFile(join(dir, article, 'events.json'), 'utf8'));
    expect(Object.keys(events.overrides).sort()).toEqual(['eventone', 'eventtwo']);
    // The other computer's text is kept as a version beside the one shown, which stays as it was.
    const { versions } = await laptop.call<{ versions: { versionId: string; current: boolean }[] }>(
      'article.versions',
      { id: formatOneId },
    );
    expect(versions).toHaveLength(2);
    const other = versions.find((version) => !version.current)!;
    const shown = await laptop.call<{ text: string }>('article.content', { id: formatOneId });
    expect(shown.text).toBe(formatOneText);
    const kept = await laptop.call<{ text: string }>('article.version', {
      id: formatOneId,
      versionId: other.versionId,
    });
    expect(kept.text).toBe(theirText);
  });

  it('answers on the command line with what the copies brought, the copies gone', async () => {
    const dir = await openedOnce();
    const base = JSON.parse(await readFile(join(dir, article, 'article.json'), 'utf8'));
    await place(dir, {
      "article (Ana's conflicted copy 2024-03-06).json": JSON.stringify(
        { ...base, tags: ['port', 'strike'], updatedAt: '2024-03-06T10:00:00.000Z' },
        null,
        2,
      ),
      'text.sync-conflict-20240306-101500-ABCDEF1.txt': theirText,
      'annotations (conflicted copy 2024-03-06 101500).json': theirAnnotations,
    });

    expect((await listed(dir))[0]).toMatchObject({ id: formatOneId, tags: ['port', 'strike'] });
    expect(await conflictCopies(dir)).toEqual([]);
    expect(await highlights(dir)).toEqual(['hlone01', 'hlthree3', 'hltwo02']);
    const versions = JSON.parse(await annals(dir, 'laptop1', 'versions', formatOneId, '--json'));
    expect(versions.map((version: { current: boolean }) => version.current).sort()).toEqual([false, true]);
  });
});
