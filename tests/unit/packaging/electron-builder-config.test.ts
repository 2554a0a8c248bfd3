import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const require = createRequire(import.meta.url);
// js-yaml comes with electron-builder (which reads this file with it); it has no types of its own.
const yaml = require('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { output: string };
  files: string[];
  asar: boolean;
  icon: string;
  linux: { target: string[]; category: string; icon: string };
  deb: { packageCategory: string };
  win: { target: string[]; icon: string };
  nsis: { installerIcon: string; uninstallerIcon: string; oneClick: boolean; deleteAppDataOnUninstall: boolean };
  mac: { target: string[]; category: string; icon: string };
  dmg: { icon: string; contents: { type: string; path?: string }[] };
  electronFuses: Record<string, boolean>;
}

const config = yaml.load(readFileSync(`${root}electron-builder.yml`, 'utf8')) as BuilderConfig;
const packageJson = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
  main: string;
  productName: string;
  homepage?: string;
  author?: { name?: string; email?: string } | string;
};

describe('electron-builder.yml', () => {
  it('is valid against the schema of the installed electron-builder (checked offline)', () => {
    const schema = JSON.parse(readFileSync(`${root}node_modules/app-builder-lib/scheme.json`, 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('names the app as the rest of Annals does', () => {
    expect(config.appId).toBe('app.annals.desktop');
    expect(config.productName).toBe('Annals');
    expect(config.productName).toBe(packageJson.productName);
  });

  it('packs the built app, whose entry is package.json main, into an asar archive', () => {
    expect(config.asar).toBe(true);
    expect(config.directories.output).toBe('release');
    expect(config.files).toEqual(expect.arrayContaining(['dist/**', 'package.json']));
    expect(packageJson.main.startsWith('dist/')).toBe(true);
  });

  it('builds an AppImage and a deb for Linux, an installer for Windows and a dmg for macOS, filed under news', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category.split(';')).toEqual(expect.arrayContaining(['Network', 'News']));
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.mac.category).toBe('public.app-category.news');
  });

  it('uses the Annals icon, which exists at 512 and 256 pixels', () => {
    for (const icon of [config.icon, config.linux.icon]) expect(icon).toBe('assets/icons/icon.png');
    expect(pngSize(`${root}assets/icons/icon.png`)).toEqual([512, 512]);
    expect(pngSize(`${root}assets/icons/icon-256.png`)).toEqual([256, 256]);
  });

  it('gives Windows and its installer an .ico holding the icon from 16 to 256 pixels', () => {
    for (const icon of [config.win.icon, config.nsis.installerIcon, config.nsis.uninstallerIcon]) {
      expect(icon).toBe('assets/icons/icon.ico');
    }
    const images = icoImages(readFileSync(`${root}${config.win.icon}`));
    expect(images.map(({ size }) => size)).toEqual([16, 32, 48, 64, 128, 256]);
    for (const { size, png } of images) expect(pngSize(png)).toEqual([size, size]);
    // The largest is the drawn icon itself, not a copy made smaller or larger.
    expect(images.at(-1)!.png.equals(readFileSync(`${root}assets/icons/icon-256.png`))).toBe(true);
    // An installer that asks where to install and leaves the reader's library in place on removal.
    expect(config.nsis.oneClick).toBe(false);
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
  });

  it('gives macOS and its disk image an .icns holding the icon from 16 to 512 pixels', () => {
    expect(config.mac.icon).toBe('assets/icons/icon.icns');
    expect(config.dmg.icon).toBe('assets/icons/icon.icns');
    const elements = icnsElements(readFileSync(`${root}${config.mac.icon}`));
    const expected: Record<string, number> = {
      icp4: 16,
      icp5: 32,
      ic11: 32,
      icp6: 64,
      ic12: 64,
      ic07: 128,
      ic08: 256,
      ic13: 256,
      ic09: 512,
    };
    for (const [type, size] of Object.entries(expected)) {
      expect(elements.get(type), type).toBeDefined();
      expect(pngSize(elements.get(type)!), type).toEqual([size, size]);
    }
    expect(elements.get('ic09')!.equals(readFileSync(`${root}assets/icons/icon.png`))).toBe(true);
    // The disk image shows the app beside a link to Applications, to drag it there.
    expect(config.dmg.contents.map(({ type, path }) => [type, path])).toEqual([
      ['file', undefined],
      ['link', '/Applications'],
    ]);
  });

  it('names what the deb needs: a homepage and a maintainer with an e-mail', () => {
    expect(URL.canParse(packageJson.homepage ?? '')).toBe(true);
    expect(typeof packageJson.author === 'object' && packageJson.author.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
  });

  it('flips the fuses that keep the shipped binary from running other code', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});

function pngSize(file: string | Buffer): [number, number] {
  const bytes = typeof file === 'string' ? readFileSync(file) : file;
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** The images of an .ico file (each a PNG here), with the size its directory gives. */
function icoImages(bytes: Buffer): { size: number; png: Buffer }[] {
  expect(bytes.readUInt16LE(0)).toBe(0);
  expect(bytes.readUInt16LE(2)).toBe(1);
  return Array.from({ length: bytes.readUInt16LE(4) }, (_, index) => {
    const entry = 6 + 16 * index;
    const length = bytes.readUInt32LE(entry + 8);
    const offset = bytes.readUInt32LE(entry + 12);
    return { size: bytes[entry] || 256, png: bytes.subarray(offset, offset + length) };
  });
}

/** The typed elements of an .icns file, whose lengths must add up to the file's. */
function icnsElements(bytes: Buffer): Map<string, Buffer> {
  expect(bytes.toString('latin1', 0, 4)).toBe('icns');
  expect(bytes.readUInt32BE(4)).toBe(bytes.length);
  const elements = new Map<string, Buffer>();
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at + 4);
    elements.set(bytes.toString('latin1', at, at + 4), bytes.subarray(at + 8, at + length));
    at += length;
  }
  return elements;
}
