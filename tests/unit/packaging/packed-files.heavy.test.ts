// What `npm run dist` puts in the app: electron-builder run for real (its `dir` target, which stops
// before any installer), offline, on a stand-in for the Electron binary it would otherwise download.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AfterPackContext, build, type Configuration, Platform } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build as buildApp } from '../../../electron/launch/build.mjs';
import { tempDir } from '../helpers/library.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const require = createRequire(import.meta.url);
// Both come with electron-builder: js-yaml reads its config, @electron/asar writes the archive.
const yaml = require('js-yaml') as { load(text: string): unknown };
const asar = require('@electron/asar') as {
  listPackage(archive: string, options: object): string[];
  statFile(archive: string, file: string, followLinks?: boolean): { size?: number; unpacked?: boolean };
};
// The deb target's own check of package.json (it refuses to build without a homepage and a maintainer's e-mail).
const { default: FpmTarget } = require('app-builder-lib/out/targets/FpmTarget') as {
  default: new (
    name: string,
    packager: unknown,
    helper: unknown,
    outDir: string,
  ) => { checkOptions(): Promise<{ maintainer: string; url: string }> };
};
const { LinuxTargetHelper } = require('app-builder-lib/out/targets/LinuxTargetHelper') as {
  LinuxTargetHelper: new (packager: unknown) => unknown;
};

const MB = 1024 * 1024;

let work: { dir: string; cleanup: () => Promise<void> };
let archive = '';
let files: { path: string; size: number }[] = [];
let debMeta: { maintainer: string; url: string } | null = null;

beforeAll(async () => {
  await buildApp({ quiet: true });
  work = await tempDir('annals-dist-');
  // Only its name and place matter to the dir target: nothing runs it.
  const electronDist = join(work.dir, 'electron-dist');
  await mkdir(electronDist);
  await writeFile(join(electronDist, 'electron'), '#!/bin/sh\n');
  await chmod(join(electronDist, 'electron'), 0o755);

  const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Configuration;
  const electronVersion = (require('electron/package.json') as { version: string }).version;
  await build({
    projectDir: root,
    targets: Platform.LINUX.createTarget('dir'),
    publish: 'never',
    config: {
      ...config,
      electronDist,
      electronVersion,
      directories: { output: join(work.dir, 'release') },
      // Fuses are wires inside the real Electron binary; electron-builder-config.test.ts checks them.
      electronFuses: null,
      afterPack: async (context: AfterPackContext) => {
        const helper = new LinuxTargetHelper(context.packager);
        debMeta = await new FpmTarget('deb', context.packager, helper, context.outDir).checkOptions();
      },
    },
  });

  archive = join(work.dir, 'release', 'linux-unpacked', 'resources', 'app.asar');
  files = asar
    .listPackage(archive, {})
    .map((path) => ({ path: path.replaceAll('\\', '/'), size: asar.statFile(archive, path.slice(1), false).size ?? 0 }))
    .filter(({ size }) => size > 0);
}, 300_000);

afterAll(() => work?.cleanup());

const packageOf = (path: string) => {
  const parts = path.split('/').slice(2);
  return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
};

describe('the packed app', () => {
  it('holds the built app, its package.json and the sample library, and no source or source maps', () => {
    const paths = new Set(files.map(({ path }) => path));
    for (const path of [
      '/package.json',
      '/dist/main/main.cjs',
      '/dist/main/preload.cjs',
      // The worker threads' modules: without them, a restore and the timeline's reading hold the app's own thread.
      '/dist/main/stored-html-worker.cjs',
      '/dist/main/timeline-worker.cjs',
      '/dist/renderer/index.html',
      // The licences of what the bundles hold, which About Annals shows (electron/launch/third-party-notices.mjs).
      '/dist/renderer/third-party-notices.json',
    ]) {
      expect(paths.has(path), path).toBe(true);
    }
    expect(files.some(({ path }) => path.startsWith('/assets/sample/'))).toBe(true);
    expect(files.filter(({ path }) => path.endsWith('.map') || path.endsWith('.ts') || path.endsWith('.tsx'))).toEqual(
      [],
    );
    expect(files.filter(({ path }) => /^\/(electron|renderer|tests)\//.test(path))).toEqual([]);
  });

  it('ships under 40 MB of node_modules, none of it a build tool, the UI’s packages or a native binary', () => {
    const shipped = files.filter(({ path }) => path.startsWith('/node_modules/'));
    const bytes = shipped.reduce((total, { size }) => total + size, 0);
    const unpacked = join(work.dir, 'release', 'linux-unpacked', 'resources', 'app.asar.unpacked');
    expect(existsSync(unpacked)).toBe(false);
    expect(bytes, `${(bytes / MB).toFixed(1)} MB`).toBeLessThan(40 * MB);
    const packages = new Set(shipped.map(({ path }) => packageOf(path)));
    for (const name of [
      'react',
      'react-dom',
      'tsx',
      'esbuild',
      'vite',
      'typescript',
      'electron',
      'zod',
      'compromise',
    ]) {
      expect(packages.has(name), name).toBe(false);
    }
    expect([...packages].filter((name) => name?.startsWith('@esbuild/'))).toEqual([]);
    expect(shipped.filter(({ path }) => path.endsWith('.node'))).toEqual([]);
  });

  it('has every package that main.cjs still loads from node_modules', () => {
    const main = readFileSync(join(root, 'dist', 'main', 'main.cjs'), 'utf8');
    const required = new Set([...main.matchAll(/require\("([^".][^"]*)"\)/g)].map((match) => match[1]!));
    // Electron's own modules, Node's, and what the bundle only tries inside a try (canvas for linkedom)
    // or names in generated code (ajv's runtime helpers, in strings it compiles).
    const external = [...required].filter(
      (name) =>
        name !== 'electron' &&
        !name.startsWith('node:') &&
        !['stream', 'module', 'canvas'].includes(name) &&
        !name.startsWith('ajv'),
    );
    expect(external.sort()).toEqual(['jsdom']);
    const packages = new Set(files.map(({ path }) => (path.startsWith('/node_modules/') ? packageOf(path) : null)));
    for (const name of external) expect(packages.has(name), name).toBe(true);
    // …and with every package jsdom itself needs at run time.
    const jsdom = require('jsdom/package.json') as { dependencies: Record<string, string> };
    for (const name of Object.keys(jsdom.dependencies)) expect(packages.has(name), name).toBe(true);
  });

  it('would build a deb: the maintainer and the homepage come from package.json', () => {
    expect(debMeta).toEqual(
      expect.objectContaining({
        maintainer: expect.stringMatching(/^Annals developers <.+@.+>$/),
        url: expect.any(String),
      }),
    );
    expect(statSync(archive).size).toBeGreaterThan(0);
  });
});
