import { chmod, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { type Core, openCore } from '../../../electron/core/index.ts';
import { loadOrCreateSaveToken } from '../../../electron/server/tokens.ts';
import { fixtureText } from '../extract/support.ts';
import { tempDir, testDevice } from '../helpers/library.ts';

// Other accounts on the computer must not read what the reader keeps: files 0600, folders 0700.
const posix = process.platform !== 'win32';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A library folder the core has to make itself (as on first run), inside a throwaway folder. */
async function newLibrary(): Promise<string> {
  const temp = await tempDir('annals-modes-');
  cleanups.push(temp.cleanup);
  return join(temp.dir, 'library');
}

async function open(libraryDir: string): Promise<Core & { call<T>(method: string, input: unknown): Promise<T> }> {
  const core = await openCore({
    libraryDir,
    device: testDevice,
    shell: 'test',
    version: '0.0.0',
    assetsDir: fileURLToPath(new URL('../../../assets/', import.meta.url)),
    validateOutput: true,
  });
  return Object.assign(core, {
    async call<T>(method: string, input: unknown): Promise<T> {
      const envelope = await core.dispatch(method, input);
      if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
      return envelope.value as T;
    },
  });
}

/** Every file and folder under `root` (itself included) whose mode lets anyone but the owner in. */
async function looseEntries(root: string): Promise<string[]> {
  const loose: string[] = [];
  const rootMode = (await stat(root)).mode & 0o777;
  if (rootMode !== 0o700) loose.push(`. ${rootMode.toString(8)}`);
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const mode = (await stat(path)).mode & 0o777;
    if (mode !== (entry.isDirectory() ? 0o700 : 0o600))
      loose.push(`${path.slice(root.length + 1)} ${mode.toString(8)}`);
  }
  return loose;
}

describe.skipIf(!posix)('the library on disk is the reader’s alone', () => {
  it('writes every file 0600 and every folder 0700 under the usual umask', async () => {
    const dir = await newLibrary();
    const core = await open(dir);
    const { article } = await core.call<{ article: { id: string } }>('article.saveHtml', {
      html: fixtureText('seed-article.html'),
      url: 'https://news.example/council',
    });
    await core.call('annotations.create', { kind: 'note', articleId: article.id, note: 'Ask the mayor' });
    await core.call('article.tag', { ids: [article.id], add: ['council'] });
    await core.call('tags.setColor', { name: 'council', color: 'green' });
    await core.call('settings.set', { feedRetentionDays: 14 });
    const backup = join(dir, '..', 'library.zip');
    await core.call('library.backup', { path: backup });
    await core.call('article.delete', { ids: [article.id] });
    await loadOrCreateSaveToken(dir);
    await core.close();

    expect(await looseEntries(dir)).toEqual([]);
    // A backup holds the whole library: it is kept as closely.
    expect((await stat(backup)).mode & 0o777).toBe(0o600);
  });

  it('closes up a library written by an earlier version when it is opened', async () => {
    const dir = await newLibrary();
    await (await open(dir)).close();
    await chmod(dir, 0o755);

    const core = await open(dir);
    cleanups.push(() => core.close());
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
  });

  it('never uses again a token an earlier bookmarklet carried, and keeps the new one 0600', async () => {
    const dir = await newLibrary();
    await (await open(dir)).close();
    // Earlier versions wrote this token into the bookmarklet itself, where every page it ran on could read it.
    await writeFile(join(dir, 'bookmarklet-token'), 'A'.repeat(32));
    await chmod(join(dir, 'bookmarklet-token'), 0o644);

    const token = await loadOrCreateSaveToken(dir);
    expect(token.value).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(token.value).not.toBe('A'.repeat(32));
    await expect(stat(join(dir, 'bookmarklet-token'))).rejects.toThrow();
    expect((await stat(join(dir, 'save-token'))).mode & 0o777).toBe(0o600);
    expect(await readFile(join(dir, 'save-token'), 'utf8')).toBe(token.value);
    // Kept across launches, until the reader renews it.
    expect((await loadOrCreateSaveToken(dir)).value).toBe(token.value);
    const first = token.value;
    const renewed = await token.renew();
    expect(renewed).not.toBe(first);
    expect((await loadOrCreateSaveToken(dir)).value).toBe(renewed);
  });
});
