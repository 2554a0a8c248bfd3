// Shared by the extract tests: fixture files and a throwaway HTTP server on 127.0.0.1.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isAnnalsError } from '../../../electron/contract/errors.ts';

const PAGES = new URL('../../fixtures/pages/', import.meta.url);

export function fixtureBytes(name: string): Buffer {
  return readFileSync(new URL(name, PAGES));
}

export function fixtureText(name: string): string {
  return fixtureBytes(name).toString('utf8');
}

export interface LocalServer {
  origin: string;
  close(): Promise<void>;
}

export async function startServer(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<LocalServer> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        // Hanging test routes keep sockets open; end them so close() can finish.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The AnnalsError a promise rejects with (fails the test if it resolves or throws something else). */
export async function rejection(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (isAnnalsError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected the call to fail');
}

/** Paragraphs of a plain text (blank-line separated). */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** The refusal a page with no article gets, saying what the page was when Annals could tell. */
export function refusalSaying(what?: string): { code: string; message: string } {
  const nothing = 'No article text found on that page';
  return { code: 'NOT_AN_ARTICLE', message: what ? `${nothing}: ${what}` : nothing };
}
