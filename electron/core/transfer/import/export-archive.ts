import { AnnalsError } from '../../../contract/index.ts';
import { SafeZip, type SkippedZipEntry, type ZipFile, type ZipLimits } from '../safe-zip.ts';
import type { CarriedHtml } from './types.ts';

/**
 * One list or highlights file of an export: a Pocket part holds 10,000 rows (about 2 MB), an Omnivore
 * metadata file 20 articles. Parsing a list takes many times its size in memory.
 */
const MAX_LIST_BYTES = 8 * 1024 * 1024;
/** Lists and highlights are parsed in memory, and what they hold stays there until the import ends. */
const MAX_LISTS_BYTES = 64 * 1024 * 1024;
/** One article's carried HTML, as much as a saved page may hold. */
const MAX_CARRIED_BYTES = 16 * 1024 * 1024;

const decoder = new TextDecoder('utf-8');

/**
 * The files of an export zip that Annals reads, one at a time: lists and highlights whole (within a
 * budget, since what they say is held until the import is written), and the article text an export
 * carries only when it is stored, one article at a time. Memory never holds the archive inflated.
 */
export class ExportArchive {
  private listBytes = 0;

  private constructor(
    private readonly zip: SafeZip,
    /** The files `wanted` accepted, checked against the caps before anything was inflated. */
    readonly files: ZipFile[],
    /** Every file's path, for telling which service's export this is. */
    readonly paths: string[],
    readonly skipped: SkippedZipEntry[],
  ) {}

  static async open(bytes: Uint8Array, limits: ZipLimits, wanted: (path: string) => boolean): Promise<ExportArchive> {
    const zip = await SafeZip.fromBytes(bytes, limits);
    const files: ZipFile[] = [];
    const paths: string[] = [];
    const skipped: SkippedZipEntry[] = [];
    const accept = (path: string) => {
      paths.push(path);
      return wanted(path);
    };
    for await (const item of zip.files(accept)) {
      if ('reason' in item) skipped.push(item);
      else files.push(item);
    }
    return new ExportArchive(zip, files, paths, skipped);
  }

  /** A list or highlights file, whole. */
  async text(file: ZipFile): Promise<string> {
    this.listBytes += file.size;
    if (this.listBytes > MAX_LISTS_BYTES) {
      throw new AnnalsError(
        'TOO_LARGE',
        `the archive inflates to more than Annals accepts: with ${file.path} its lists and highlights would pass ${MAX_LISTS_BYTES / 1024 / 1024} MB, the most one import reads`,
      );
    }
    return decoder.decode(await this.zip.bytes(file, MAX_LIST_BYTES));
  }

  /**
   * An article's carried HTML, read when the article is stored. A file that turns out damaged (or to
   * lie about its size) carries nothing: the article's page is fetched like any other's.
   */
  later(file: ZipFile): CarriedHtml | null {
    if (file.size === 0 || file.size > MAX_CARRIED_BYTES) return null;
    return async () => {
      try {
        return await this.zip.bytes(file, MAX_CARRIED_BYTES);
      } catch {
        return null;
      }
    };
  }
}
