// Browser mode keeps running across a move: the same server, its events, stored images and tokens, all from
// the library's new folder.
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type MovableCore, openMovableCore } from '../../../electron/core/library-home/movable-core.ts';
import { type RunningServer, startServer } from '../../../electron/server/index.ts';
import { keptTokens } from '../../../electron/server/tokens.ts';
import { extractedArticle, imageLoader, tempDir, testDevice } from '../helpers/library.ts';
import { call, openEvents, send } from './support.ts';

const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 1, 2, 3]);

let work: Awaited<ReturnType<typeof tempDir>>;
let libraryDir: string;
let core: MovableCore;
let server: RunningServer;

beforeEach(async () => {
  work = await tempDir('annals-move-server-');
  const staticDir = join(work.dir, 'static');
  await mkdir(staticDir);
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Annals</title>');
  libraryDir = join(work.dir, 'library');
  core = await openMovableCore({
    libraryDir,
    device: testDevice,
    shell: 'browser',
    version: '0.0.0',
    assetsDir: join(work.dir, 'assets'),
  });
  // As `annals serve` starts it: the tokens kept in the library, wherever it is.
  server = await startServer({ core, staticDir, ...(await keptTokens(() => core.libraryDir)) });
});

afterEach(async () => {
  await server.close();
  await core.close();
  await work.cleanup();
});

const exists = async (path: string) => (await stat(path).catch(() => null)) !== null;

describe('browser mode while the library moves', () => {
  it('tells the window, and serves images and keeps tokens from the new folder', async () => {
    const { article } = await core.library.save(
      extractedArticle(1, {
        html: '<p>Text</p><img src="https://cdn.example/a.png">',
        images: [{ url: 'https://cdn.example/a.png' }],
      }),
      { loadImage: imageLoader({ 'https://cdn.example/a.png': png }) },
    );
    const image = `/files/${article.id}/assets/${(await core.library.content(article.id)).html.match(/assets\/([a-f0-9]{64}\.png)/)![1]}`;
    const events = await openEvents(server);
    const target = join(work.dir, 'Sync', 'Annals');

    const reply = await call(server, 'library.move', { to: target });
    expect(reply.status).toBe(200);
    expect(await events.next('libraryMoved')).toEqual({ path: target });
    events.close();
    expect(await exists(libraryDir)).toBe(false);

    const served = await send(server, `${image}?token=${server.token}`);
    expect(served.status).toBe(200);
    expect(JSON.parse((await call(server, 'app.info', {})).body).value.libraryPath).toBe(target);

    // A renewed token is kept in the new folder, and the old place is not made again.
    const renewed = await call(server, 'app.renewSaveToken', {});
    expect(renewed.status).toBe(200);
    expect((await readFile(join(target, 'save-token'), 'utf8')).trim()).toBe(server.saveToken);
    expect(await exists(libraryDir)).toBe(false);
  });

  it('answers a call made while the library moves from the new folder', async () => {
    const target = join(work.dir, 'Elsewhere');
    let during: Promise<{ status: number; body: string }> | null = null;
    core.onEvent((name) => {
      if (name === 'progress' && during === null) during = call(server, 'app.info', {});
    });
    expect((await call(server, 'library.move', { to: target })).status).toBe(200);
    expect(during).not.toBeNull();
    expect(JSON.parse((await during!).body).value.libraryPath).toBe(target);
  });
});
