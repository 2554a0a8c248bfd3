import { readFile } from 'node:fs/promises';
import type { z } from 'zod';

export type JsonReadResult<T> =
  | { status: 'ok'; value: T }
  | { status: 'missing' }
  | { status: 'corrupt'; reason: string };

/** Reads and validates a JSON file, telling apart "not there" from each way it can be broken. */
export async function readJsonFile<S extends z.ZodType>(file: string, schema: S): Promise<JsonReadResult<z.output<S>>> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
    throw error;
  }
  return parseJsonText(raw, schema);
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
