import { mkdir, writeFile } from 'node:fs/promises';
import { type ClientRequest, request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { type Core, openCore } from '../../../electron/core/index.ts';
import { type RunningServer, type ServerOptions, startServer } from '../../../electron/server/index.ts';
import { tempDir, testDevice } from '../helpers/library.ts';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface SendOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Leave the request open after the body (a client that stops sending). */
  keepOpen?: boolean;
}

export function send(server: RunningServer, path: string, options: SendOptions = {}): Promise<Reply> {
  const { port } = new URL(server.origin);
  return new Promise<Reply>((resolve, reject) => {
    const req: ClientRequest = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    if (options.keepOpen) req.flushHeaders();
    else req.end();
  });
}

export function call(server: RunningServer, method: string, input: unknown, token = server.token): Promise<Reply> {
  return send(server, `/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-annals-token': token },
    body: JSON.stringify(input),
  });
}

/** The server's event stream as a test reads it: wait for a frame, or for the stream to end. */
export interface EventStream {
  /** Resolves with the first `event: <name>` frame whose data satisfies `matches`, past or future. */
  next(name: string, matches?: (data: unknown) => boolean): Promise<unknown>;
  ended: Promise<void>;
  close(): void;
}

export async function openEvents(server: RunningServer, token = server.token): Promise<EventStream> {
  const { port } = new URL(server.origin);
  const frames: { name: string; data: unknown }[] = [];
  const waiters: { name: string; matches: (data: unknown) => boolean; resolve: (data: unknown) => void }[] = [];
  let ended!: () => void;
  const endedPromise = new Promise<void>((resolve) => {
    ended = resolve;
  });
  const offer = (frame: { name: string; data: unknown }) => {
    for (const waiter of [...waiters]) {
      if (waiter.name === frame.name && waiter.matches(frame.data)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(frame.data);
      }
    }
  };
  const req = httpRequest({ host: '127.0.0.1', port, path: `/api/events?token=${token}` });
  // Connected once the server's first comment arrives: events emitted from then on are seen.
  await new Promise<void>((resolve, reject) => {
    req.on('error', reject);
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
        let end = text.indexOf('\n\n');
        while (end >= 0) {
          const block = text.slice(0, end);
          text = text.slice(end + 2);
          if (block.startsWith(': connected')) resolve();
          const name = /^event: (.+)$/m.exec(block)?.[1];
          const data = /^data: (.+)$/m.exec(block)?.[1];
          if (name && data) {
            const frame = { name, data: JSON.parse(data) as unknown };
            frames.push(frame);
            offer(frame);
          }
          end = text.indexOf('\n\n');
        }
      });
      res.on('end', () => ended());
      res.on('close', () => ended());
    });
    req.end();
  });
  return {
    next(name, matches = () => true) {
      const seen = frames.find((frame) => frame.name === name && matches(frame.data));
      if (seen) return Promise.resolve(seen.data);
      return new Promise((resolve) => waiters.push({ name, matches, resolve }));
    },
    ended: endedPromise,
    close: () => req.destroy(),
  };
}

export interface TestServer {
  core: Core;
  server: RunningServer;
  libraryDir: string;
  close(): Promise<void>;
}

/** A core on a fresh library behind a server, with a stand-in for the built app. */
export async function openTestServer(
  options: Partial<Omit<ServerOptions, 'core' | 'staticDir'>> = {},
): Promise<TestServer> {
  const temp = await tempDir();
  const staticDir = join(temp.dir, 'static');
  await mkdir(staticDir);
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Annals</title>');
  await writeFile(join(staticDir, 'save.html'), '<!doctype html><title>Save to Annals</title>');
  const libraryDir = join(temp.dir, 'library');
  const core = await openCore({
    libraryDir,
    device: testDevice,
    settings: { read: () => ({}), write: () => {} },
    shell: 'test',
    version: '0.0.0',
    assetsDir: join(temp.dir, 'assets'),
  });
  const server = await startServer({ core, staticDir, ...options });
  return {
    core,
    server,
    libraryDir,
    close: async () => {
      await server.close();
      await core.close();
      await temp.cleanup();
    },
  };
}
