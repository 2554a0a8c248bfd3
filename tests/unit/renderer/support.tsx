import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { COMMAND_EVENT } from '../../../electron/contract/commands.ts';
import type { ArticleSummary } from '../../../electron/contract/index.ts';
import type { Core } from '../../../electron/core/index.ts';
import { openMovableCore } from '../../../electron/core/library-home/movable-core.ts';
import { createClient } from '../../../renderer/src/api/client.ts';
import type { EventListener, Transport } from '../../../renderer/src/api/transport.ts';
import { App } from '../../../renderer/src/components/App.tsx';
import { AppProvider } from '../../../renderer/src/state/app-context.tsx';
import { tempDir, testDevice } from '../helpers/library.ts';

// Strings, not URL objects: under jsdom, URL is jsdom's and node:url refuses it.
const here = dirname(fileURLToPath(import.meta.url));
const assetsDir = join(here, '..', '..', '..', 'assets');
const pagesDir = join(here, '..', '..', 'fixtures', 'pages');

/**
 * The third transport: the renderer calling a real core in the same process, as in production minus
 * the wire. `shellListeners` hear what a desktop shell sends on the same event channel (menu commands).
 */
export function inProcessTransport(core: Core, shellListeners = new Set<EventListener>()): Transport {
  return {
    kind: 'in-process',
    invoke: (method, input) => core.dispatch(method, input),
    onEvent: (listener) => {
      const stop = core.onEvent(listener);
      shellListeners.add(listener);
      return () => {
        stop();
        shellListeners.delete(listener);
      };
    },
    assetUrl: (articleId, file) => `https://assets.test/${articleId}/${file}`,
    feedIconUrl: (file) => `https://assets.test/feed-icons/${file}`,
    assetSource: 'https://assets.test',
  };
}

export interface RenderedApp {
  core: Core;
  settings: () => unknown;
  /** What the desktop menu does when an item is clicked: it sends the command's id to the window. */
  clickMenu(commandId: string): void;
  /** An event on the window's channel, as the core sends it (progress of work the test stands in for). */
  emit(name: string, payload: unknown): void;
  /** Saves a fixture page through the core, as the bookmarklet would. */
  savePage(file: string, url: string): Promise<ArticleSummary>;
  close(): Promise<void>;
}

/** The whole UI over a real core on a fresh library folder. */
export async function renderApp(
  options: {
    /** Puts files in the library folder before the core opens it (a library an older Annals left). */
    beforeOpen?: (libraryDir: string) => Promise<unknown>;
    beforeRender?: (core: Core) => void | Promise<void>;
    /** The desktop shell's folder picker, as the preload gives it. */
    chooseFolder?: () => Promise<string | null>;
    /** Where this computer's name is kept (the app's device.json), so it can be renamed. */
    deviceFile?: string;
  } = {},
): Promise<RenderedApp> {
  giveElementsASize();
  const temp = await tempDir();
  await options.beforeOpen?.(temp.dir);
  let stored: unknown = {};
  const core = await openAppCore(
    temp.dir,
    { read: () => stored, write: (next) => (stored = next) },
    options.deviceFile,
  );
  await options.beforeRender?.(core);
  const shellListeners = new Set<EventListener>();
  render(
    <AppProvider
      client={createClient({
        ...inProcessTransport(core, shellListeners),
        ...(options.chooseFolder ? { chooseFolder: options.chooseFolder } : {}),
      })}
    >
      <App />
    </AppProvider>,
  );
  await screen.findByRole('navigation', { name: 'Library views' });
  const emit = (name: string, payload: unknown) =>
    act(() => {
      for (const listener of shellListeners) listener(name, payload);
    });
  return {
    core,
    settings: () => stored,
    clickMenu: (commandId) => emit(COMMAND_EVENT, { id: commandId }),
    emit,
    savePage: (file, url) => savePageIn(core, file, url),
    async close() {
      cleanup();
      await core.close();
      await temp.cleanup();
    },
  };
}

/** The core the app's window talks to, as renderApp opens it (the test device, this test version). */
function openAppCore(
  libraryDir: string,
  settings: { read(): unknown; write(next: unknown): void },
  deviceFile?: string,
) {
  return openMovableCore({
    libraryDir,
    device: { ...testDevice },
    ...(deviceFile ? { deviceFile } : {}),
    settings,
    shell: 'test',
    version: '0.0.0-test',
    assetsDir,
    validateOutput: true,
  });
}

