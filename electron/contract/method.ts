import type { z } from 'zod';

/** One contract entry: its input and output schemas, and what it does in a sentence. */
export function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, doc: string) {
  return { input, output, doc };
}
