import { dirname } from 'node:path';
import { z } from 'zod';
import { TextAnchor } from '../../contract/index.ts';
import type { LibraryPaths } from '../library/paths.ts';
import { writeFileAtomic } from '../storage/atomic-write.ts';
import { readJsonFile } from '../storage/json-file.ts';
import { makePrivateFolder } from '../storage/private-files.ts';

const Placed = z.object({ from: z.string().nullable(), anchor: TextAnchor, orphaned: z.boolean() });
export type Placed = z.infer<typeof Placed>;

const AnchorCacheFile = z.object({
  /** The version the anchors below were placed on. */
  current: z.string().nullable(),
  placed: z.record(z.string(), Placed),
});

/** Where highlights sit on the current text: a few KB for most articles, bounded so a runaway file is not read. */
const ANCHOR_CACHE_AT_MOST = 16 * 1024 * 1024;

/**
 * Where this device placed each highlight on an article's current text (.annals/<device>/anchors/):
 * derived from the highlight as made and the current version, so it is never synced, and each device
 * places highlights itself instead of rewriting another device's record.
 */
export class AnchorCache {
  constructor(
    private readonly paths: LibraryPaths,
    private readonly readOnly: boolean,
  ) {}

  async read(articleId: string, current: string | null): Promise<Map<string, Placed>> {
    const result = await readJsonFile(this.paths.anchorCache(articleId), AnchorCacheFile, {
      maxBytes: ANCHOR_CACHE_AT_MOST,
    });
    if (result.status !== 'ok' || result.value.current !== current) return new Map();
    return new Map(Object.entries(result.value.placed));
  }

  async write(articleId: string, current: string | null, placed: Map<string, Placed>): Promise<void> {
    if (this.readOnly) return;
    const file = this.paths.anchorCache(articleId);
    await makePrivateFolder(dirname(file));
    await writeFileAtomic(file, JSON.stringify({ current, placed: Object.fromEntries(placed) }));
  }
}
