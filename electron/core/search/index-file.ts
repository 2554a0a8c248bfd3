import { readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../storage/atomic-write.ts';
import { makePrivateFolder } from '../storage/private-files.ts';
import { quarantine } from '../storage/quarantine.ts';
import { decodeIndex, encodeIndex } from './index-codec.ts';
import { SearchIndex } from './search-index.ts';

export interface LoadedIndex {
  index: SearchIndex;
  /** Per article, what it looked like when indexed (its updatedAt and annotation count). */
  fingerprints: Map<string, string>;
}

/** search/index.bin in the library folder: the index, saved atomically, set aside when damaged. */
export class SearchIndexFile {
  readonly path: string;
  /** The MiniSearch index of earlier versions: rebuilt rather than read, and removed on the next save. */
  private readonly previousPath: string;

  constructor(
    private readonly libraryDir: string,
    private readonly now: () => Date,
    private readonly report: (message: string) => void,
  ) {
    this.path = join(libraryDir, 'search', 'index.bin');
    this.previousPath = join(libraryDir, 'search', 'index.json');
  }

  async load(readOnly: boolean): Promise<LoadedIndex | null> {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(this.path);
    } catch {
      return null;
    }
    try {
      const { words, articles, fingerprints } = decodeIndex(bytes);
      return { index: await SearchIndex.restore(words, articles), fingerprints };
    } catch (error) {
      if (!readOnly) await quarantine(this.path, this.libraryDir, this.now());
      this.report(
        `The search index was damaged (${(error as Error).message}); it is being rebuilt from your articles.`,
      );
      return null;
    }
  }

  async save(index: SearchIndex, fingerprints: Map<string, string>): Promise<void> {
    await makePrivateFolder(dirname(this.path));
    // Both copied before encoding starts: the index may change meanwhile, and the two must agree.
    const bytes = await encodeIndex({ ...index.snapshot(), fingerprints: new Map(fingerprints) });
    await writeFileAtomic(this.path, bytes);
    await rm(this.previousPath, { force: true });
  }
}
