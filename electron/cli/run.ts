// `annals …` in process: bin.mjs hands it the real process's streams, tests their own buffers.
import { globalOptions, parseArgv, splitCommand } from './args.ts';
import { commands } from './commands/index.ts';
import { CommandContext } from './context.ts';
import { UsageError } from './errors.ts';
import type { CliIo } from './io.ts';
import { usage } from './usage.ts';

export type { CliIo } from './io.ts';
export { processIo } from './process-io.ts';

/** Runs one command line and answers its exit code: 0 done, 1 failed, 2 the command line was wrong. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const { name, globals, rest } = splitCommand(argv);
    if (globals.help || name === '' || name === 'help') {
      io.stdout(`${usage}\n`);
      return name === '' && !globals.help ? 2 : 0;
    }
    const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
    if (!load) throw new UsageError(`unknown command “${name}” (try annals --help)`);
    const command = (await load()).default;
    const { positionals, options } = parseArgv(rest, { ...command.options, ...globalOptions }, name);
    if (options.help) {
      io.stdout(`${usage}\n`);
      return 0;
    }
    return await command.run(new CommandContext(name, positionals, { ...globals, ...options }, io));
  } catch (error) {
    io.stderr(`annals: ${error instanceof Error ? error.message : String(error)}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}
