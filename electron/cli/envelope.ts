import type { Envelope } from '../contract/index.ts';

/** A command that failed for a reason the reader should read (exit code 1, no stack). */
export class CommandError extends Error {}

/** The value of a dispatcher answer, or its message as a CommandError. */
export function unwrap<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new CommandError(envelope.error.message);
  return envelope.value as T;
}
