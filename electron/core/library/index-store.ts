import { copyFile, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { z } from 'zod';
import { ArticleId, ArticleSummary } from '../../contract/index.ts';
import { plural, wasOrWere } from '../../contract/plural.ts';
import { forEachLimited } from '../concurrency/worker-pool.ts';
import { appendDurable, writeFileAtomic, writeFileAtomicInParts } from '../storage/atomic-write.ts';
import { parseJsonText } from '../storage/json-file.ts';
import { pathExists } from '../storage/path-exists.ts';
import { makePrivateFolder } from '../storage/private-files.ts';
import { quarantine } from '../storage/quarantine.ts';
import { parseConflictName } from '../sync/conflict-names.ts';
import { readIndexFile } from './index-file.ts';
import type { LibraryPaths } from './paths.ts';
import { SummaryStrings, sameSummary } from './summary-strings.ts';

const JournalEntry = z.discriminatedUnion('op', [
  z.object({ op: z.literal('put'), article: ArticleSummary, sig: z.string().optional() }),
  z.object({ op: z.literal('del'), id: ArticleId }),
]);
type JournalEntry = z.infer<typeof JournalEntry>;

/** Past this many journal lines the snapshot is rewritten, so opening stays fast. */
const COMPACT_AFTER = 500;
const BACKUPS_KEPT = 5;
/** Article folders checked (and, when changed, read) together when the library opens. */
const RECONCILE_BATCH = 256;
/** Article folders whose signatures are taken at once (four stats each). */
const SIGNATURES_AT_ONCE = 16;

export interface IndexLoadReport {
  /** Plain sentences about anything that had to be repaired, for the reader. */
  recovered: string[];
}

/**
 * When an article's folder, records, versions or images last changed, from the folders' modification
 * times (a file written or arriving by sync is renamed into them, a conflict copy included): an entry
 * whose folders changed since it was read is read again when the library opens.
 */
async function folderSignature(paths: LibraryPaths, id: string): Promise<string> {
  // The folder's id checked and its path joined once, not by each of articleRecords() and the others:
  // a signature is taken for every article on every open and every restore.
  const dir = paths.articleDir(id);
  const [folder, records, versions, assets] = await Promise.all([
    stat(dir).catch(() => null),
    stat(`${dir}${sep}records`).catch(() => null),
    stat(`${dir}${sep}versions`).catch(() => null),
    stat(`${dir}${sep}assets`).catch(() => null),
  ]);
  // To the millisecond: a library moved or restored keeps its times to the millisecond only.
  const time = (info: { mtimeMs: number } | null) => (info ? Math.floor(info.mtimeMs) : '-');
  // Joined, not a template: V8 keeps a template's result as a tree of pieces (some 250 bytes where the
  // flat string takes 50), and the index holds one signature per article for as long as it is open.
  return [time(folder), time(records), time(versions), time(assets)].join(':');
}

/**
 * Whether an article's folders are as they were when it was read. An earlier Annals' signature has no
 * images part: it still holds when the rest does and assets/ holds no conflict copy, so a library
 * opened by this version is not read again whole, and a copy in assets/ is still found.
 */
async function signatureHolds(paths: LibraryPaths, id: string, known: string, current: string): Promise<boolean> {
  if (known === current) return true;
  if (known.split(':').length !== 3 || !current.startsWith(`${known}:`)) return false;
  const images = await readdir(paths.articleAssets(id)).catch(() => [] as string[]);
  return !images.some((name) => parseConflictName(name) !== null);
}

/**
 * The library index, this device's own (.annals/<device>/): a snapshot (library.json, via lowdb) plus
 * an append-only journal, so one change costs one small durable append however large the library is.
 * Derived from the article folders, and checked against them each time the library opens.
 */
export class IndexStore {
  private entries = new Map<string, ArticleSummary>();
  private signatures = new Map<string, string>();
  private journalLines = 0;
  /** library.json holds the index as it is in memory, and the journal is empty: nothing to compact. */
  private snapshotCurrent = false;
  /** Strings many summaries repeat (site names, bylines, tags, dates), held once. */
  private readonly strings = new SummaryStrings();

  constructor(
    private readonly paths: LibraryPaths,
    private readonly now: () => Date,
    /**
     * Reads an article's own record (the source of truth when the index must be rebuilt), repairing
     * it from `known` when the record is damaged; null when the folder holds no finished save.
     */
    private readonly readSummary: (
      id: string,
      known: ArticleSummary | undefined,
      readOnly: boolean,
    ) => Promise<ArticleSummary | 'deleted' | null>,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  all(): IterableIterator<ArticleSummary> {
    return this.entries.values();
  }

  get(id: string): ArticleSummary | undefined {
    return this.entries.get(id);
  }

  /** `readOnly` opens without repairing or compacting anything on disk (another process is the writer). */
  async open(readOnly = false): Promise<IndexLoadReport> {
    const recovered: string[] = [];
    let snapshotBroken = false;
    if (!readOnly) await makePrivateFolder(this.paths.deviceData);
    const intern = (summary: ArticleSummary) => this.strings.summary(summary);
    let snapshot = await readIndexFile(this.paths.index, intern);
    if (snapshot.status === 'corrupt') {
      snapshotBroken = true;
      if (readOnly) {
        recovered.push(`The library index is damaged (${snapshot.reason}); articles were read from their folders.`);
      } else {
        const moved = await quarantine(this.paths.index, this.paths.root, this.now());
        recovered.push(
          `The library index was damaged (${snapshot.reason}); it was moved to ${moved} and rebuilt from your articles.`,
        );
      }
    }
    const indexMissing = !(await pathExists(this.paths.index));
    // No index, journal or backup of this device's own: nothing to repair. An index lost (its journal or backups
    // stay) or moved aside just now is a repair, and the articles listed again are told of.
    const firstOpenHere = indexMissing && !snapshotBroken && !(await this.keptAnIndexBefore());
    if (indexMissing) {
      // A format-1 library's index lists its articles as they were: a quick start for this device's first.
      snapshot = await readIndexFile(this.paths.legacyIndex, intern);
      if (snapshot.status === 'ok') snapshot.value.signatures.clear();
    }
    // Read from this device's own index, whole: unless the journal or the folders change it, it stands.
    this.snapshotCurrent = snapshot.status === 'ok' && !snapshotBroken && (await pathExists(this.paths.index));
    if (snapshot.status === 'ok') {
      // The maps read become the index's own (copied, two tables of 100,000 entries were garbage at once).
      this.entries = snapshot.value.articles;
      this.signatures = snapshot.value.signatures;
    }
    snapshot = { status: 'missing' };
    await this.replayJournal(recovered, readOnly);
    // On a first open, articles beyond a format-1 index (stale once another device wrote) are being listed, not
    // found again: telling of a repair there showed a banner on every new computer a synced library reached.
    await this.reconcileWithArticleFolders(firstOpenHere ? [] : recovered, snapshotBroken, readOnly);
    // Rewriting an unchanged index of 100,000 articles on every open cost seconds and 70 MB of text.
    if (!readOnly) await this.compactIfChanged();
    return { recovered };
  }

  /** Whether this device has written an index here before: each compaction leaves a journal and a backup. */
  private async keptAnIndexBefore(): Promise<boolean> {
    if (await pathExists(this.paths.journal)) return true;
    const backups = await readdir(this.paths.backups).catch(() => [] as string[]);
    return backups.some((name) => name.startsWith('library-'));
  }

  async put(article: ArticleSummary): Promise<void> {
    const sig = await folderSignature(this.paths, article.id);
    await this.append({ op: 'put', article, sig });
    this.entries.set(article.id, this.strings.summary(article));
    this.signatures.set(article.id, sig);
  }

  /**
   * Many entries in one durable append (an import): one fsync, not one per article. `compactLater`
   * leaves the journal to grow past its usual length, for a caller that compacts once it is done.
   */
  async putMany(articles: ArticleSummary[], { compactLater = false } = {}): Promise<void> {
    if (articles.length === 0) return;
    // A few folders at a time: all of a restore's batch at once held some 2,000 stats and their promises
    // in flight, long enough to be kept with the index until the next full collection.
    const sigs: string[] = new Array(articles.length);
    await forEachLimited(
      articles.map((_, i) => i),
      SIGNATURES_AT_ONCE,
      async (i) => {
        sigs[i] = await folderSignature(this.paths, articles[i]!.id);
      },
    );
    this.snapshotCurrent = false;
    // A line at a time, not one text: a restore's batch of 500 made a text large enough for V8 to
    // keep it until a full collection.
    await appendDurable(
      this.paths.journal,
      articles.map((article, i) => `${JSON.stringify({ op: 'put', article, sig: sigs[i] })}\n`),
    );
    articles.forEach((article, i) => {
      this.entries.set(article.id, this.strings.summary(article));
      this.signatures.set(article.id, sigs[i]!);
    });
    this.journalLines += articles.length;
    if (this.journalLines >= COMPACT_AFTER && !compactLater) await this.compact();
  }

  async remove(id: string): Promise<void> {
    await this.append({ op: 'del', id });
    this.entries.delete(id);
    // A deleted article's folder stays (its tombstone travels with it): remember how it looked.
    this.signatures.set(id, await folderSignature(this.paths, id));
  }

  /** Writes a fresh snapshot and empties the journal. Safe at any point: journal replay is idempotent. */
  async compact(): Promise<void> {
    await writeFileAtomicInParts(this.paths.index, this.snapshotParts());
    await writeFileAtomic(this.paths.journal, '');
    this.journalLines = 0;
    this.snapshotCurrent = true;
    await this.rotateBackups();
  }

  /** compact(), unless library.json already holds the index as it is and the journal is empty. */
  async compactIfChanged(): Promise<void> {
    if (!this.snapshotCurrent) await this.compact();
  }

  /**
   * library.json an entry at a time (an IndexFile): as one string, the index of 100,000 articles took
   * a hundred megabytes, and as much again on its way to disk.
   */
  private *snapshotParts(): Generator<string> {
    yield '{"schema":1,"articles":[';
    let first = true;
    for (const article of this.entries.values()) {
      yield `${first ? '' : ','}${JSON.stringify(article)}`;
      first = false;
    }
    yield '],"signatures":{';
    first = true;
    for (const [id, sig] of this.signatures) {
      yield `${first ? '' : ','}${JSON.stringify(id)}:${JSON.stringify(sig)}`;
      first = false;
    }
    yield '}}';
  }

  private async append(entry: JournalEntry): Promise<void> {
    this.snapshotCurrent = false;
    await appendDurable(this.paths.journal, `${JSON.stringify(entry)}\n`);
    this.journalLines++;
    if (this.journalLines >= COMPACT_AFTER) await this.compact();
  }

  private async replayJournal(recovered: string[], readOnly: boolean): Promise<void> {
    let raw: string;
    try {
      raw = await readFile(this.paths.journal, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    const lines = raw.split('\n');
    let damaged = 0;
    lines.forEach((line, index) => {
      if (line.trim() === '') return;
      // Any line, even a damaged one, is folded into the snapshot and leaves the journal.
      this.snapshotCurrent = false;
      const parsed = parseJsonText(line, JournalEntry);
      if (parsed.status !== 'ok') {
        // A torn last line is a write that was never acknowledged; anything else is damage.
        if (index < lines.length - 1) damaged++;
        return;
      }
      const entry = parsed.value;
      if (entry.op === 'put') {
        this.entries.set(entry.article.id, this.strings.summary(entry.article));
        if (entry.sig !== undefined) this.signatures.set(entry.article.id, entry.sig);
      } else this.entries.delete(entry.id);
    });
    if (damaged > 0 && readOnly)
      recovered.push(`${plural(damaged, 'damaged line')} in the library journal ${wasOrWere(damaged)} skipped.`);
    else if (damaged > 0) {
      const copy = join(this.paths.root, 'corrupt');
      await makePrivateFolder(copy);
      const target = join(copy, `${this.now().toISOString().replace(/[:.]/g, '-')}-library.journal`);
      await copyFile(this.paths.journal, target);
      recovered.push(
        `${plural(damaged, 'damaged line')} in the library journal ${wasOrWere(damaged)} skipped (copy kept at ${target}); articles were re-read from their folders.`,
      );
    }
  }

  /**
   * The article folders are the truth: every folder with a readable record is listed, every entry
   * without a folder is dropped, and an entry whose records or versions changed since it was read
   * (another device's changes arrived) is read again. When the snapshot was broken every one is.
   */
  private async reconcileWithArticleFolders(recovered: string[], rereadAll: boolean, readOnly: boolean): Promise<void> {
    if (!readOnly) await makePrivateFolder(this.paths.articles);
    const folders = new Set<string>();
    for (const entry of await readdir(this.paths.articles, { withFileTypes: true }).catch(() => [])) {
      if (entry.isDirectory() && ArticleId.safeParse(entry.name).success) folders.add(entry.name);
    }
    let added = 0;
    // A batch of folders at a time, their signatures taken together: taken for all 100,000 first, they
    // were a second copy of the index's signatures, held until the last article had been read.
    const ids = [...folders];
    for (let start = 0; start < ids.length; start += RECONCILE_BATCH) {
      const batch = ids.slice(start, start + RECONCILE_BATCH);
      const current = new Map<string, string>();
      await forEachLimited(batch, SIGNATURES_AT_ONCE, async (id) => {
        current.set(id, await folderSignature(this.paths, id));
      });
      for (const id of batch) {
        const sig = current.get(id) ?? '';
        if (!rereadAll && (this.entries.has(id) || this.signatures.has(id)) && (await this.holds(id, sig))) continue;
        this.snapshotCurrent = false;
        const summary = await this.readSummary(id, this.entries.get(id), readOnly);
        // Reading may have settled conflict copies in its folders: remember them as they are now.
        const signature = readOnly ? sig : await folderSignature(this.paths, id);
        if (summary === 'deleted') {
          this.entries.delete(id);
          this.signatures.set(id, signature);
        } else if (summary) {
          if (!this.entries.has(id)) added++;
          // Unchanged, the entry held stays: replaced, the 100,000 read again on a first open became
          // garbage in the old generation while their copies filled it again.
          const known = this.entries.get(id);
          const listed = known && sameSummary(known, summary) ? known : this.strings.summary(summary);
          // Keyed by the summary's own id: the folder's name read from disk is another copy of it.
          const key = listed.id === id ? listed.id : id;
          this.entries.set(key, listed);
          this.signatures.set(key, signature);
        } else {
          this.entries.delete(id);
          this.signatures.delete(id);
          folders.delete(id);
        }
      }
    }
    for (const id of [...this.signatures.keys()]) {
      if (folders.has(id)) continue;
      this.signatures.delete(id);
      this.snapshotCurrent = false;
    }
    let dropped = 0;
    for (const id of [...this.entries.keys()]) {
      if (!folders.has(id)) {
        this.entries.delete(id);
        this.snapshotCurrent = false;
        dropped++;
      }
    }
    if (!rereadAll && added > 0)
      recovered.push(
        `${plural(added, 'article')} missing from the index ${added === 1 ? 'was found in its folder' : 'were found in their folders'} and listed again.`,
      );
    if (dropped > 0)
      recovered.push(
        `${plural(dropped, 'index entry', 'index entries')} without an article folder ${wasOrWere(dropped)} removed.`,
      );
  }

  /** Whether an article's records or versions changed since it was last read (or it was never read). */
  async changedSinceRead(id: string): Promise<boolean> {
    return !(await this.holds(id, await folderSignature(this.paths, id)));
  }

  /** Whether the entry was read from folders that look as `current` says; an older signature is renewed. */
  private async holds(id: string, current: string): Promise<boolean> {
    const known = this.signatures.get(id);
    if (known === undefined || !(await signatureHolds(this.paths, id, known, current))) return false;
    this.signatures.set(id, current);
    return true;
  }

  /**
   * Articles whose folders changed since they were read, new folders, and entries whose folder is
   * gone: what must be read again when more arrived than a watcher could name one by one.
   */
  async staleIds(): Promise<string[]> {
    const folders = (await readdir(this.paths.articles, { withFileTypes: true }).catch(() => []))
      .filter((entry) => entry.isDirectory() && ArticleId.safeParse(entry.name).success)
      .map((entry) => entry.name);
    const present = new Set(folders);
    const stale: string[] = [...this.entries.keys()].filter((id) => !present.has(id));
    await forEachLimited(folders, SIGNATURES_AT_ONCE, async (id) => {
      if (!(await this.holds(id, await folderSignature(this.paths, id)))) stale.push(id);
    });
    return stale;
  }

  private async rotateBackups(): Promise<void> {
    await makePrivateFolder(this.paths.backups);
    const day = this.now().toISOString().slice(0, 10);
    const target = join(this.paths.backups, `library-${day}.json`);
    await copyFile(this.paths.index, target);
    const backups = (await readdir(this.paths.backups))
      .filter((name) => /^library-\d{4}-\d{2}-\d{2}\.json$/.test(name))
      .sort();
    for (const old of backups.slice(0, Math.max(0, backups.length - BACKUPS_KEPT))) {
      await rm(join(this.paths.backups, old), { force: true });
    }
  }
}
