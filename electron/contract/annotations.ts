import { z } from 'zod';
import { LARGE_BODY, method } from './method.ts';
import { Annotation, AnnotationId, ArticleId, HighlightColor } from './model.ts';
import { Tags } from './tags.ts';

const Note = z.string().max(100_000, 'notes are at most 100,000 characters');
export const ExportFormat = z.enum(['md', 'jsonld', 'csv', 'html']);

/** Highlights and notes: writing, changing, deleting (and undoing it), exporting. */
export const annotationsApi = {
  'annotations.list': method(
    z.object({ articleId: ArticleId.optional() }),
    z.object({ annotations: z.array(Annotation) }),
    'One article’s highlights and note in text order, or every annotation in the library, newest first.',
  ),
  'annotations.create': method(
    z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('highlight'),
        articleId: ArticleId,
        range: z.object({ start: z.number().int().nonnegative(), end: z.number().int().positive() }).optional(),
        quote: z.string().max(20_000).optional(),
        color: HighlightColor.default('yellow'),
        note: Note.default(''),
        tags: Tags.default([]),
      }),
      z.object({
        kind: z.literal('note'),
        articleId: ArticleId,
        color: HighlightColor.default('yellow'),
        note: Note,
        tags: Tags.default([]),
      }),
    ]),
    Annotation,
    'Highlight a range of the article’s text (or the words of a quote), or write the article’s note.',
  ),
  'annotations.update': method(
    z.object({
      articleId: ArticleId,
      id: AnnotationId,
      patch: z.object({ color: HighlightColor.optional(), note: Note.optional(), tags: Tags.optional() }),
    }),
    Annotation,
    'Change a highlight’s color, note or tags.',
  ),
  'annotations.delete': method(
    z.object({ articleId: ArticleId, ids: z.array(AnnotationId).min(1).max(10_000) }),
    z.object({ deleted: z.array(Annotation) }),
    'Delete highlights; answers them whole, so annotations.restore can undo it.',
  ),
  'annotations.restore': method(
    z.object({ annotations: z.array(Annotation).min(1).max(10_000) }),
    z.object({ restored: z.number().int() }),
    'Bring back deleted highlights (undo).',
    LARGE_BODY,
  ),
  'annotations.export': method(
    z.object({ format: ExportFormat, articleId: ArticleId.optional(), tag: z.string().max(64).optional() }),
    z.object({ files: z.array(z.object({ fileName: z.string(), mimeType: z.string(), content: z.string() })) }),
    'Annotations of one article or the whole library (optionally of one tag) as Markdown files, JSON-LD, CSV or HTML.',
  ),
} as const;
