// What merging made of each story, kept on disk (.annals/<device>/merged/) so the first timeline after a start does not
// tag every report's sentence again: a library of 3,000 articles took seconds of tagging on each start. A cache, and
// only that: this computer's own derived data, never synced (.annals is in the .stignore Annals writes), and anything
// wrong with a file (damaged, cut short, written for other events or rules, too large, another's) makes it merge anew;
// so files are replaced atomically but not synced to the disk one by one (a crash costs a merge, never a wrong one).
// Files are named by what merging read (merged-stories.ts), so an edited story gets a new file and the others stay;
// a story's name goes in too (its owner), so its new file replaces its old one instead of waiting for the bound.
import { createHash } from 'node:crypto';
import { open, readdir, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { Precision } from '../../contract/index.ts';
import { replaceFileAtomic } from '../storage/atomic-write.ts';
import { makePrivateFolder } from '../storage/private-files.ts';
import { EXTRACTOR_VERSION } from './extraction/extractor-version.ts';
import type { ArticleEvents, MergedEvent } from './merging/merge-events.ts';
import { MERGE_RULES_VERSION } from './merging/merge-rules-version.ts';

const FORMAT = 1;
/**
 * Kept files are named `<format>-<extractor>-<merge rules>-<app release>-[<owner>-]<what merging read>.json`; the
 * release too, as an update may change what merging makes (the tagger updated) with MERGE_RULES_VERSION unchanged. The
 * owner (a digest of a story's id, as merged-stories.ts is told it) is there only for a whole story's merge: a newer
 * file of the same owner makes its older one worthless. Files named before releases or owners were are still known as
 * ours, to be removed.
 */
const FILE_NAME = /^(\d+)-(\d+)-(\d+)-(?:[a-f0-9]{8}-)?(?:([a-f0-9]{16})-)?([a-f0-9]{64})\.json$/;
const currentFor = (appVersion: string) =>
  `${FORMAT}-${EXTRACTOR_VERSION}-${MERGE_RULES_VERSION}-${digestOf(appVersion).slice(0, 8)}-`;
/** 64 bits of the owner's digest: two stories of one library never share it (a clash would only cost a merge). */
const ownerPart = (owner: string | undefined) => (owner === undefined ? '' : `${digestOf(owner).slice(0, 16)}-`);
/** The owner part of a kept file's key; undefined for a file of no one story (part of one, as a tag's timeline has). */
const ownerOfKey = (key: string) => FILE_NAME.exec(`${key}.json`)?.[4];

export interface MergedFileLimits {
  /** A story's file larger than this is neither written nor read (a long-running story's is a few MB). */
  fileBytes: number;
  /** All the files together: the least recently opened go first beyond it. */
  folderBytes: number;
}

export const MERGED_FILE_LIMITS: MergedFileLimits = { fileBytes: 32 * 1024 * 1024, folderBytes: 256 * 1024 * 1024 };

// A temporary file of an atomic write this old was left by a write that never finished (a crash).
const LEFT_BEHIND_MS = 10 * 60 * 1000;

const Names = z.array(z.string());
const MergedEventSchema = z.object({
  date: z.string(),
  endDate: z.string().optional(),
  precision: Precision,
  text: z.string(),
  entities: z.object({ people: Names, organizations: Names, places: Names }),
  background: z.boolean(),
  sources: z
    .array(
      z.object({
        articleId: z.string(),
        text: z.string(),
        start: z.number().int().nonnegative(),
        end: z.number().int().nonnegative(),
        dateStart: z.number().int().nonnegative().optional(),
        dateEnd: z.number().int().nonnegative().optional(),
      }),
    )
    .min(1),
});
/** A file's merged events; the rest of it (format, key, sha256 of the events as written) is checked as text. */
const MergedEvents = z.array(MergedEventSchema);

interface Held {
  bytes: number;
  usedAt: number;
}

export class MergedStoryFiles {
  /** The files kept and their sizes, once the folder was first looked at (on the first write). */
  private held: Map<string, Held> | null = null;
  private heldBytes = 0;
  /** The writes begun, one after another: a cold library timeline keeps hundreds of stories while it reads files. */
  private writing: Promise<void> = Promise.resolve();
  private told = false;
  /** The start of the name of every file this release keeps. */
  private readonly current: string;
  /** How many reads of each key are under way: a file superseded meanwhile is removed once they end. */
  private readonly reading = new Map<string, number>();
  /** Keys superseded while being read: removed when their last read ends. */
  private readonly superseded = new Set<string>();

  constructor(
    private readonly folder: string,
    private readonly readOnly: boolean,
    private readonly report: (message: string) => void = () => {},
    private readonly limits: MergedFileLimits = MERGED_FILE_LIMITS,
    /** The app's version: what an older release merged is merged anew. */
    appVersion = '',
  ) {
    this.current = currentFor(appVersion);
  }

  /**
   * The name of the file for `fingerprint` (what merging read) under the current rules, in a release of `appVersion`;
   * `owner`: the story it is the whole of, whose older files it replaces.
   */
  static keyOf(fingerprint: string, appVersion = '', owner?: string): string {
    return `${currentFor(appVersion)}${ownerPart(owner)}${fingerprint}`;
  }

  /** The name of the file for `fingerprint` under the current rules of this release (`owner`: as keyOf above). */
  keyOf(fingerprint: string, owner?: string): string {
    return `${this.current}${ownerPart(owner)}${fingerprint}`;
  }

  /** What merging made of `entries`, as kept under `key`; null when none is kept or the file cannot be trusted. */
  async read(key: string, entries: readonly ArticleEvents[]): Promise<MergedEvent[] | null> {
    this.reading.set(key, (this.reading.get(key) ?? 0) + 1);
    try {
      return await this.readKept(key, entries);
    } finally {
      const left = this.reading.get(key)! - 1;
      if (left > 0) this.reading.set(key, left);
      else this.reading.delete(key);
      if (left === 0 && this.superseded.delete(key)) await rm(this.fileOf(key), { force: true }).catch(() => {});
    }
  }

  private async readKept(key: string, entries: readonly ArticleEvents[]): Promise<MergedEvent[] | null> {
    const file = this.fileOf(key);
    let found: MergedEvent[] | null = null;
    try {
      // One open for the size and the text: the library's timeline after a start reads hundreds of these.
      const handle = await open(file, 'r');
      try {
        const { size } = await handle.stat();
        if (size <= this.limits.fileBytes) found = trusted(await handle.readFile('utf8'), key, entries);
      } finally {
        await handle.close();
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      // Unreadable (a folder by that name, no permission): merged anew, and written over if it can be.
    }
    if (found) {
      this.used(key);
      return found;
    }
    if (this.readOnly) return null;
    await rm(file, { force: true }).catch(() => {});
    this.forget(key);
    return null;
  }

  /** Keeps what merging made under `key`, in the background; settled() waits for it. */
  write(key: string, merged: readonly MergedEvent[]): void {
    if (this.readOnly) return;
    this.writing = this.writing.then(() =>
      this.written(key, merged).catch((error: Error) => {
        // A cache that cannot be written costs the next start time, nothing else: told once.
        if (!this.told) this.report(`Merged timelines could not be kept on disk: ${error.message}`);
        this.told = true;
      }),
    );
  }

  /** Once every write begun has ended. */
  settled(): Promise<void> {
    return this.writing;
  }

  private fileOf(key: string): string {
    return join(this.folder, `${key}.json`);
  }

  private async written(key: string, merged: readonly MergedEvent[]): Promise<void> {
    const body = JSON.stringify(merged);
    const text = `${headOf(key, digestOf(body))}${body}}`;
    const bytes = Buffer.byteLength(text);
    if (bytes > this.limits.fileBytes) return;
    const held = await this.heldFiles();
    this.superseded.delete(key);
    await replaceFileAtomic(this.fileOf(key), text);
    this.heldBytes += bytes - (held.get(key)?.bytes ?? 0);
    held.delete(key);
    held.set(key, { bytes, usedAt: Date.now() });
    await this.replaced(key, held);
    await this.trim(held);
  }

  /**
   * The story's older files, once its new one is kept (edited, articles added): only files of the same owner, so no
   * other story's and no part of a story's (a tag's timeline); one being read goes when its read ends.
   */
  private async replaced(key: string, held: Map<string, Held>): Promise<void> {
    const owner = ownerOfKey(key);
    if (owner === undefined) return;
    for (const [other, { bytes }] of held) {
      if (other === key || ownerOfKey(other) !== owner) continue;
      held.delete(other);
      this.heldBytes -= bytes;
      if (this.reading.has(other)) this.superseded.add(other);
      else await rm(this.fileOf(other), { force: true });
    }
  }

  /** A file removed: no longer counted against the folder's limit. */
  private forget(key: string): void {
    const held = this.held?.get(key);
    if (!held) return;
    this.held!.delete(key);
    this.heldBytes -= held.bytes;
  }

  /** Opened again: the last to go when room is needed, in this run and (by its time) after a restart. */
  private used(key: string): void {
    const held = this.held?.get(key);
    if (held) {
      this.held!.delete(key);
      this.held!.set(key, { ...held, usedAt: Date.now() });
    }
    if (this.readOnly) return;
    const now = new Date();
    void utimes(this.fileOf(key), now, now).catch(() => {});
  }

  /**
   * The files kept, least recently opened first, read from the folder once: files of other rules or formats are
   * removed (never read again), and so are temporary files a crash left behind.
   */
  private async heldFiles(): Promise<Map<string, Held>> {
    if (this.held) return this.held;
    await makePrivateFolder(this.folder);
    const found: [string, Held][] = [];
    for (const name of await readdir(this.folder)) {
      const path = join(this.folder, name);
      const about = await stat(path).catch(() => null);
      if (!about?.isFile()) continue;
      const ours = FILE_NAME.exec(name);
      if (ours && name.startsWith(this.current)) found.push([name.slice(0, -'.json'.length), held(about)]);
      else if (ours || (name.endsWith('.tmp') && Date.now() - about.mtimeMs > LEFT_BEHIND_MS))
        await rm(path, { force: true });
    }
    found.sort((a, b) => a[1].usedAt - b[1].usedAt);
    this.held = new Map(found);
    this.heldBytes = found.reduce((sum, [, { bytes }]) => sum + bytes, 0);
    return this.held;
  }

  /** Beyond the folder's limit, the least recently opened go until a fifth of it is free (not one per write). */
  private async trim(held: Map<string, Held>): Promise<void> {
    if (this.heldBytes <= this.limits.folderBytes) return;
    for (const [key, { bytes }] of held) {
      if (this.heldBytes <= this.limits.folderBytes * 0.8) break;
      held.delete(key);
      this.heldBytes -= bytes;
      await rm(this.fileOf(key), { force: true });
    }
  }
}

const held = (about: { size: number; mtimeMs: number }): Held => ({ bytes: about.size, usedAt: about.mtimeMs });

const digestOf = (text: string) => createHash('sha256').update(text).digest('hex');

/** What comes before the merged events in a file kept for `key` whose events' digest is `digest`, as written. */
const headOf = (key: string, digest: string) =>
  `{"format":${FORMAT},"key":${JSON.stringify(key)},"digest":"${digest}","merged":`;
const HEAD_DIGEST = /"digest":"([a-f0-9]{64})","merged":/;

/**
 * The merged events of a kept file, only when everything checks: that it begins exactly as written for `key` (its
 * format and key), the digest of its events' text as read, their shape, and that their sources are exactly the
 * reports merging was given (the timeline finds each source's event by them), so no file can make the timeline show
 * what merging would not, or fail. The digest is of the bytes read, not of the events written out again: that took as
 * long as parsing them, for each of hundreds of files after a start.
 */
function trusted(text: string, key: string, entries: readonly ArticleEvents[]): MergedEvent[] | null {
  const digest = HEAD_DIGEST.exec(text.slice(0, 256 + key.length))?.[1];
  if (!digest) return null;
  const head = headOf(key, digest);
  if (!text.startsWith(head) || !text.endsWith('}')) return null;
  const body = text.slice(head.length, -1);
  if (digestOf(body) !== digest) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    return null;
  }
  const parsed = MergedEvents.safeParse(raw);
  if (!parsed.success) return null;
  return sameReports(parsed.data, entries) ? (parsed.data as MergedEvent[]) : null;
}

function sameReports(merged: readonly MergedEvent[], entries: readonly ArticleEvents[]): boolean {
  const reports = new Map<string, number>();
  const place = (articleId: string, start: number, end: number, date: string, precision: string) =>
    `${articleId}|${start}|${end}|${date}|${precision}`;
  for (const { articleId, events } of entries) {
    for (const event of events) {
      const at = place(articleId, event.start, event.end, event.date, event.precision);
      reports.set(at, (reports.get(at) ?? 0) + 1);
    }
  }
  for (const event of merged) {
    for (const source of event.sources) {
      const at = place(source.articleId, source.start, source.end, event.date, event.precision);
      const left = reports.get(at);
      if (!left) return false;
      if (left === 1) reports.delete(at);
      else reports.set(at, left - 1);
    }
  }
  return reports.size === 0;
}
