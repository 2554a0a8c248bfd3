import { AnnalsError, type ImportFormat, type ImportSource } from '../../../contract/index.ts';
import { parseOpml } from '../../feeds/opml.ts';
import { FeedError } from '../../feeds/xml-guards.ts';
import { looksLikeZip, type ZipLimits } from '../safe-zip.ts';
import { readBookmarks } from './bookmarks.ts';
import { ItemCollector } from './collect.ts';
import { detectTextFormat, detectZipFormat } from './detect.ts';
import { ExportArchive } from './export-archive.ts';
import { readInstapaperCsv } from './instapaper.ts';
import { isOmnivoreMetadata, readOmnivoreItems, readOmnivoreZip } from './omnivore.ts';
import { isPocketCsvPart, isPocketJsonPart, readPocketCsv, readPocketZip } from './pocket.ts';
import { readPocketHtml } from './pocket-html.ts';
import { readReadwiseCsv } from './readwise.ts';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits, type ParsedExport } from './types.ts';
import { readWallabag } from './wallabag.ts';

/** Archives of exports: many small files (lists, highlights, one HTML file per stored article). */
export const IMPORT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 100_000,
  maxEntryBytes: 32 * 1024 * 1024,
  maxTotalBytes: 2 * 1024 * 1024 * 1024,
  maxRatio: 100,
};

/** The files of an export zip worth inflating; everything else is left compressed. */
const wanted = (path: string) =>
  isPocketCsvPart(path) ||
  isPocketJsonPart(path) ||
  isOmnivoreMetadata(path) ||
  /(^|\/)(content\/[^/]+\.html|highlights\/[^/]+\.md)$/i.test(path);

const decoder = new TextDecoder('utf-8');

/** Reads an export file, whatever it is, into items (or feeds), with every skipped row reported. */
export async function parseExport(
  bytes: Uint8Array,
  options: { from?: ImportSource; limits?: ImportLimits; zipLimits?: ZipLimits } = {},
): Promise<ParsedExport> {
  const collector = new ItemCollector(options.limits ?? DEFAULT_IMPORT_LIMITS);
  let format: ImportFormat;
  let description: string;
  let opml: string | null = null;
  let feeds: ParsedExport['feeds'] = [];
  if (looksLikeZip(bytes)) {
    const archive = await ExportArchive.open(bytes, options.zipLimits ?? IMPORT_ZIP_LIMITS, wanted);
    for (const entry of archive.skipped) collector.skip(entry.path, `not read from the archive: ${entry.reason}`);
    format = detectZipFormat(archive.paths);
    checkFrom(options.from, format);
    description =
      format === 'omnivore' ? await readOmnivoreZip(archive, collector) : await readPocketZip(archive, collector);
  } else {
    const text = decoder.decode(bytes);
    const detected = detectTextFormat(text);
    format = detected === 'omnivore-json' ? 'omnivore' : detected;
    checkFrom(options.from, format);
    switch (detected) {
      case 'pocket':
        readPocketCsv(text, 'the CSV file', collector);
        description = 'Pocket export (CSV)';
        break;
      case 'pocket-html':
        description = readPocketHtml(text, collector);
        break;
      case 'instapaper':
        description = readInstapaperCsv(text, 'the CSV file', collector);
        break;
      case 'readwise':
        description = readReadwiseCsv(text, 'the CSV file', collector);
        break;
      case 'wallabag':
        description = readWallabag(JSON.parse(text) as unknown[], collector);
        break;
      case 'omnivore-json':
        readOmnivoreItems(JSON.parse(text) as unknown[], 'the metadata file', collector);
        description = 'Omnivore metadata (JSON, without the stored articles)';
        break;
      case 'bookmarks':
        description = readBookmarks(text, collector);
        break;
      case 'opml':
        try {
          feeds = parseOpml(text);
        } catch (error) {
          if (error instanceof FeedError) throw new AnnalsError('BAD_INPUT', error.message);
          throw error;
        }
        opml = text;
        description = 'Feed list (OPML)';
        break;
    }
  }
  return { format, description, items: collector.items, feeds, opml, skipped: collector.skipped };
}

const sourceOf: Record<ImportFormat, ImportSource> = {
  pocket: 'pocket',
  'pocket-html': 'pocket',
  instapaper: 'instapaper',
  omnivore: 'omnivore',
  wallabag: 'wallabag',
  readwise: 'readwise',
  bookmarks: 'bookmarks',
  opml: 'opml',
};

const serviceNames: Record<ImportSource, string> = {
  pocket: 'Pocket',
  instapaper: 'Instapaper',
  omnivore: 'Omnivore',
  wallabag: 'Wallabag',
  readwise: 'Readwise Reader',
  bookmarks: 'a browser (bookmarks)',
  opml: 'a feed reader (OPML)',
};

/** With --from, the reader said what the file is: a file that is something else is refused, not guessed. */
function checkFrom(from: ImportSource | undefined, detected: ImportFormat): void {
  if (from && sourceOf[detected] !== from) {
    throw new AnnalsError(
      'BAD_INPUT',
      `The file was said to come from ${serviceNames[from]}, but it looks like an export of ${serviceNames[sourceOf[detected]]}.`,
    );
  }
}
