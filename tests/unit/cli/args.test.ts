import { describe, expect, it } from 'vitest';
import { parseArgv, splitCommand } from '../../../electron/cli/args.ts';
import { UsageError } from '../../../electron/cli/errors.ts';

const spec = { json: 'boolean', note: 'string', limit: 'string' } as const;

describe('reading the command line', () => {
  it('passes words that start with a single dash on as inputs, so a search can exclude them', () => {
    expect(parseArgv(['flood', '-ferry', '-tag:done', '--json'], spec)).toEqual({
      positionals: ['flood', '-ferry', '-tag:done'],
      options: { json: true },
    });
  });

  it('gives a text option the next word whatever it starts with, or the part after =', () => {
    expect(parseArgv(['--note', '- a thought', '--limit=5'], spec).options).toEqual({
      note: '- a thought',
      limit: '5',
    });
  });

  it('takes every word after -- as an input', () => {
    expect(parseArgv(['--', '--json', 'x'], spec)).toEqual({ positionals: ['--json', 'x'], options: {} });
  });

  it('names an unknown option, a missing value and a value given to a switch', () => {
    expect(() => parseArgv(['--colour'], spec, 'list')).toThrow(
      new UsageError('unknown option --colour for list (try annals --help)'),
    );
    expect(() => parseArgv(['--note'], spec)).toThrow('--note needs a value');
    expect(() => parseArgv(['--json=yes'], spec)).toThrow('--json takes no value');
  });

  it('finds the command after the global options', () => {
    expect(splitCommand(['--library', 'lib', '--json', 'list', '--text'])).toEqual({
      name: 'list',
      globals: { library: 'lib', json: true },
      rest: ['--text'],
    });
  });
});
