// Which export a file is, from what it holds (never from its name): zip contents, JSON shapes,
// HTML doctypes and CSV headers.
import { AnnalsError, type ImportFormat } from '../../../contract/index.ts';
import { csvHeader, stripBom } from './csv.ts';
import { isOmnivoreMetadata } from './omnivore.ts';
import { isPocketCsvPart } from './pocket.ts';

const FORMATS_READ =
  'Annals reads exports of Pocket (zip, CSV or HTML), Instapaper (CSV), Omnivore (zip), Wallabag (JSON), Readwise Reader (CSV), browser bookmarks (HTML) and OPML feed lists';

export type TextFormat = Exclude<ImportFormat, 'omnivore'> | 'omnivore-json';

export function detectZipFormat(paths: string[]): 'pocket' | 'omnivore' {
  if (paths.some(isOmnivoreMetadata)) return 'omnivore';
  if (paths.some(isPocketCsvPart)) return 'pocket';
  const shown = paths.slice(0, 5).join(', ') + (paths.length > 5 ? ', …' : '');
  throw new AnnalsError(
    'UNSUPPORTED_CONTENT',
    `This zip archive holds neither a Pocket export (part_000000.csv…) nor an Omnivore export (metadata_*.json)${paths.length > 0 ? `; it holds ${shown}` : ' (it is empty)'}. ${FORMATS_READ}.`,
  );
}

export function detectTextFormat(raw: string): TextFormat {
  const text = stripBom(raw).trimStart();
  const head = text.slice(0, 4_096);
  if (/^[[{]/.test(text)) return detectJson(text);
  if (/^<!DOCTYPE\s+NETSCAPE-Bookmark-file/i.test(head)) return 'bookmarks';
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<opml[\s>]/i.test(head)) return 'opml';
  if (/^</.test(text)) {
    if (/<title>\s*Pocket Export\s*<\/title>/i.test(head) || /<a\s[^>]*\btime_added=/i.test(text.slice(0, 200_000)))
      return 'pocket-html';
    if (/<dl[\s>]/i.test(head) && /<dt[\s>]/i.test(head)) return 'bookmarks';
    throw unknown('an HTML page, not a list of saved articles');
  }
  const header = csvHeader(text);
  const has = (...names: string[]) => names.every((name) => header.includes(name));
  if (has('url', 'title', 'time_added')) return 'pocket';
  if (has('url', 'title', 'selection', 'folder')) return 'instapaper';
  if (has('title', 'url', 'location') && (has('document tags') || has('saved date'))) return 'readwise';
  if (has('highlight', 'book title'))
    throw unknown(
      'a Readwise highlights export; Annals imports the Readwise Reader library CSV (Reader → Export library)',
    );
  if (header.length > 1)
    throw unknown(`a CSV file with the columns ${header.slice(0, 8).join(', ')}, which no export Annals knows has`);
  throw unknown('plain text');
}

function detectJson(text: string): TextFormat {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw unknown('JSON that cannot be read (it is damaged or cut short)');
  }
  const first = Array.isArray(parsed) ? parsed.find((entry) => entry && typeof entry === 'object') : null;
  if (first && ('is_archived' in first || 'is_starred' in first)) return 'wallabag';
  if (first && 'slug' in first && ('savedAt' in first || 'labels' in first)) return 'omnivore-json';
  if (Array.isArray(parsed) && parsed.length === 0) throw unknown('an empty JSON list');
  throw unknown('JSON, but neither a Wallabag export nor Omnivore metadata');
}

function unknown(what: string): AnnalsError {
  return new AnnalsError('UNSUPPORTED_CONTENT', `This file looks like ${what}. ${FORMATS_READ}.`);
}
