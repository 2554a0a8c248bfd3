// What every command is handed: its inputs and options, where to write, and how to reach the core.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { GlobalOptions, OptionSpec, OptionValues } from './args.ts';
import { type Call, callOver } from './call.ts';
import { CliError, UsageError } from './errors.ts';
import type { CliIo } from './io.ts';
import { type Access, type LibrarySession, libraryDir, openCoreFor, sessionOf } from './open-library.ts';

export class CommandContext<S extends OptionSpec = OptionSpec> {
  constructor(
    readonly name: string,
    readonly inputs: string[],
    readonly options: OptionValues<S> & GlobalOptions,
    readonly io: CliIo,
  ) {}

  get json(): boolean {
    return this.options.json === true;
  }

  write(text: string): void {
    this.io.stdout(text);
  }

  /** One result: a JSON line with --json, else the reader's line. */
  print(value: unknown, human: () => string): void {
    this.io.stdout(this.json ? `${JSON.stringify(value)}\n` : `${human()}\n`);
  }

  warn(text: string): void {
    this.io.stderr(`annals: ${text}\n`);
  }

  /** A path from the command line, relative to where the command was run. */
  path(input: string): string {
    return resolve(this.io.cwd, input);
  }

  async readText(input: string): Promise<string> {
    return (await this.readBytes(input)).toString('utf8');
  }

  /** A saved web page or text file as base64: the core decodes it by its own charset (GBK, Shift_JIS…). */
  async readPageFile(input: string): Promise<string> {
    return (await this.readBytes(input)).toString('base64');
  }

  private async readBytes(input: string): Promise<Buffer> {
    try {
      return await readFile(this.path(input));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new CliError('NOT_FOUND', 'no such file');
      throw new CliError('STORAGE_FAILED', `cannot read the file (${code})`);
    }
  }

  libraryDir(): Promise<string> {
    return libraryDir(this.options.library, this.io);
  }

  /** Opens the library for the length of `work`, and closes it however work ends. */
  async withLibrary<T>(access: Access, work: (library: LibrarySession) => Promise<T>): Promise<T> {
    const core = await openCoreFor(await this.libraryDir(), access, this.io);
    try {
      return await work(sessionOf(core));
    } finally {
      await core.close();
    }
  }

  /** The contract's methods that need no library (extract, a page's events, stories of pages). */
  async pages(): Promise<Call> {
    const { openPageTools } = await import('../core/pages/index.ts');
    return callOver(openPageTools({ allowLocalNetwork: this.io.env.ANNALS_ALLOW_PRIVATE_NETWORK === '1' }).dispatch);
  }

  /** Stops with a usage error unless the inputs' count is within bounds. */
  expectInputs(min: number, max: number, what: string): void {
    if (this.inputs.length < min || this.inputs.length > max) throw new UsageError(`${this.name} needs ${what}`);
  }
}

export const isUrl = (input: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(input);

export interface CommandDefinition<S extends OptionSpec> {
  options: S;
  run(context: CommandContext<S>): Promise<number>;
}

/** A command: the options it takes beside the global ones, and what it does (answers the exit code). */
export function defineCommand<const S extends OptionSpec>(definition: CommandDefinition<S>): CommandDefinition<S> {
  return definition;
}
