import { cp, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  Annotation,
  Article,
  ArticleSummary,
  ArticleVersion,
  DuplicateGroup,
  MergedDuplicates,
} from '../../../electron/contract/index.ts';
import { writeDuplicatePair } from '../helpers/duplicates.ts';
import { tempDir } from '../helpers/library.ts';
import { type Api, devices } from './support/devices.ts';
import { DumbSync } from './support/dumb-sync.ts';

// Two computers on one library carried by a sync tool (support/dumb-sync.ts), both holding the same
// duplicates from before a page had one key, both merging them before their files meet.

let work: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => {
  work = await tempDir('annals-duplicates-two-devices-');
});
afterEach(() => work.cleanup());
const { open, close } = devices();

async function seen(core: Api, id: string) {
  const { articles } = await core.call<{ articles: ArticleSummary[] }>('library.list', { view: 'all' });
  const { versions } = await core.call<{ versions: ArticleVersion[] }>('article.versions', { id });
  const { annotations } = await core.call<{ annotations: Annotation[] }>('annotations.list', { articleId: id });
  const { groups } = await core.call<{ groups: DuplicateGroup[] }>('duplicates.find', {});
  return {
    articles: articles.map(({ id: articleId, tags, favorite }) => ({ id: articleId, tags, favorite })),
    versions: versions.length,
    highlights: annotations.filter((annotation) => annotation.kind === 'highlight').map((a) => a.anchor?.exact),
    groups,
  };
}

/** The pair, the copy highlighted, tagged and favorited on the laptop; the library copied to the desktop. */
async function twoComputers() {
  const a = join(work.dir, 'laptop');
  const b = join(work.dir, 'desktop');
  await mkdir(a);
  const { kept, other } = await writeDuplicatePair(a);
  const first = await open(a, 'laptop1', 'Laptop');
  await first.call('annotations.create', { kind: 'highlight', articleId: other, quote: 'by seven votes' });
  await first.call('article.tag', { ids: [other], add: ['ferries'] });
  await first.call('article.update', { ids: [other], patch: { favorite: true } });
  await close(first);
  await cp(a, b, { recursive: true });
  const sync = new DumbSync(a, b, { deviceA: 'LAPTOP1', deviceB: 'DESKTOP' });
  await sync.sync();
  return { a, b, kept, sync };
}

const mergedLibrary = (kept: string) => ({
  articles: [{ id: kept, tags: ['ferries'], favorite: true }],
  versions: 2,
  highlights: ['by seven votes'],
  groups: [],
});

describe('merging duplicates on two computers', () => {
  it('shows the other computer the merge once the files arrive, with nothing left to merge there', async () => {
    const { b, a, kept, sync } = await twoComputers();
    const laptop = await open(a, 'laptop1');
    await laptop.call('duplicates.merge', {});
    await close(laptop);
    expect((await sync.sync()).conflicts).toEqual([]);
    const desktop = await open(b, 'desktop1');
    expect(await seen(desktop, kept)).toEqual(mergedLibrary(kept));
  }, 60_000);

  it('leaves the tag the other computer put on the kept article before the merge when the merge is undone', async () => {
    const { a, b, kept, sync } = await twoComputers();
    // Spelt another way on the desktop, before the laptop's merge adds the copy's “ferries”.
    const desktop = await open(b, 'desktop1');
    await desktop.call('article.tag', { ids: [kept], add: ['Ferries'] });
    await close(desktop);
    const laptop = await open(a, 'laptop1');
    const { merged } = await laptop.call<{ merged: MergedDuplicates[] }>('duplicates.merge', {});
    await close(laptop);
    expect((await sync.sync()).conflicts).toEqual([]);

    const again = await open(a, 'laptop1');
    await again.call('duplicates.undoMerge', { merged });
    expect((await again.call<Article>('article.get', { id: kept })).tags).toEqual(['Ferries']);
    await close(again);
    // The desktop sees the same once the laptop's record arrives.
    expect((await sync.sync()).conflicts).toEqual([]);
    const there = await open(b, 'desktop1');
    expect((await there.call<Article>('article.get', { id: kept })).tags).toEqual(['Ferries']);
  }, 60_000);

  it('settles on one article with each text, tag and highlight once when both merge at once', async () => {
    const { a, b, kept, sync } = await twoComputers();
    for (const [dir, device] of [
      [a, 'laptop1'],
      [b, 'desktop1'],
    ] as const) {
      const core = await open(dir, device);
      const { merged } = await core.call<{ merged: unknown[] }>('duplicates.merge', {});
      expect(merged).toHaveLength(1);
      await close(core);
    }
    const report = await sync.sync();
    expect(report.conflicts).toEqual([]);
    // Each wrote only its own record of the kept article; both records are now on both computers.
    for (const dir of [a, b]) {
      expect(await readdir(join(dir, 'articles', kept, 'records'))).toEqual(
        expect.arrayContaining(['laptop1.json', 'desktop1.json']),
      );
    }

    for (const [dir, device] of [
      [a, 'laptop1'],
      [b, 'desktop1'],
    ] as const) {
      const core = await open(dir, device);
      expect(await seen(core, kept)).toEqual(mergedLibrary(kept));
      await close(core);
    }
  }, 60_000);
});
