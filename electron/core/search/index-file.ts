import { readFile, rm, rmdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { GiveWay } from '../concurrency/reader-activity.ts';
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

/**
 * .annals/<device>/search/index.bin: this device's index (derived, never synced), saved atomically,
 * set aside when damaged.
 */
export class SearchIndexFile {
  readonly path: string;
  /**
   * Indexes of earlier versions, rebuilt rather than read and removed on the next save: the MiniSearch
   * one beside it, and the ones a format-1 library kept in its own search/ folder, which a sync tool
   * would carry to every device.
   */
  private readonly previousPaths: string[];

  constructor(
    private readonly libraryDir: string,
    folder: string,
    private readonly now: () => Date,
    private readonly report: (message: string) => void,
  ) {
    this.path = join(folder, 'index.bin');
    const legacy = join(libraryDir, 'search');
    this.previousPaths = [join(folder, 'index.json'), join(legacy, 'index.bin'), join(legacy, 'index.json')];
  }

  /** `giveWay`: between turns of the work (see inTurns). */
  async load(readOnly: boolean, giveWay?: GiveWay): Promise<LoadedIndex | null> {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(this.path);
    } catch {
      return null;
    }
    try {
      const { words, articles, fingerprints } = decodeIndex(bytes);
      return { index: await SearchIndex.restore(words, articles, giveWay), fingerprints };
    } catch (error) {
      if (!readOnly) await quarantine(this.path, this.libraryDir, this.now());
      this.report(
        `The search index was damaged (${(error as Error).message}); it is being rebuilt from your articles.`,
      );
      return null;
    }
  }

  async save(index: SearchIndex, fingerprints: Map<string, string>, giveWay?: GiveWay): Promise<void> {
    await makePrivateFolder(dirname(this.path));
    // Both copied before encoding starts: the index may change meanwhile, and the two must agree.
    const bytes = await encodeIndex({ ...index.snapshot(), fingerprints: new Map(fingerprints) }, giveWay);
    await writeFileAtomic(this.path, bytes);
    for (const previous of this.previousPaths) await rm(previous, { force: true });
    // The format-1 folder goes once empty; anything else the reader put there stays.
    await rmdir(join(this.libraryDir, 'search')).catch(() => {});
  }
}
