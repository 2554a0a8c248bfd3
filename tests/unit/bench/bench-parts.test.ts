import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BENCH_PARTS, benchPartsChosen } from '../../bench/bench-parts.ts';

const runScript = fileURLToPath(new URL('../../bench/run.ts', import.meta.url));
const chosenOf = (argv: string[]) => BENCH_PARTS.filter(benchPartsChosen(argv));

describe('npm run bench -- --only', () => {
  it('runs every part when none is named', () => {
    expect(chosenOf([])).toEqual([...BENCH_PARTS]);
    expect(chosenOf(['--json', '--large'])).toEqual([...BENCH_PARTS]);
  });

  it('runs only the parts named, however they are written', () => {
    expect(chosenOf(['--only', 'backup', '--large'])).toEqual(['backup']);
    expect(chosenOf(['--only=search,backup'])).toEqual(['search', 'backup']);
    expect(chosenOf(['--only', 'timeline-load', '--json', '--only', 'extract'])).toEqual(['extract', 'timeline-load']);
  });

  it('names in the README every part there is, in the order they run', () => {
    // The README's list had fallen behind by three parts: a reader could not learn they existed.
    const readme = readFileSync(fileURLToPath(new URL('../../../README.md', import.meta.url)), 'utf8').replace(
      /\s+/g,
      ' ',
    );
    const list = /the parts are ([a-z-, ]+?)\./.exec(readme)?.[1];
    expect(list?.split(/,? and |, /)).toEqual([...BENCH_PARTS]);
  });

  it('refuses a part it does not know, naming the parts there are', () => {
    expect(() => benchPartsChosen(['--only', 'backups'])).toThrow(
      /no bench part named backups: the parts are .*backup/,
    );
    expect(() => benchPartsChosen(['--only'])).toThrow(/--only needs a part/);
    expect(() => benchPartsChosen(['--only', '--large'])).toThrow(/--only needs a part/);
  });

  it('the bench itself stops before measuring anything when a part is misspelt', async () => {
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', runScript, '--only', 'restore']);
    const failed = await run.then(
      () => null,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toContain('no bench part named restore: the parts are extract, library');
    expect(failed?.stdout).toBe('');
    // Starting tsx takes a second or two, more on a busy machine.
  }, 90_000);
});
