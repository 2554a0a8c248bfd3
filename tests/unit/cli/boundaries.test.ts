import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const cliDir = join(root, 'electron/cli');

/** The doors into the core a shell may use: opening it (and its default folder), or its page tools. */
const coreEntries = [
  'electron/core/index.ts',
  'electron/core/home.ts',
  'electron/core/paths.ts',
  'electron/core/pages/index.ts',
];

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/(?:from\s*|import\s*\(\s*)['"]([^'"]+)['"]/g)].map((match) => match[1]!);
}

describe('the command line goes through the contract', () => {
  it('reaches the core only through its entry points, never its modules', () => {
    const files = readdirSync(cliDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(ts|mjs)$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name));
    expect(files.length).toBeGreaterThan(10);
    const intoCore = files.flatMap((file) =>
      importsOf(file)
        .filter((specifier) => specifier.startsWith('.'))
        .map((specifier) => relative(root, resolve(file, '..', specifier)))
        .filter((target) => target.startsWith('electron/core/'))
        .map((target) => ({ file: relative(root, file), target })),
    );
    expect(intoCore.length).toBeGreaterThan(0);
    expect(intoCore.filter(({ target }) => !coreEntries.includes(target))).toEqual([]);
  });
});
