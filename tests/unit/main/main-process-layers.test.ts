import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const mainDir = fileURLToPath(new URL('../../../electron/main/', import.meta.url));
const preload = fileURLToPath(new URL('../../../electron/preload/preload.ts', import.meta.url));

/** The glue that may touch Electron; every other module of main is a plain, tested decision. */
const glue = ['main.ts', 'guards.ts', 'protocols.ts', 'menu.ts'];

const importsElectron = (source: string) =>
  /from\s+['"]electron(?:-store)?['"]|require\(\s*['"]electron['"]\s*\)/.test(source);

describe('the main process', () => {
  const files = readdirSync(mainDir).filter((name) => name.endsWith('.ts'));

  it('keeps Electron in its glue files only, so every decision runs under plain Node', () => {
    const decisions = files.filter((name) => !glue.includes(name));
    expect(decisions.length).toBeGreaterThanOrEqual(10);
    const offenders = decisions.filter((name) => importsElectron(readFileSync(join(mainDir, name), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('gives the preload nothing but the bridge: no Node modules, no raw ipcRenderer on window', () => {
    const source = readFileSync(preload, 'utf8');
    expect(source).not.toMatch(/from\s+['"]node:/);
    expect(source).toMatch(/exposeInMainWorld\('annals'/);
    expect(source).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
  });
});
