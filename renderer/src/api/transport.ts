import { type EventName, events } from '../../../electron/contract/api.ts';
import type { Envelope } from '../../../electron/contract/errors.ts';

export type EventListener = (name: string, payload: unknown) => void;

/**
 * How the UI reaches the core: IPC in the desktop app, HTTP + Server-Sent Events in browser mode,
 * a direct call in component tests. Everything above this line is the same in all three.
 */
export interface Transport {
  readonly kind: 'ipc' | 'http' | 'in-process';
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>;
  onEvent(listener: EventListener): () => void;
  /** Where the UI loads a stored file of an article, e.g. `assets/<sha>.png`. */
  assetUrl(articleId: string, file: string): string;
  /** Where the UI loads a feed's stored site icon (Feed.icon). */
  feedIconUrl(file: string): string;
  /** The CSP source that admits those files (the article frame allows images from it only). */
  readonly assetSource: string;
  /** The system's folder picker, where the host has one (the desktop app); browser mode types a path. */
  readonly chooseFolder?: () => Promise<string | null>;
}

/** The preload's bridge (window.annals). */
export interface Bridge {
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>;
  onEvent(listener: EventListener): () => void;
  chooseFolder?(): Promise<string | null>;
}

export function ipcTransport(bridge: Bridge): Transport {
  return {
    kind: 'ipc',
    invoke: (method, input) => bridge.invoke(method, input),
    onEvent: (listener) => bridge.onEvent(listener),
    assetUrl: (articleId, file) => `annals-asset://article/${articleId}/${encodeFilePath(file)}`,
    feedIconUrl: (file) => `annals-asset://article/feed-icons/${encodeURIComponent(file)}`,
    assetSource: 'annals-asset:',
    ...(typeof bridge.chooseFolder === 'function'
      ? { chooseFolder: () => bridge.chooseFolder?.() ?? Promise.resolve(null) }
      : {}),
  };
}

/** Every event the core emits, as the contract lists them. */
const eventNames = Object.keys(events) as EventName[];

/** Browser mode: POST /api/<method> with the token header; events over /api/events. */
export function httpTransport(origin: string, token: string): Transport {
  return {
    kind: 'http',
    async invoke(method, input) {
      let response: Response;
      try {
        response = await fetch(`${origin}/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Annals-Token': token },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return {
          ok: false,
          error: { code: 'INTERNAL', message: 'Annals is not running: the page lost its connection to the app.' },
        };
      }
      try {
        return (await response.json()) as Envelope<unknown>;
      } catch {
        return { ok: false, error: { code: 'INTERNAL', message: `The app answered ${response.status} without data.` } };
      }
    },
    onEvent(listener) {
      const source = new EventSource(`${origin}/api/events?token=${encodeURIComponent(token)}`);
      const handlers = eventNames.map((name) => {
        const handler = (event: MessageEvent<string>) => {
          try {
            listener(name, JSON.parse(event.data));
          } catch {
            // A malformed frame is dropped; the next one still arrives.
          }
        };
        source.addEventListener(name, handler);
        return handler;
      });
      return () => {
        eventNames.forEach((name, index) => {
          source.removeEventListener(name, handlers[index]!);
        });
        source.close();
      };
    },
    // The page's cookie (set with the token) authorizes these, so images in the article frame load too.
    assetUrl: (articleId, file) => `${origin}/files/${articleId}/${encodeFilePath(file)}`,
    feedIconUrl: (file) => `${origin}/files/feed-icons/${encodeURIComponent(file)}`,
    assetSource: origin,
  };
}

function encodeFilePath(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

const TOKEN_KEY = 'annals.token';

/**
 * The transport of the page we are in: the desktop bridge when the preload gave one, else browser mode
 * with the token from `?token=` (then kept in sessionStorage and taken out of the address bar).
 */
export function detectTransport(win: Window = window): Transport {
  const bridge = (win as unknown as { annals?: Bridge }).annals;
  if (bridge && typeof bridge.invoke === 'function') return ipcTransport(bridge);
  const url = new URL(win.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    win.sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    win.history.replaceState(win.history.state, '', url.pathname + url.search + url.hash);
  }
  const token = fromUrl ?? win.sessionStorage.getItem(TOKEN_KEY) ?? '';
  return httpTransport(url.origin, token);
}
