import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../storage/atomic-write.ts';
import { readJsonFile } from '../storage/json-file.ts';
import { quarantine } from '../storage/quarantine.ts';
import { SearchIndex } from './search-index.ts';

/** Bumped whenever what is indexed, or how, changes: an older file is rebuilt rather than trusted. */
const INDEX_VERSION = 1;

const IndexFile = z.object({
  schema: z.literal(INDEX_VERSION),
  /** Per article, what it looked like when indexed (its updatedAt and annotation count). */
  fingerprints: z.record(z.string(), z.string()),
  engine: z.unknown(),
});

export interface LoadedIndex {
  index: SearchIndex;
  fingerprints: Map<string, string>;
}

/** search/index.json in the library folder: the index, saved atomically, set aside when damaged. */
export class SearchIndexFile {
  readonly path: string;

  constructor(
    private readonly libraryDir: string,
    private readonly now: () => Date,
    private readonly report: (message: string) => void,
  ) {
    this.path = join(libraryDir, 'search', 'index.json');
  }

  async load(readOnly: boolean): Promise<LoadedIndex | null> {
    const result = await readJsonFile(this.path, IndexFile).catch(() => null);
    if (result?.status === 'ok') {
      try {
        return {
          index: SearchIndex.fromJS(result.value.engine),
          fingerprints: new Map(Object.entries(result.value.fingerprints)),
        };
      } catch (error) {
        return this.damaged(`the index inside could not be loaded (${(error as Error).message})`, readOnly);
      }
    }
    if (result?.status === 'corrupt') {
      // An index from another version is simply rebuilt; anything else is kept aside for a look.
      if (/schema/.test(result.reason)) return null;
      return this.damaged(result.reason, readOnly);
    }
    return null;
  }

  async save(index: SearchIndex, fingerprints: Map<string, string>): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    const data = { schema: INDEX_VERSION, fingerprints: Object.fromEntries(fingerprints), engine: index.toJS() };
    await writeFileAtomic(this.path, JSON.stringify(data));
  }

  private async damaged(reason: string, readOnly: boolean): Promise<null> {
    if (!readOnly) await quarantine(this.path, this.libraryDir, this.now());
    this.report(`The search index was damaged (${reason}); it is being rebuilt from your articles.`);
    return null;
  }
}
