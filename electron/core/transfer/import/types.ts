import type { ImportFormat, SkippedRow } from '../../../contract/index.ts';
import type { ImportedHighlight } from '../../annotations/annotations.ts';
import type { OpmlFeed } from '../../feeds/opml.ts';
import type { ImportedArticle } from '../../library/imported-articles.ts';

/** A highlight as another service exported it: only its words are certain; anchored by quote on import. */
export type ImportHighlight = ImportedHighlight;

/**
 * Article HTML an export carries: in memory (Wallabag's JSON holds it anyway), or its bytes read from
 * the export's zip only when the article is stored (Omnivore's content/ can outweigh memory), and
 * written to disk as they are.
 */
export type CarriedHtml = string | (() => Promise<Uint8Array | null>);

/** One article of an export file, in the shape every format is read into (savedAt: when saved at the other service). */
export interface ImportItem extends ImportedArticle {
  /** The article's HTML when the export carries it (Omnivore, Wallabag): stored instead of fetched. */
  html: CarriedHtml | null;
  highlights: ImportHighlight[];
  /** Notes on the whole article (Instapaper selections, Wallabag annotations without a quote, descriptions). */
  notes: string[];
  /** Where in the file it came from, for reports: "part_000000.csv, row 3". */
  where: string;
}

/** What a parser makes of a file: items, feeds (OPML), and every row it could not take, with why. */
export interface ParsedExport {
  format: ImportFormat;
  description: string;
  items: ImportItem[];
  feeds: OpmlFeed[];
  /** The OPML text, handed to the feeds importer as it is. */
  opml: string | null;
  skipped: SkippedRow[];
}

/** Caps that keep a hostile or mistaken file from exhausting memory. */
export interface ImportLimits {
  /** Rows (items) read from a file in all; the rest is reported, not read. */
  maxRows: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = { maxRows: 200_000 };
