import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Annotations } from '../../electron/core/annotations/annotations.ts';
import { Library } from '../../electron/core/library/library.ts';
import { testDevice } from '../unit/helpers/library.ts';
import { generateLibrary } from './generate-library.ts';

/**
 * What a sync tool carries per change: after each change to one article of a large library, the
 * files added or changed outside this device's own data (.annals/, which .stignore leaves out), and
 * their bytes. Found by walking the whole library before and after, as a sync tool's scan would.
 */
export interface SyncBytesFigures {
  articles: number;
  /** Per kind of change, the median bytes and files a sync tool would carry. */
  bytes: Record<ChangeKind, number>;
  files: Record<ChangeKind, number>;
  /** The largest file carried for any change. */
  largestFileBytes: number;
}

type ChangeKind = 'favorite' | 'tag' | 'highlight' | 'note';
const KINDS: ChangeKind[] = ['favorite', 'tag', 'highlight', 'note'];
const REPEATS = 3;

async function snapshot(root: string): Promise<Map<string, { sig: string; size: number }>> {
  const files = new Map<string, { sig: string; size: number }>();
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = relative(root, join(entry.parentPath, entry.name));
    if (path.startsWith('.annals') || path.split(/[\\/]/).some((part) => part.startsWith('.'))) continue;
    const info = await stat(join(root, path));
    files.set(path, { sig: `${info.size}:${info.mtimeMs}`, size: info.size });
  }
  return files;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function benchSyncBytes(count: number): Promise<SyncBytesFigures> {
  const dir = await mkdtemp(join(tmpdir(), `annals-bench-sync-${count}-`));
  try {
    const ids = await generateLibrary(dir, count);
    const library = await Library.open(dir, { device: testDevice });
    const annotations = new Annotations(library);
    const change: Record<ChangeKind, (id: string, n: number) => Promise<unknown>> = {
      favorite: (id) => library.update([id], { favorite: true }),
      tag: (id, n) => library.tag([id], [`synced ${n}`], []),
      highlight: (id) =>
        annotations.create(id, {
          kind: 'highlight',
          range: { start: 0, end: 20 },
          color: 'yellow',
          note: '',
          tags: [],
        }),
      note: (id, n) =>
        annotations.create(id, {
          kind: 'note',
          color: 'yellow',
          note: `A note written on one computer (${n}).`,
          tags: [],
        }),
    };
    const carried: Record<ChangeKind, { bytes: number; files: number }[]> = {
      favorite: [],
      tag: [],
      highlight: [],
      note: [],
    };
    let largestFileBytes = 0;
    let before = await snapshot(dir);
    for (let n = 0; n < REPEATS; n++) {
      for (const [k, kind] of KINDS.entries()) {
        await change[kind](ids[(n * 7_919 + k * 104_729) % ids.length]!, n);
        const after = await snapshot(dir);
        let bytes = 0;
        let files = 0;
        for (const [path, file] of after) {
          if (before.get(path)?.sig === file.sig) continue;
          bytes += file.size;
          files++;
          largestFileBytes = Math.max(largestFileBytes, file.size);
        }
        carried[kind].push({ bytes, files });
        before = after;
      }
    }
    await library.close();
    const pick = (key: 'bytes' | 'files') =>
      Object.fromEntries(KINDS.map((kind) => [kind, median(carried[kind].map((entry) => entry[key]))])) as Record<
        ChangeKind,
        number
      >;
    return { articles: count, bytes: pick('bytes'), files: pick('files'), largestFileBytes };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function syncBytesLine(figures: SyncBytesFigures): string {
  const each = KINDS.map((kind) => `${kind} ${figures.bytes[kind]} B in ${figures.files[kind]} file(s)`).join(', ');
  return `sync, bytes a sync tool carries per change at ${figures.articles} articles (median of ${REPEATS}): ${each}; largest file ${figures.largestFileBytes} B`;
}
