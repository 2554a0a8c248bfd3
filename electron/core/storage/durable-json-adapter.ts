import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { writeFileAtomic } from './atomic-write.ts';
import { readJsonFile } from './json-file.ts';

/**
 * A lowdb adapter that validates on read and writes durably (lowdb's own JSONFile renames but never
 * fsyncs). A broken file is reported through `onCorrupt` instead of being silently replaced.
 */
export class DurableJsonAdapter<S extends z.ZodType> implements Adapter<z.output<S>> {
  constructor(
    private readonly file: string,
    private readonly schema: S,
    private readonly onCorrupt: (reason: string) => Promise<z.output<S> | null>,
    private readonly indent = 0,
  ) {}

  async read(): Promise<z.output<S> | null> {
    const result = await readJsonFile(this.file, this.schema);
    if (result.status === 'ok') return result.value;
    if (result.status === 'missing') return null;
    return this.onCorrupt(result.reason);
  }

  async write(data: z.output<S>): Promise<void> {
    await writeFileAtomic(this.file, JSON.stringify(data, null, this.indent || undefined));
  }
}
