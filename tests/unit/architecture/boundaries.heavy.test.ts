// The runtime boundaries are kept by the build, not by habit: a copy of the real sources passes
// typecheck and lint, and the same copy with one crossing import per boundary fails, naming the file.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
/** What the checks read: the shared configs, the projects under test and the sources they may not reach. */
const copied = [
  'package.json',
  'tsconfig.json',
  '.biome.json',
  'electron/contract',
  'electron/core',
  'electron/server',
  'renderer/tsconfig.json',
  'renderer/src',
];

interface Outcome {
  code: number | null;
  output: string;
}

function run(script: string, args: string[], cwd: string): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, script), ...args], { cwd });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

const typecheck = (dir: string) =>
  run('node_modules/typescript/bin/tsc', ['-b', '--pretty', 'false', 'renderer', 'electron/core'], dir);
const lint = (dir: string) =>
  run('node_modules/@biomejs/biome/bin/biome', ['lint', '--reporter=github', '--colors=off', '.'], dir);

/**
 * A copy of the sources with node_modules linked package by package, so the copy's build output
 * (node_modules/.cache) stays inside the copy.
 */
function copySources(): string {
  const dir = mkdtempSync(join(tmpdir(), 'annals-boundaries-'));
  for (const path of copied) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    cpSync(join(root, path), join(dir, path), { recursive: true });
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry === '.cache') continue;
    symlinkSync(join(root, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return dir;
}

const violations: Record<string, string> = {
  'renderer/src/reads-disk.ts': "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
  'renderer/src/opens-core.ts':
    "import { openCore } from '../../electron/core/index.ts';\nexport const open = openCore;\n",
  'electron/core/uses-electron.ts': "import { app } from 'electron';\nexport const desktop = app;\n",
  'electron/core/starts-server.ts':
    "import { browserModeCsp } from '../server/index.ts';\nexport const csp = browserModeCsp;\n",
  'electron/core/cycle-first.ts': "import { second } from './cycle-second.ts';\nexport const first = () => second();\n",
  'electron/core/cycle-second.ts': "import { first } from './cycle-first.ts';\nexport const second = () => first();\n",
  'electron/core/timeline/language/reads-merging.ts':
    "import { mergeEvents } from '../merging/merge-events.ts';\nexport const merge = mergeEvents;\n",
};

/** The lint diagnostics (file relative to the copy, and rule) from Biome's GitHub reporter's `::error` lines. */
function lintErrors(output: string, dir: string): string[] {
  return [...output.matchAll(/^::error title=([^,]+),file=([^,]+),/gm)].map(
    (match) => `${relative(dir, resolve(dir, match[2]!))} ${match[1]}`,
  );
}

/** The TypeScript errors (file and code) the build reported. */
function typeErrors(output: string): string[] {
  return [...output.matchAll(/^(\S+?)\(\d+,\d+\): error (TS\d+)/gm)].map((match) => `${match[1]} ${match[2]}`);
}

describe('the build keeps each runtime inside its boundary', () => {
  let dir: string;
  const clean: { typecheck?: Outcome; lint?: Outcome } = {};
  const crossed: { typecheck?: Outcome; lint?: Outcome } = {};

  beforeAll(async () => {
    dir = copySources();
    [clean.typecheck, clean.lint] = await Promise.all([typecheck(dir), lint(dir)]);
    for (const [file, text] of Object.entries(violations)) writeFileSync(join(dir, file), text);
    [crossed.typecheck, crossed.lint] = await Promise.all([typecheck(dir), lint(dir)]);
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('passes typecheck and lint on an untouched copy of the contract, core, server and renderer', () => {
    expect(typeErrors(clean.typecheck!.output)).toEqual([]);
    expect(clean.typecheck!.code).toBe(0);
    expect(lintErrors(clean.lint!.output, dir)).toEqual([]);
    expect(clean.lint!.code).toBe(0);
  });

  it('fails both checks when the copy crosses a boundary', () => {
    expect(crossed.typecheck!.code).not.toBe(0);
    expect(crossed.lint!.code).not.toBe(0);
  });

  it('rejects a renderer file that reads the disk through node:fs', () => {
    expect(lintErrors(crossed.lint!.output, dir)).toContain(
      'renderer/src/reads-disk.ts lint/style/noRestrictedImports',
    );
    // Typecheck alone would not say so here: the renderer file that imports the core pulls Node's types in.
  });

  it('rejects a renderer file that imports the core', () => {
    expect(lintErrors(crossed.lint!.output, dir)).toContain(
      'renderer/src/opens-core.ts lint/style/noRestrictedImports',
    );
    expect(typeErrors(crossed.typecheck!.output)).toContain('renderer/src/opens-core.ts TS6307');
  });

  it('rejects a core file that imports electron', () => {
    expect(lintErrors(crossed.lint!.output, dir)).toContain(
      'electron/core/uses-electron.ts lint/style/noRestrictedImports',
    );
  });

  it('rejects a core file that imports the server', () => {
    expect(lintErrors(crossed.lint!.output, dir)).toContain(
      'electron/core/starts-server.ts lint/style/noRestrictedImports',
    );
    expect(typeErrors(crossed.typecheck!.output)).toContain('electron/core/starts-server.ts TS6307');
  });

  it('rejects two files that import each other', () => {
    const errors = lintErrors(crossed.lint!.output, dir);
    expect(errors).toContain('electron/core/cycle-first.ts lint/suspicious/noImportCycles');
    expect(errors).toContain('electron/core/cycle-second.ts lint/suspicious/noImportCycles');
  });

  it('rejects a timeline language file that imports merging', () => {
    expect(lintErrors(crossed.lint!.output, dir)).toContain(
      'electron/core/timeline/language/reads-merging.ts lint/style/noRestrictedImports',
    );
  });
});
