import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWindowOrSayWhere } from '../../../electron/launch/browser-window.ts';
import { explainInstallFailure, installElectron } from '../../../electron/launch/install-electron.mjs';
import { tempDir } from '../helpers/library.ts';

let temp: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  temp = await tempDir();
});
afterEach(() => temp.cleanup());

const address = 'http://127.0.0.1:47813/?token=abc';

/** A loopback port nobody listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('browser mode’s window', () => {
  const onLinux = process.platform === 'linux' ? it : it.skip;
  const said: string[] = [];
  const write = (line: string) => {
    said.push(line);
  };
  beforeEach(() => {
    said.length = 0;
  });

  it('says there is no display, and where to go, without starting a browser', async () => {
    const result = await openWindowOrSayWhere(address, write, {
      platform: 'linux',
      env: { ANNALS_BROWSER: '/bin/false' },
    });
    expect(result).toEqual({
      opened: false,
      reason: 'there is no graphical display here (neither DISPLAY nor WAYLAND_DISPLAY is set)',
    });
    expect(said.join('')).toBe(
      'annals: no browser window could be opened: there is no graphical display here (neither DISPLAY nor WAYLAND_DISPLAY is set).\n' +
        `annals: open this address in your browser: ${address}\n`,
    );
  });

  onLinux('says so when the browser gives up at once, as one does that cannot show a window', async () => {
    const env = { DISPLAY: ':99', ANNALS_BROWSER: '/bin/false', XDG_CACHE_HOME: temp.dir };
    const result = await openWindowOrSayWhere(address, write, { env });
    expect(result).toEqual({ opened: false, reason: 'false closed at once (exit code 1)' });
    expect(said.join('')).toContain(`open this address in your browser: ${address}`);
  });

  onLinux('counts a browser that hands the address to one already running as a window opened', async () => {
    const env = { DISPLAY: ':99', ANNALS_BROWSER: '/bin/true', XDG_CACHE_HOME: temp.dir };
    expect(await openWindowOrSayWhere(address, write, { env })).toEqual({ opened: true });
    expect(said).toEqual([]);
  });
});

describe('the desktop runtime’s first install', () => {
  it('says plainly why it failed, and shows no download clock for a download that never began', async () => {
    const electronDir = join(temp.dir, 'electron');
    await mkdir(electronDir);
    // What electron's installer prints when the network is out: a stack that only says "fetch failed".
    await writeFile(
      join(electronDir, 'install.js'),
      "console.error('TypeError: fetch failed\\n    at node:internal/deps/undici/undici:14976:13');\nprocess.exit(1);\n",
    );
    const port = await closedPort();
    const clock: string[] = [];
    const result = await installElectron(electronDir, {
      stderr: { isTTY: true, write: (text: string) => clock.push(text) },
      env: { ...process.env, ELECTRON_MIRROR: `http://127.0.0.1:${port}/` },
    });
    expect(result).toEqual({
      ok: false,
      reason: `127.0.0.1:${port} cannot be reached, so its runtime (Electron) cannot be downloaded (no network connection?)`,
    });
    expect(clock).toEqual([]);
  });

  it('names the failure from the installer’s own words where they say it', async () => {
    const noProbe = () => Promise.reject(new Error('the installer said enough'));
    expect(await explainInstallFailure('Error: getaddrinfo ENOTFOUND github.com', 'github.com', noProbe)).toBe(
      'github.com cannot be found, so its runtime (Electron) cannot be downloaded (no network connection?)',
    );
    expect(await explainInstallFailure('Error: ENOSPC: no space left on device, write', 'github.com', noProbe)).toBe(
      'the disk is full, so its runtime (Electron) cannot be downloaded',
    );
    expect(
      await explainInstallFailure('Error: Generated checksum for "x.zip" did not match', 'github.com', noProbe),
    ).toBe('its runtime (Electron) was downloaded damaged (wrong checksum)');
  });

  it('says the electron package is missing when there is no installer to run', async () => {
    expect(await installElectron(join(temp.dir, 'nowhere'))).toEqual({
      ok: false,
      reason: 'the electron package is missing (run npm install)',
    });
  });
});