/** Saves a fixture page through the core, as the bookmarklet would. */
async function savePageIn(core: Core, file: string, url: string): Promise<ArticleSummary> {
  const html = await readFile(join(pagesDir, file), 'utf8');
  const envelope = await core.dispatch('article.saveHtml', { html, url });
  if (!envelope.ok) throw new Error(envelope.error.message);
  return (envelope.value as { article: ArticleSummary }).article;
}

/**
 * A library folder with fixture pages saved in it and their events found, by a core opened as renderApp opens it and
 * then closed: made once for a file whose tests each open the app on a copy of it (renderApp's beforeOpen).
 */
export async function libraryWithPages(pages: readonly { file: string; url: string }[]) {
  const temp = await tempDir();
  let stored: unknown = {};
  const core = await openAppCore(temp.dir, { read: () => stored, write: (next) => (stored = next) });
  try {
    for (const { file, url } of pages) await savePageIn(core, file, url);
    await core.timeline.idle();
  } finally {
    await core.close();
  }
  return temp;
}

/**
 * jsdom lays nothing out, so every box measures 0×0 and a virtualized list would show no rows.
 * Give boxes the size of a laptop window, which is what the list asks about.
 */
function giveElementsASize(): void {
  HTMLElement.prototype.getBoundingClientRect = function getBoundingClientRect() {
    return {
      x: 0,
      y: 0,
      top: 0,
      left: 0,
      width: 1200,
      height: 800,
      right: 1200,
      bottom: 800,
      toJSON: () => ({}),
    } as DOMRect;
  };
  for (const [name, value] of [
    ['offsetHeight', 800],
    ['offsetWidth', 1200],
    ['clientHeight', 800],
    ['clientWidth', 1200],
  ] as const) {
    Object.defineProperty(HTMLElement.prototype, name, { configurable: true, get: () => value });
  }
}

/** A key pressed with nothing focused, as the app's shortcuts hear it. */
export function pressKey(key: string): void {
  act(() => {
    fireEvent.keyDown(document.body, { key });
  });
}

/** Runs a command from the palette (Ctrl+K), found by typing its name, as a reader would. */
export async function runFromPalette(command: string): Promise<void> {
  act(() => {
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
  });
  const palette = await screen.findByRole('dialog', { name: 'Command palette' });
  fireEvent.change(within(palette).getByRole('combobox', { name: 'Type a command' }), { target: { value: command } });
  fireEvent.keyDown(within(palette).getByRole('combobox'), { key: 'Enter' });
}

/** Opens Settings from the command palette, as a reader would, and answers one of its sections. */
export async function openSettingsSection(name: string): Promise<HTMLElement> {
  act(() => {
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
  });
  const palette = await screen.findByRole('dialog', { name: 'Command palette' });
  fireEvent.change(within(palette).getByRole('combobox', { name: 'Type a command' }), {
    target: { value: 'Settings' },
  });
  fireEvent.keyDown(within(palette).getByRole('combobox'), { key: 'Enter' });
  const settings = await screen.findByRole('dialog', { name: 'Settings' });
  return within(settings).getByRole('region', { name });
}

/** Opens the Import dialog from Settings (its "," key), as a reader would, and answers it. */
export async function openImportDialog(): Promise<HTMLElement> {
  await act(async () => {
    fireEvent.keyDown(document.body, { key: ',' });
  });
  const settings = await screen.findByRole('dialog', { name: 'Settings' });
  fireEvent.click(within(settings).getByRole('button', { name: 'Import from another app…' }));
  return screen.findByRole('dialog', { name: 'Import' });
}

/** Chooses an export file in the Import dialog; answers its preview once read. */
export async function chooseExportFile(dialog: HTMLElement, file: File): Promise<HTMLElement> {
  fireEvent.change(within(dialog).getByLabelText('Export file'), { target: { files: [file] } });
  // The first file read loads the export parsers (CSV, zip, OPML): more than a moment on a busy machine.
  return within(dialog).findByRole('region', { name: 'What will be imported' }, { timeout: 10_000 });
}

/** Answers one method with failures (as a lost connection would) until `mend` is called. */
export function failAnswers(core: Core, method: string, message: string) {
  let failing = true;
  const dispatch = core.dispatch.bind(core);
  core.dispatch = async (name, input) =>
    name === method && failing
      ? { ok: false as const, error: { code: 'INTERNAL' as const, message } }
      : dispatch(name, input);
  return () => {
    failing = false;
  };
}

/** Holds the core's answers to one method until `release` is called, as a slow disk or a big library would. */
export function holdAnswers(core: Core, method: string) {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const dispatch = core.dispatch.bind(core);
  core.dispatch = async (name, input) => {
    if (name === method) await held;
    return dispatch(name, input);
  };
  return () => release();
}
