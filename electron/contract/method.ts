import type { z } from 'zod';

/** Most calls carry a few ids or words; a shell refuses a request body larger than this before reading it. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
/** Request bodies beyond what the input itself may hold: JSON quoting, a file name, a path. */
export const ENVELOPE_BYTES = 64 * 1024;
/** Undo of a change to every article of a large library. */
export const LARGE_BODY = { maxBodyBytes: 16 * 1024 * 1024 };

export interface MethodLimits {
  /** The largest request body (JSON, in bytes) a shell reads for this method. */
  maxBodyBytes?: number;
  /** What the reader is told when a request is larger, in their words (else a generic sentence). */
  tooLargeMessage?: string;
}

/** One contract entry: its input and output schemas, what it does in a sentence, and its size limit. */
export function method<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  doc: string,
  limits: MethodLimits = {},
) {
  return {
    input,
    output,
    doc,
    maxBodyBytes: limits.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    tooLargeMessage: limits.tooLargeMessage ?? null,
  };
}
