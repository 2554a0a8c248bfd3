import { readFile, stat } from 'node:fs/promises';
import type { z } from 'zod';

export type JsonReadResult<T> =
  | { status: 'ok'; value: T }
  | { status: 'missing' }
  | { status: 'corrupt'; reason: string; tooLarge?: true };

export interface JsonReadOptions {
  /** Files larger than this are not read at all: a disk or a sync tool may hand back anything, and reading a
   * runaway file whole would stall the app. Meant for files Annals can make again (derived, this device's own). */
  maxBytes?: number;
}

/** Reads and validates a JSON file, telling apart "not there" from each way it can be broken. */
export async function readJsonFile<S extends z.ZodType>(
  file: string,
  schema: S,
  options: JsonReadOptions = {},
): Promise<JsonReadResult<z.output<S>>> {
  let raw: string;
  try {
    if (options.maxBytes !== undefined) {
      const { size } = await stat(file);
      if (size > options.maxBytes) {
        return {
          status: 'corrupt',
          reason: `the file is ${mebibytes(size)}, more than the ${mebibytes(options.maxBytes)} it may be`,
          tooLarge: true,
        };
      }
    }
    raw = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
    throw error;
  }
  return parseJsonText(raw, schema);
}

function mebibytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function parseJsonText<S extends z.ZodType>(raw: string, schema: S): JsonReadResult<z.output<S>> {
  if (raw.trim() === '') return { status: 'corrupt', reason: 'the file is empty' };
  if (raw.includes('\u0000')) return { status: 'corrupt', reason: 'the file holds NUL bytes (a half-written block)' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    return { status: 'corrupt', reason: `the file is not valid JSON (${(error as Error).message})` };
  }
  const result = schema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    return {
      status: 'corrupt',
      reason: `unexpected content at ${issue?.path.join('.') || 'top level'}: ${issue?.message}`,
    };
  }
  return { status: 'ok', value: result.data };
}
