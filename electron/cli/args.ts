import { UsageError } from './errors.ts';

export type OptionKind = 'string' | 'boolean';
export type OptionSpec = Readonly<Record<string, OptionKind>>;
export type OptionValues<S extends OptionSpec> = {
  [K in keyof S]?: S[K] extends 'string' ? string : S[K] extends 'boolean' ? boolean : string | boolean;
};

/** Options every command takes; they may also come before the command's name. */
export const globalOptions = { library: 'string', json: 'boolean', help: 'boolean' } as const satisfies OptionSpec;
export type GlobalOptions = OptionValues<typeof globalOptions>;

export interface ParsedArgs<S extends OptionSpec> {
  positionals: string[];
  options: OptionValues<S>;
}

/**
 * Reads `--name value`, `--name=value`, `--flag`, `-h` and `--` (the rest are inputs). Any other word
 * starting with a single dash is an input, so a search can exclude words (`-ferry`, `-tag:done`); a
 * string option takes the next word whatever it starts with (`--note "- a thought"`).
 */
export function parseArgv<S extends OptionSpec>(argv: readonly string[], spec: S, command?: string): ParsedArgs<S> {
  const positionals: string[] = [];
  const options: Record<string, string | boolean> = {};
  for (let index = 0; index < argv.length; index++) {
    const word = argv[index]!;
    if (word === '--') {
      positionals.push(...argv.slice(index + 1));
      break;
    }
    if (word === '-h') {
      options.help = true;
      continue;
    }
    if (!word.startsWith('--')) {
      positionals.push(word);
      continue;
    }
    const equals = word.indexOf('=');
    const name = word.slice(2, equals === -1 ? undefined : equals);
    const kind = Object.hasOwn(spec, name) ? spec[name] : undefined;
    if (!kind) {
      throw new UsageError(`unknown option --${name}${command ? ` for ${command}` : ''} (try annals --help)`);
    }
    if (kind === 'boolean') {
      if (equals !== -1) throw new UsageError(`--${name} takes no value`);
      options[name] = true;
    } else if (equals !== -1) {
      options[name] = word.slice(equals + 1);
    } else {
      const value = argv[index + 1];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      options[name] = value;
      index++;
    }
  }
  return { positionals, options: options as OptionValues<S> };
}

/** The global options written before the command, the command's name, and the words after it. */
export function splitCommand(argv: readonly string[]): { name: string; globals: GlobalOptions; rest: string[] } {
  let index = 0;
  const before: string[] = [];
  while (index < argv.length && argv[index]!.startsWith('-') && argv[index] !== '--') {
    const word = argv[index]!;
    before.push(word);
    index++;
    if (word === '--library' && index < argv.length) before.push(argv[index++]!);
  }
  const { options } = parseArgv(before, globalOptions);
  if (argv[index] === '--') index++;
  return { name: argv[index] ?? '', globals: options, rest: argv.slice(index + 1) };
}

/** A whole number within bounds, from an option's text. */
export function integerOption(value: string | undefined, option: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(number) || number < min || number > max) {
    throw new UsageError(`--${option} must be a number from ${min} to ${max}, not “${value}”`);
  }
  return number;
}

/** A calendar day written YYYY-MM-DD. */
export function dayOption(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`--${option} must be a date written YYYY-MM-DD, not “${value}”`);
  }
  return value;
}
