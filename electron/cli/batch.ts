import type { CommandContext } from './context.ts';

/** Several inputs, one result line each; a failure is reported and the rest carried on. */
export async function forEachInput<T>(
  context: CommandContext,
  run: (input: string) => Promise<T>,
  human: (value: T) => string,
): Promise<number> {
  let failures = 0;
  for (const input of context.inputs) {
    try {
      const value = await run(input);
      context.print(value, () => human(value));
    } catch (error) {
      failures++;
      context.warn(`${input}: ${(error as Error).message}`);
    }
  }
  return failures === 0 ? 0 : 1;
}
