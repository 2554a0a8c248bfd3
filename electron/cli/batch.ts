import type { CommandContext } from './context.ts';
import { describeFailure } from './errors.ts';
import type { Access, LibrarySession } from './open-library.ts';

/**
 * One result per input, in input order, the rest carried on after a failure. With --json every input
 * has its line, naming it: `{"input": …, …result}`, or `{"input": …, "error": {code, message}}` in the
 * failed one's place, so results can be matched to inputs. Exits 1 when any input failed.
 */
export async function forEachInput<T extends object>(
  context: CommandContext,
  run: (input: string) => Promise<T>,
  human: (value: T, input: string) => string,
): Promise<number> {
  let failures = 0;
  for (const input of context.inputs) {
    try {
      const value = await run(input);
      context.print({ input, ...value }, () => human(value, input));
    } catch (error) {
      failures++;
      const failure = describeFailure(error);
      if (context.json) context.write(`${JSON.stringify({ input, error: failure })}\n`);
      else context.warn(`${input}: ${failure.message}`);
    }
  }
  return failures === 0 ? 0 : 1;
}

/** forEachInput over the library, opened once for all the inputs. */
export function forEachInputIn<T extends object>(
  context: CommandContext,
  access: Access,
  run: (input: string, library: LibrarySession) => Promise<T>,
  human: (value: T, input: string) => string,
): Promise<number> {
  return context.withLibrary(access, (library) => forEachInput(context, (input) => run(input, library), human));
}
