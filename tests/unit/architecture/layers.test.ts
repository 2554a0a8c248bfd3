import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mts)$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** Every module specifier a file imports, statically or dynamically. */
function importsOf(file: string): string[] {
  const source = readFileSync(join(root, file), 'utf8');
  const specifiers = new Set<string>();
  for (const match of source.matchAll(
    /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm,
  )) {
    specifiers.add((match[1] ?? match[2] ?? match[3])!);
  }
  return [...specifiers];
}

const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const isNodeBuiltin = (specifier: string) => nodeBuiltins.has(specifier) || specifier.startsWith('node:');

function violations(dir: string, isForbidden: (specifier: string, file: string) => boolean): string[] {
  return sourceFiles(dir).flatMap((file) =>
    importsOf(file)
      .filter((specifier) => isForbidden(specifier, file))
      .map((specifier) => `${file} imports ${specifier}`),
  );
}

describe('the runtime of every file is unmistakable', () => {
  it('keeps electron out of the core', () => {
    expect(sourceFiles('electron/core').length).toBeGreaterThan(10);
    expect(
      violations('electron/core', (s) => s === 'electron' || s.startsWith('electron/') || /\/(main|preload)\//.test(s)),
    ).toEqual([]);
  });

  it('keeps Node and Electron out of the contract, which imports only zod', () => {
    expect(violations('electron/contract', (s) => !(s === 'zod' || s.startsWith('./')))).toEqual([]);
  });

  it('keeps Node, Electron and the core out of the renderer', () => {
    expect(sourceFiles('renderer/src').length).toBeGreaterThan(5);
    expect(
      violations(
        'renderer/src',
        (s) => isNodeBuiltin(s) || s === 'electron' || /electron\/(core|main|preload|server|cli)\//.test(s),
      ),
    ).toEqual([]);
  });

  it('lets only the main process glue import electron', () => {
    const outside = ['electron/server', 'electron/cli'].flatMap((dir) => violations(dir, (s) => s === 'electron'));
    expect(outside).toEqual([]);
  });
});
