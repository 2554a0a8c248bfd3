// The Electron main process: glue only. Every decision lives in a plain, tested module beside it.
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { COMMAND_EVENT } from '../contract/commands.ts';
import { type MovableCore, openMovableCore } from '../core/home.ts';
import { loadDeviceHome } from '../core/index.ts';
import { defaultLibraryDir, libraryLocationFile, userDataDir } from '../core/paths.ts';
import { startServer } from '../server/index.ts';
import { loadOrCreateSaveToken } from '../server/tokens.ts';
import { chooseFolderFor } from './choose-folder.ts';
import { APP_ENTRY_URL, DEFAULT_SERVER_PORT } from './constants.ts';
import { denyAllPermissions, guardAllWebContents } from './guards.ts';
import { CHOOSE_FOLDER_CHANNEL, EVENT_CHANNEL, INVOKE_CHANNEL } from './ipc-channels.ts';
import { type InvokeSender, invokeFromSender } from './ipc-invoke.ts';
import { resolveLibraryDir, userDataDirFor } from './library-dir.ts';
import { buildMenu } from './menu.ts';
import { applicationMenu } from './menu-template.ts';
import { handleAppProtocol, handleAssetProtocol, registerPrivilegedSchemes } from './protocols.ts';
import { startOnPreferredPort } from './server-port.ts';
import { windowOptions } from './window-options.ts';

/** Set by the build from package.json, so the version is right however Electron was started. */
declare const ANNALS_VERSION: string | undefined;

// dist/main/main.cjs sits beside preload.cjs; the renderer is built into dist/renderer; assets/ (the
// sample library) is at the app's root, in the project folder as in the packaged app.
const rendererDir = path.join(__dirname, '..', 'renderer');
const assetsDir = path.join(__dirname, '..', '..', 'assets');
const preloadPath = path.join(__dirname, 'preload.cjs');
const devTools = !app.isPackaged;

app.setName('Annals');
const libraryDir = resolveLibraryDir(process.argv.slice(1), process.env, defaultLibraryDir);
app.setPath('userData', userDataDirFor(libraryDir, path.join(app.getPath('appData'), 'Annals'), defaultLibraryDir()));
registerPrivilegedSchemes();
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
let core: MovableCore | null = null;
let server: { close(): Promise<void> } | null = null;

if (app.requestSingleInstanceLock()) {
  guardAllWebContents();
  app.on('second-instance', showWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', shutDownOnce());
  app.whenReady().then(start).catch(failToStart);
} else {
  // Another Annals already has this library open: it shows its window (second-instance) and we leave.
  app.quit();
}

async function start(): Promise<void> {
  denyAllPermissions(session.defaultSession);
  const version = typeof ANNALS_VERSION === 'string' ? ANNALS_VERSION : app.getVersion();
  // The default library, when moved, takes the default along (the pointer in the app's folder, which
  // defaultLibraryDir reads); a library given by --library or ANNALS_LIBRARY moves alone.
  const isDefaultLibrary = path.resolve(libraryDir) === path.resolve(defaultLibraryDir());
  const opened = await openMovableCore({
    libraryDir,
    ...(isDefaultLibrary ? { libraryLocationFile: libraryLocationFile(userDataDir()) } : {}),
    // device.json in the app's own folder, the file the CLI and browser mode read: one computer, one device.
    ...(await loadDeviceHome(path.join(app.getPath('appData'), 'Annals', 'device.json'))),
    assetsDir,
    shell: 'electron',
    version,
    // Tests save pages from a fixture server on 127.0.0.1, as in browser mode.
    allowPrivateNetwork: process.env.ANNALS_ALLOW_PRIVATE_NETWORK === '1',
    // The window's answers do not wait while an import's events are found (timeline-thread.ts).
    timelineThread: { inWorker: true },
  });
  core = opened;
  handleAppProtocol(rendererDir);
  handleAssetProtocol(opened);
  ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, input: unknown) =>
    invokeFromSender(senderOf(event), method, input, (name, payload) => opened.dispatch(name, payload)),
  );
  ipcMain.handle(CHOOSE_FOLDER_CHANNEL, (event) =>
    chooseFolderFor(senderOf(event), () => {
      const options: Electron.OpenDialogOptions = {
        title: 'Move library to…',
        buttonLabel: 'Move here',
        message: 'Choose a new or empty folder for the library',
        properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
      };
      return mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options);
    }),
  );
  opened.onEvent(sendToWindow);
  Menu.setApplicationMenu(
    buildMenu(applicationMenu({ platform: process.platform, devTools }), (id) => sendToWindow(COMMAND_EVENT, { id })),
  );
  createWindow();
  app.on('activate', showWindow);
  // Feeds on their schedules, the search index readied: what the app does while it runs.
  opened.startBackgroundWork();
  await startLoopbackServer(opened);
}

function senderOf(event: Electron.IpcMainInvokeEvent): InvokeSender {
  const frame = event.senderFrame;
  return {
    fromOurWindow: mainWindow !== null && event.sender === mainWindow.webContents,
    frameUrl: frame?.url ?? null,
    isMainFrame: frame !== null && frame !== undefined && frame.parent === null,
  };
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow(windowOptions(preloadPath, { devTools }));
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error(`Annals: the window did not load: ${error}`));
  return window;
}

function showWindow(): void {
  if (!app.isReady() || core === null) return;
  const window = mainWindow ?? createWindow();
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

function sendToWindow(name: string, payload: unknown): void {
  const contents = mainWindow?.webContents;
  if (contents && !contents.isDestroyed()) contents.send(EVENT_CHANNEL, name, payload);
}

/**
 * The loopback server lets the browser save pages into the running desktop app (the bookmarklet opens its
 * save window). It tells the core its origin and save token itself (core.setServerInfo).
 */
async function startLoopbackServer(opened: MovableCore): Promise<void> {
  try {
    const saveToken = await loadOrCreateSaveToken(() => opened.libraryDir);
    server = await startOnPreferredPort(
      (port) => startServer({ core: opened, port, staticDir: rendererDir, saveToken }),
      DEFAULT_SERVER_PORT,
    );
  } catch (error) {
    opened.setServerInfo(null);
    console.warn(`Annals: saving from the browser is off, the local server did not start (${String(error)}).`);
  }
}

/** Closes the server and the core (pending writes finish) before the process ends. */
function shutDownOnce(): (event: Electron.Event) => void {
  let state: 'running' | 'closing' | 'closed' = 'running';
  return (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    // The server first, so no request reaches a core that is closing.
    closeQuietly(server)
      .then(() => closeQuietly(core))
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  };
}

async function closeQuietly(part: { close(): Promise<void> } | null): Promise<void> {
  try {
    await part?.close();
  } catch (error) {
    console.error(`Annals: closing failed: ${String(error)}`);
  }
}

function failToStart(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Annals could not start: ${message}`);
  dialog.showErrorBox('Annals could not start', `${message}\n\nLibrary: ${libraryDir}`);
  app.exit(1);
}
