import Papa from 'papaparse';
import type { Annotation } from '../../../contract/index.ts';
import { type ExportedArticle, inTextOrder, positionHolds, sourceUrl, toUtcIso } from './types.ts';

const HEADER = ['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date'];

/**
 * Readwise's bulk import CSV: one row per highlight (the article-level note has no quote, and
 * Highlight is the one column Readwise requires, so it is not in this format). Location is the
 * highlight's character offset, left empty for an orphan whose offsets no longer mean anything.
 */
export function toReadwiseCsv(articles: ExportedArticle[]): string {
  const rows = articles.flatMap(({ article, text, annotations }) =>
    inTextOrder(annotations).map((annotation) =>
      [
        annotation.anchor?.exact ?? '',
        article.title,
        article.byline ?? article.siteName ?? '',
        sourceUrl(article),
        noteWithTags(annotation),
        positionHolds(annotation, text) ? String(annotation.anchor!.start) : '',
        readwiseDate(annotation.created),
      ].map(defuseFormula),
    ),
  );
  // papaparse doubles quotes inside a field ("") and quotes fields holding commas, quotes or line breaks.
  return Papa.unparse({ fields: HEADER, data: rows }, { newline: '\r\n' });
}

/**
 * Readwise turns a note that starts with ".word" into a tag (its "inline tagging"), so tags go
 * first, one word each (spaces become dashes), then the note itself.
 */
function noteWithTags(annotation: Annotation): string {
  const tags = annotation.tags.map((tag) => `.${tag.trim().replace(/\s+/g, '-')}`);
  return [...tags, annotation.note.trim()].filter(Boolean).join(' ');
}

/** "YYYY-MM-DD HH:MM:SS" in UTC, whatever offset the stored date carries. */
function readwiseDate(date: string): string {
  return toUtcIso(date).slice(0, 19).replace('T', ' ');
}

/**
 * CSV formula injection: a spreadsheet runs a cell that starts with = + - @ (or a tab or CR) as a
 * formula, and a quote or title from a web page must never do that on the reader's machine. Such
 * cells get a leading apostrophe, which spreadsheets read as "this is text". (papaparse's own
 * escapeFormulae option misses cells that go on to a second line, so this check is ours.)
 */
export function defuseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
