import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../electron/contract/index.ts';
import { type Core, openCore } from '../../../electron/core/index.ts';
import { Library } from '../../../electron/core/library/library.ts';
import { damages } from '../helpers/damage.ts';
import { formatOneHighlights, formatOneId, writeFormatOneArticle } from '../helpers/format-one.ts';
import { tempDir, testDevice } from '../helpers/library.ts';

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function folder(): Promise<string> {
  const temp = await tempDir();
  cleanups.push(temp.cleanup);
  return temp.dir;
}

const corruptFiles = (dir: string) => readdir(join(dir, 'corrupt')).catch(() => [] as string[]);

async function damageFile(
  file: string,
  damage: (typeof damages)[number],
  target: { inside: string; path: (string | number)[] },
) {
  await writeFile(file, damage.damage(await readFile(file, 'utf8'), target));
}

describe('a damaged annotations.json (library format 1)', () => {
  /** The format-1 article, its highlights read once (so a last good copy is kept), then the library closed. */
  async function readOnce(): Promise<string> {
    const dir = await folder();
    await writeFormatOneArticle(dir);
    const library = await Library.open(dir, { device: testDevice });
    expect((await library.merged(formatOneId))?.annotations).toHaveLength(2);
    await library.close();
    return dir;
  }

  async function highlightsAfter(dir: string): Promise<{ notes: string[]; recovered: string }> {
    const library = await Library.open(dir, { device: testDevice });
    cleanups.push(() => library.close());
    const notes = ((await library.merged(formatOneId))?.annotations ?? []).map((annotation) => annotation.note).sort();
    return { notes, recovered: library.recovered.join('\n') };
  }

  const annotationsFile = (dir: string) => join(dir, 'articles', formatOneId, 'annotations.json');
  // The second highlight is the one damaged.
  const target = { inside: formatOneHighlights[1]!.id, path: ['annotations', 1] };

  for (const damage of damages) {
    it(`keeps every highlight when the file is ${damage.name}: what still reads, the rest from its last good copy`, async () => {
      const dir = await readOnce();
      await damageFile(annotationsFile(dir), damage, target);
      const { notes, recovered } = await highlightsAfter(dir);
      expect(notes).toEqual(['long meeting', 'the talks']);
      expect(recovered).toMatch(/highlights and notes of article oldarticle01.*was damaged.*last good copy/);
      // The damaged bytes are kept for inspection; the file itself stays where it was.
      expect((await corruptFiles(dir)).some((name) => name.includes('annotations.json'))).toBe(true);
      expect(await readdir(join(dir, 'articles', formatOneId))).toContain('annotations.json');
    });

    it(`salvages every highlight that still reads when the file is ${damage.name} and no copy was kept`, async () => {
      const dir = await readOnce();
      await rm(join(dir, '.annals', testDevice.id, 'last-good'), { recursive: true });
      await damageFile(annotationsFile(dir), damage, target);
      const { notes, recovered } = await highlightsAfter(dir);
      expect(notes).toEqual(damage.othersSurvive ? ['long meeting'] : []);
      expect(recovered).toMatch(/highlights and notes of article oldarticle01.*was damaged/);
    });
  }
});

describe('a damaged record of this computer (library format 2)', () => {
  const page = `<!doctype html><html><head><title>Harbour talks resume</title></head><body><article><h1>Harbour talks resume</h1><p>Harbour talks resume on Monday, the port authority said in a statement.</p><p>The port authority and the union met for six hours and agreed to meet again on Thursday.</p></article></body></html>`;

  async function openAt(dir: string): Promise<Core> {
    const core = await openCore({
      libraryDir: dir,
      device: testDevice,
      settings: { read: () => ({}), write: () => {} },
      shell: 'test',
      version: '0.0.0',
      assetsDir: new URL('../../../assets/', import.meta.url).pathname,
    });
    cleanups.push(() => core.close());
    return core;
  }

  async function call<T>(core: Core, method: string, input: unknown): Promise<T> {
    const envelope = await core.dispatch(method, input);
    if (!envelope.ok) throw new Error(envelope.error.message);
    return envelope.value as T;
  }

  /** An article with two highlights and a favorite, saved and closed: the ids and the second highlight's. */
  async function highlighted(): Promise<{ dir: string; id: string; second: string }> {
    const dir = await folder();
    const core = await openAt(dir);
    const { article } = await call<{ article: { id: string } }>(core, 'article.saveHtml', {
      html: page,
      url: 'https://news.example/harbour',
    });
    await call(core, 'annotations.create', {
      kind: 'highlight',
      articleId: article.id,
      quote: 'six hours',
      note: 'long meeting',
    });
    const second = await call<Annotation>(core, 'annotations.create', {
      kind: 'highlight',
      articleId: article.id,
      quote: 'meet again on Thursday',
      note: 'next round',
    });
    await call(core, 'article.update', { ids: [article.id], patch: { favorite: true } });
    await cleanups.pop()!();
    return { dir, id: article.id, second: second.id };
  }

  const recordFile = (dir: string, id: string) => join(dir, 'articles', id, 'records', `${testDevice.id}.json`);

  for (const damage of damages) {
    it(`keeps every highlight when the record is ${damage.name}: what still reads, the rest from its last good copy`, async () => {
      const { dir, id, second } = await highlighted();
      await damageFile(recordFile(dir, id), damage, { inside: second, path: ['annotations', second] });
      const core = await openAt(dir);
      const { annotations } = await call<{ annotations: Annotation[] }>(core, 'annotations.list', { articleId: id });
      expect(annotations.map((annotation) => annotation.note).sort()).toEqual(['long meeting', 'next round']);
      expect((await call<{ favorite: boolean }>(core, 'article.get', { id })).favorite).toBe(true);
      expect((await corruptFiles(dir)).some((name) => name.includes(`${testDevice.id}.json`))).toBe(true);
    });

    it(`salvages every highlight that still reads when the record is ${damage.name} and no copy was kept`, async () => {
      const { dir, id, second } = await highlighted();
      await rm(join(dir, '.annals', testDevice.id, 'last-good'), { recursive: true });
      await damageFile(recordFile(dir, id), damage, { inside: second, path: ['annotations', second] });
      const core = await openAt(dir);
      const { annotations } = await call<{ annotations: Annotation[] }>(core, 'annotations.list', { articleId: id });
      expect(annotations.map((annotation) => annotation.note)).toEqual(damage.othersSurvive ? ['long meeting'] : []);
      // What the record lost of the article itself comes back from the index.
      expect((await call<{ favorite: boolean }>(core, 'article.get', { id })).favorite).toBe(true);
    });
  }
});
