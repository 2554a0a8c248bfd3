// A backup's manifest walked beside its files. Annals writes the manifest in the order the files go into
// the archive, so each file met is most often the next one listed: it is checked as both stream by,
// and the manifest of 400,000 files is never held as a lookup (tens of megabytes at 100,000 articles).
// A file met out of order (an archive made otherwise, or one file the manifest does not list) reads the
// manifest ahead into the compact lookup of manifest.ts, so any order is still checked the same way.
import { AnnalsError } from '../../../contract/index.ts';
import { ManifestFile, ManifestFiles } from './manifest.ts';
import { ManifestSyntaxError, splitManifest } from './manifest-reader.ts';

/** Files read from the manifest ahead of the archive, at most: a few hundred kilobytes. */
const READ_AHEAD = 2_000;
/** The manifest is fed to its parser in pieces this large, so it never runs far ahead. */
const PIECE_BYTES = 64 * 1024;

export class ManifestCursor {
  /** Files listed that were read past while looking for another, by path. */
  private readonly readPast = new ManifestFiles();
  /** Files listed and read, not yet looked at, in the manifest's order. */
  private ahead: ManifestFile[] = [];
  private aheadAt = 0;
  private ended = false;
  private stopped = false;
  private failure: unknown = null;
  private wakeReader: (() => void) | null = null;
  private wakeParser: (() => void) | null = null;
  private readonly parsing: Promise<void>;

  /**
   * `chunks` is the manifest as it streams out of the archive, already checked whole (readManifest):
   * what is read here again is trusted to parse.
   */
  constructor(chunks: AsyncIterable<Uint8Array>) {
    this.parsing = this.parse(chunks);
  }

  /** The file listed at `path`, no longer listed once taken; undefined when it is not (or no longer) listed. */
  async take(path: string): Promise<ManifestFile | undefined> {
    const readEarlier = this.readPast.take(path);
    if (readEarlier) return readEarlier;
    for (let next = await this.next(); next; next = await this.next()) {
      if (next.path === path) return next;
      this.readPast.add(next);
    }
    return undefined;
  }

  /** A file listed and not taken, if any is left. */
  async anyLeft(): Promise<string | undefined> {
    return this.readPast.anyLeft() ?? (await this.next())?.path;
  }

  /** Stops reading the manifest. */
  async close(): Promise<void> {
    this.stopped = true;
    this.wake('parser');
    await this.parsing;
  }

  private async next(): Promise<ManifestFile | undefined> {
    while (this.aheadAt === this.ahead.length) {
      if (this.failure) throw this.failure;
      if (this.ended) return undefined;
      await new Promise<void>((resolve) => {
        this.wakeReader = resolve;
      });
    }
    const file = this.ahead[this.aheadAt++]!;
    if (this.aheadAt === this.ahead.length) {
      this.ahead = [];
      this.aheadAt = 0;
      this.wake('parser');
    }
    return file;
  }

  private async parse(chunks: AsyncIterable<Uint8Array>): Promise<void> {
    try {
      await splitManifest(this.paced(chunks), (value) => {
        this.ahead.push(ManifestFile.parse(value));
        this.wake('reader');
      });
    } catch (error) {
      if (!this.stopped) this.failure = notReadable(error);
    } finally {
      this.ended = true;
      this.wake('reader');
    }
  }

  /** The manifest's bytes, handed on only while fewer than READ_AHEAD files wait to be looked at. */
  private async *paced(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
    for await (const chunk of chunks) {
      for (let at = 0; at < chunk.length; at += PIECE_BYTES) {
        while (this.ahead.length - this.aheadAt >= READ_AHEAD && !this.stopped) {
          await new Promise<void>((resolve) => {
            this.wakeParser = resolve;
          });
        }
        if (this.stopped) return;
        yield chunk.subarray(at, at + PIECE_BYTES);
      }
    }
  }

  private wake(who: 'reader' | 'parser'): void {
    const resolve = who === 'reader' ? this.wakeReader : this.wakeParser;
    if (who === 'reader') this.wakeReader = null;
    else this.wakeParser = null;
    resolve?.();
  }
}

/** Read whole a moment ago, the manifest no longer reads: the archive changed under the restore. */
function notReadable(error: unknown): unknown {
  if (error instanceof AnnalsError) return error;
  const why = error instanceof ManifestSyntaxError ? error.message : 'it changed while it was read';
  return new AnnalsError('BAD_INPUT', `The backup is damaged: its manifest.json could not be read again (${why}).`);
}
