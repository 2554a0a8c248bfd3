export { toReadwiseCsv } from './csv.ts';
export { toPrintableHtml } from './html.ts';
export { toWebAnnotation, toWebAnnotations, type WebAnnotation } from './jsonld.ts';
export { toMarkdownFiles } from './markdown.ts';
export { renderNoteHtml } from './note-html.ts';
export type { ExportedArticle, ExportedFile } from './types.ts';
