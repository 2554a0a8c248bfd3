import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../../electron/server/index.ts';
import { keptTokens } from '../../../electron/server/tokens.ts';
import { call, openEvents, openTestServer, type TestServer } from './support.ts';

let opened: TestServer;
let restarted: RunningServer | null = null;

beforeEach(async () => {
  opened = await openTestServer();
});
afterEach(async () => {
  await restarted?.close();
  restarted = null;
  await opened.close();
});

/** Browser mode as `annals serve` starts it on this library, after the test server was stopped. */
async function serveWithKeptTokens(): Promise<RunningServer> {
  await opened.server.close();
  const { core, libraryDir } = opened;
  restarted = await startServer({
    core,
    staticDir: join(libraryDir, '..', 'static'),
    ...(await keptTokens(libraryDir)),
  });
  return restarted;
}

const tokenOf = (url: string) => new URL(url).searchParams.get('token') ?? '';

describe('browser mode’s address', () => {
  it('stays the same across restarts, its key in a file only the reader can read', async () => {
    const first = await serveWithKeptTokens();
    const address = first.url;
    await first.close();
    restarted = null;
    const second = await serveWithKeptTokens();
    expect(second.url.replace(second.origin, '')).toBe(address.replace(first.origin, ''));
    expect((await call(second, 'app.info', {}, tokenOf(address))).status).toBe(200);
    if (process.platform !== 'win32') {
      for (const file of ['browser-token', 'save-token']) {
        expect((await stat(join(opened.libraryDir, file))).mode & 0o777, file).toBe(0o600);
      }
    }
  });

  it('is renewed from Settings: the old one stops working at once and the new one is kept', async () => {
    const server = await serveWithKeptTokens();
    const oldToken = server.token;
    const events = await openEvents(server);

    const reply = await call(server, 'app.renewAccessToken', {});
    expect(reply.status).toBe(200);
    const { url } = JSON.parse(reply.body).value as { url: string };
    expect(url.startsWith(`${server.origin}/?token=`)).toBe(true);
    expect(tokenOf(url)).not.toBe(oldToken);

    // The page open on the old address loses its events and every call.
    await events.ended;
    expect((await call(server, 'app.info', {}, oldToken)).status).toBe(401);
    expect((await call(server, 'app.info', {}, tokenOf(url))).status).toBe(200);
    // The save token is another matter and keeps working.
    expect(JSON.parse((await call(server, 'app.info', {}, tokenOf(url))).body).value.server.token).toBe(
      server.saveToken,
    );
    expect((await keptTokens(opened.libraryDir)).token).toBe(tokenOf(url));
  });

  it('can be renewed where no token is kept too (the desktop app’s own server)', async () => {
    const { server } = opened;
    const reply = await call(server, 'app.renewAccessToken', {});
    expect(reply.status).toBe(200);
    expect(server.token).toBe(tokenOf(JSON.parse(reply.body).value.url));
  });
});
