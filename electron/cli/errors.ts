import type { ErrorCode } from '../contract/index.ts';

/** The command line was wrong (exit code 2): an unknown command or option, a missing argument. */
export class UsageError extends Error {}

/** A command failed for a reason the reader should read (exit code 1, no stack). */
export class CliError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** What a failure prints: its code and its message, whatever threw it. */
export function describeFailure(error: unknown): { code: ErrorCode; message: string } {
  if (error instanceof CliError) return { code: error.code, message: error.message };
  if (error instanceof UsageError) return { code: 'BAD_INPUT', message: error.message };
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}
