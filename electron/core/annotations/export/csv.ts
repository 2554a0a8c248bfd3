import Papa from 'papaparse';
import { type ExportedArticle, inTextOrder, sourceUrl } from './types.ts';

const HEADER = ['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date'];

/** Readwise's bulk import CSV: one row per highlight, Date as "YYYY-MM-DD HH:MM:SS" in UTC. */
export function toReadwiseCsv(articles: ExportedArticle[]): string {
  const rows = articles.flatMap(({ article, annotations }) =>
    inTextOrder(annotations).map((annotation) => {
      const tags =
        annotation.tags.length > 0 ? ` .${annotation.tags.map((tag) => tag.replace(/\s+/g, '-')).join(' .')}` : '';
      return [
        annotation.anchor?.exact ?? '',
        article.title,
        article.byline ?? article.siteName ?? '',
        sourceUrl(article),
        `${annotation.note}${tags}`.trim(),
        annotation.anchor ? String(annotation.anchor.start) : '',
        annotation.created.slice(0, 19).replace('T', ' '),
      ].map(defuseFormula);
    }),
  );
  return Papa.unparse({ fields: HEADER, data: rows }, { newline: '\r\n' });
}

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab/CR) as a formula: a quote from a
 * web page must never do that on the reader's machine, so such cells get a leading apostrophe.
 */
function defuseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
