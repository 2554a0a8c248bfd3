// The desktop app itself, driven through Playwright's Electron support. Runs wherever the Electron
// runtime is installed; elsewhere every test is skipped with the reason said plainly.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ElectronApplication, _electron as electron, expect, type Page, test } from '@playwright/test';
import { AnnalsPage } from './support/annals-page.ts';
import { FixtureServer } from './support/fixture-server.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const electronDir = path.join(root, 'node_modules', 'electron');

/** Why the Electron app cannot run on this machine, or null when it can. */
function electronRuntimeProblem(): string | null {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return 'node_modules/electron/path.txt is missing (the Electron binary was never downloaded; run `node node_modules/electron/install.js` with network access)';
  }
  const binary = electronBinary();
  if (!existsSync(binary)) return `the Electron binary ${path.relative(root, binary)} is missing`;
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'no display to open a window on (run the tests under xvfb-run)';
  }
  if (!existsSync(path.join(root, 'dist', 'main', 'main.cjs'))) return 'the app is not built (run `npm run build`)';
  return null;
}

function electronBinary(): string {
  return path.join(electronDir, 'dist', readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim());
}

function electronRuntimeAvailable(): boolean {
  return electronRuntimeProblem() === null;
}

const problem = electronRuntimeProblem();
const skipReason = `Electron runtime not installed on this machine: ${problem}`;
// Reporters such as `list` do not show skip reasons: say it once, from the runner (not each worker).
if (problem !== null && process.env.TEST_WORKER_INDEX === undefined)
  console.log(`electron.spec.ts skipped. ${skipReason}`);
test.skip(!electronRuntimeAvailable(), skipReason);

/** The preload's bridge, as the renderer sees it. */
type Bridge = { invoke(method: string, input: unknown): Promise<unknown> };
const CSP =
  "default-src 'self'; img-src 'self' annals-asset: data:; style-src 'self' 'unsafe-inline'; frame-src 'self' about:; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; connect-src 'self'";

let libraryDir: string;
let app: ElectronApplication;
let page: Page;

test.beforeEach(async () => {
  libraryDir = mkdtempSync(path.join(os.tmpdir(), 'annals-electron-'));
  app = await electron.launch({
    executablePath: electronBinary(),
    // Chromium will not start as root with its sandbox on (containers); anywhere else it stays on.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), 'dist/main/main.cjs'],
    cwd: root,
    env: electronEnv({ ANNALS_LIBRARY: libraryDir, ANNALS_ALLOW_PRIVATE_NETWORK: '1', ANNALS_DEVICE_ID: 'e2etests' }),
  });
  page = await app.firstWindow();
});

/** Our environment plus `extra`, without the switch that would make Electron a plain Node. */
function electronEnv(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && name !== 'ELECTRON_RUN_AS_NODE') env[name] = value;
  }
  return { ...env, ...extra };
}

test.afterEach(async () => {
  await app?.close();
  rmSync(libraryDir, { recursive: true, force: true });
});

test('opens the library in its window, served from app://annals/', async () => {
  await expect(
    page
      .getByRole('heading', { name: /annals/i })
      .or(page.getByRole('list'))
      .first(),
  ).toBeVisible();
  expect(page.url()).toMatch(/^app:\/\/annals\//);
  await page.screenshot({ path: test.info().outputPath('electron-library.png') });
});

test('gives the page only invoke and onEvent, and no Node', async () => {
  const exposed = await page.evaluate(() => ({
    bridge: Object.keys((window as unknown as { annals: object }).annals).sort(),
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
  }));
  expect(exposed).toEqual({ bridge: ['invoke', 'onEvent'], require: 'undefined', process: 'undefined' });
});

test('answers calls from the page through the core, on the library it was given', async () => {
  const info = await page.evaluate(() => (window as unknown as { annals: Bridge }).annals.invoke('app.info', {}));
  expect(info).toMatchObject({ ok: true, value: { shell: 'electron', libraryPath: libraryDir } });
});

test('serves the UI with the strict Content-Security-Policy', async () => {
  const policy = await page.evaluate(async () =>
    (await fetch('app://annals/index.html')).headers.get('content-security-policy'),
  );
  expect(policy).toBe(CSP);
});

test('stays on its page when something tries to navigate away or open a window', async () => {
  await page.evaluate(() => {
    window.location.href = 'file:///etc/hosts';
  });
  const opened = await page.evaluate(() => window.open('about:blank') === null);
  expect(opened).toBe(true);
  expect(page.url()).toMatch(/^app:\/\/annals\//);
  expect(app.windows()).toHaveLength(1);
});

test('the reader journey: save by address, read with the image, theme, archive and undo, keys', async () => {
  const web = new FixtureServer();
  await web.start();
  try {
    const annals = new AnnalsPage(page);
    await expect(page.getByRole('heading', { name: 'Welcome to Annals' })).toBeVisible();
    await annals.saveUrl(web.url('seed-article.html'));
    await annals.open(/Kremlin Confirms/);
    await expect(annals.reader).toContainText('Staff Reporter');
    await expect(annals.articleText.getByText(/ready for serious work/)).toBeVisible();
    await expect.poll(() => annals.articleImagesLoaded()).toBe(true);
    await page.screenshot({ path: test.info().outputPath('electron-reader.png') });

    await annals.reader.getByRole('button', { name: 'Appearance' }).click();
    await page.getByRole('radio', { name: 'Dark' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    // Offline: the image comes from the library, not from the fixture server.
    await web.stop();
    await annals.backToList();
    await annals.open(/Kremlin Confirms/);
    await expect.poll(() => annals.articleImagesLoaded()).toBe(true);
    await page.keyboard.press('Escape');

    await annals.list.focus();
    await page.keyboard.press('j');
    await page.keyboard.press('a');
    await expect(annals.article(/Kremlin Confirms/)).toHaveCount(0);
    await page.keyboard.press('u');
    await expect(annals.article(/Kremlin Confirms/)).toBeVisible();
  } finally {
    await web.stop();
  }
});
