// Browser mode's window: the machine's Chromium-family browser in app mode (no tabs, no address bar).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface BrowserSearch {
  platform?: NodeJS.Platform;
  env?: Record<string, string | undefined>;
  home?: string;
  exists?: (file: string) => boolean;
}

const linuxNames = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'microsoft-edge',
  'microsoft-edge-stable',
  'brave-browser',
  'brave',
];

const linuxFixed = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/usr/bin/microsoft-edge',
  '/usr/bin/microsoft-edge-stable',
  '/opt/microsoft/msedge/msedge',
  '/usr/bin/brave-browser',
  '/opt/brave.com/brave/brave',
];

const macApps = [
  ['Google Chrome.app', 'Google Chrome'],
  ['Chromium.app', 'Chromium'],
  ['Microsoft Edge.app', 'Microsoft Edge'],
  ['Brave Browser.app', 'Brave Browser'],
] as const;

const windowsInstalls = [
  ['Google', 'Chrome', 'Application', 'chrome.exe'],
  ['Microsoft', 'Edge', 'Application', 'msedge.exe'],
  ['Chromium', 'Application', 'chrome.exe'],
  ['BraveSoftware', 'Brave-Browser', 'Application', 'brave.exe'],
] as const;

/**
 * Where a Chromium-family browser may be installed, most likely first. ANNALS_BROWSER (a path)
 * comes before everything; on Linux the PATH is searched before the usual fixed places.
 */
export function browserCandidates({
  platform = process.platform,
  env = process.env,
  home = os.homedir(),
}: Omit<BrowserSearch, 'exists'> = {}): string[] {
  const override = env.ANNALS_BROWSER?.trim();
  const first = override ? [override] : [];
  if (platform === 'darwin') {
    const roots = ['/Applications', path.posix.join(home, 'Applications')];
    return [
      ...first,
      ...roots.flatMap((root) =>
        macApps.map(([app, binary]) => path.posix.join(root, app, 'Contents', 'MacOS', binary)),
      ),
    ];
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.ProgramW6432].filter(
      (root): root is string => typeof root === 'string' && root !== '',
    );
    const unique = [...new Set(roots)];
    return [...first, ...windowsInstalls.flatMap((parts) => unique.map((root) => path.win32.join(root, ...parts)))];
  }
  const pathDirs = (env.PATH ?? '').split(':').filter((dir) => dir.startsWith('/'));
  const onPath = linuxNames.flatMap((name) => pathDirs.map((dir) => path.posix.join(dir, name)));
  return [...new Set([...first, ...onPath, ...linuxFixed])];
}

/** The first Chromium, Chrome, Edge or Brave found on this machine, or null. */
export function findBrowser({ exists = existsSync, ...search }: BrowserSearch = {}): string | null {
  return browserCandidates(search).find((candidate) => exists(candidate)) ?? null;
}

/** A profile of its own, so app mode gets a window of its own even while the browser runs. */
export function browserProfileDir({
  platform = process.platform,
  env = process.env,
  home = os.homedir(),
}: Omit<BrowserSearch, 'exists'> = {}): string {
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Caches', 'Annals', 'browser-profile');
  if (platform === 'win32') {
    return path.win32.join(env.LOCALAPPDATA ?? path.win32.join(home, 'AppData', 'Local'), 'Annals', 'browser-profile');
  }
  return path.posix.join(env.XDG_CACHE_HOME || path.posix.join(home, '.cache'), 'annals', 'browser-profile');
}

/** The command line for an app window on `url`. */
export function browserArguments(
  url: string,
  profileDir: string,
  { platform = process.platform, isRoot = process.getuid?.() === 0 } = {},
): string[] {
  return [
    `--app=${url}`,
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // Chromium refuses to start as root with its sandbox on (containers); only then is it turned off.
    ...(platform === 'linux' && isRoot ? ['--no-sandbox'] : []),
  ];
}

export type WindowResult = { opened: true } | { opened: false; reason: string };

/** How long a browser that cannot show a window (no display, a broken install) takes at most to give up. */
const EARLY_EXIT_MS = 5_000;

/**
 * Opens `url` in an app window of the machine's browser, detached so it outlives the command.
 * Answers why not when no browser is found, there is no display, or the browser gives up at once.
 */
export async function openAppWindow(
  url: string,
  { platform = process.platform, env = process.env, earlyExitMs = EARLY_EXIT_MS }: OpenOptions = {},
): Promise<WindowResult> {
  const parsed = URL.canParse(url) ? new URL(url) : null;
  if (parsed === null || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    return { opened: false, reason: 'only web addresses open in a browser window' };
  }
  if (platform !== 'darwin' && platform !== 'win32' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return { opened: false, reason: 'there is no graphical display here (neither DISPLAY nor WAYLAND_DISPLAY is set)' };
  }
  const browser = findBrowser({ platform, env });
  if (browser === null) return { opened: false, reason: 'no Chromium, Chrome, Edge or Brave was found' };
  const profileDir = browserProfileDir({ platform, env });
  try {
    mkdirSync(profileDir, { recursive: true, mode: 0o700 });
  } catch (error) {
    return { opened: false, reason: `its profile folder ${profileDir} cannot be made (${(error as Error).message})` };
  }
  const name = path.basename(browser);
  return new Promise<WindowResult>((resolve) => {
    const child = spawn(browser, browserArguments(parsed.href, profileDir, { platform }), {
      detached: true,
      stdio: 'ignore',
    });
    // A browser that cannot show a window exits at once; one that hands the address to a browser
    // already running exits at once too, but content. Either way there is no other sign to wait for.
    const settled = setTimeout(() => {
      child.removeAllListeners('exit');
      child.unref();
      resolve({ opened: true });
    }, earlyExitMs);
    child.once('error', (error) => {
      clearTimeout(settled);
      resolve({ opened: false, reason: `${name} could not be started (${error.message})` });
    });
    child.once('exit', (code, signal) => {
      clearTimeout(settled);
      if (code === 0) resolve({ opened: true });
      else resolve({ opened: false, reason: `${name} closed at once (${signal ?? `exit code ${code}`})` });
    });
  });
}

export interface OpenOptions {
  platform?: NodeJS.Platform;
  env?: Record<string, string | undefined>;
  earlyExitMs?: number;
}

/** Browser mode's last step: a window on the address, or a plain sentence saying why not and the address. */
export async function openWindowOrSayWhere(
  url: string,
  write: (line: string) => void = (line) => process.stderr.write(line),
  options: OpenOptions = {},
): Promise<WindowResult> {
  const result = await openAppWindow(url, options);
  if (!result.opened) {
    write(
      `annals: no browser window could be opened: ${result.reason}.\nannals: open this address in your browser: ${url}\n`,
    );
  }
  return result;
}
