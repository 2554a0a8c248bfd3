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
  mac: { target: string[]; category: string; icon: string };
  electronFuses: Record<string, boolean>;
}

const config = yaml.load(readFileSync(`${root}electron-builder.yml`, 'utf8')) as BuilderConfig;
const packageJson = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { main: string; productName: string };

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
    for (const icon of [config.icon, config.linux.icon, config.win.icon, config.mac.icon]) {
      expect(icon).toBe('assets/icons/icon.png');
    }
    expect(pngSize(`${root}assets/icons/icon.png`)).toEqual([512, 512]);
    expect(pngSize(`${root}assets/icons/icon-256.png`)).toEqual([256, 256]);
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

function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}
