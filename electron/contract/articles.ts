import { z } from 'zod';
import { LARGE_BODY, method } from './method.ts';
import {
  Article,
  ArticleId,
  ArticleState,
  ArticleSummary,
  ArticleVersion,
  ArticleVersionId,
  HttpUrl,
} from './model.ts';
import { PAGE_AT_HAND_BODY, PageAtHand } from './pages.ts';
import { TagSnapshots, Tags } from './tags.ts';

const MAX_HTML_CHARS = 10_000_000;
const Ids = z.array(ArticleId).min(1).max(10_000);
/** A page of 10 million characters is at most 3 bytes each in UTF-8. */
const SAVE_HTML_BODY = { maxBodyBytes: 32 * 1024 * 1024 };

/** Saved articles one by one: reading, saving, their versions, states, progress and tags. */
export const articleApi = {
  'article.get': method(z.object({ id: ArticleId }), Article, 'One article’s full record.'),
  'article.content': method(
    z.object({ id: ArticleId }),
    z.object({ id: ArticleId, html: z.string(), text: z.string() }),
    'The stored (sanitized) HTML and plain text of an article; images point at assets/<file>.',
  ),
  'article.versions': method(
    z.object({ id: ArticleId }),
    z.object({ versions: z.array(ArticleVersion) }),
    'Every text the article has had, newest first, the current one marked.',
  ),
  'article.version': method(
    z.object({ id: ArticleId, versionId: ArticleVersionId }),
    z.object({ id: ArticleId, version: ArticleVersion, html: z.string(), text: z.string(), metadata: Article }),
    'One text of an article (an earlier one, or the current), read-only: its HTML, text and what it was saved with.',
  ),
  'article.removeVersion': method(
    z.object({ id: ArticleId, versionId: ArticleVersionId }),
    z.object({ removed: z.boolean() }),
    'Remove an earlier text of an article (never the current one).',
  ),
  'article.saveUrl': method(
    z.object({
      url: HttpUrl,
      /**
       * Who gave the address: "reader" when typed (the save field, a command's argument), which may then be on
       * this computer or the local network; "other" (a dropped link, a script) may not, unless Settings › Network.
       */
      givenBy: z.enum(['reader', 'other']).default('other'),
    }),
    z.object({ article: ArticleSummary, created: z.boolean() }),
    'Fetch a web page, extract its article and save it (or update the saved copy).',
  ),
  'article.saveHtml': method(
    PageAtHand,
    z.object({ article: ArticleSummary, created: z.boolean() }),
    'Save an article from a page at hand: its HTML, or the bytes of a saved page or .txt file (a dropped file, the CLI).',
    PAGE_AT_HAND_BODY,
  ),
  'article.saveFromBrowser': method(
    z.object({
      html: z.string().min(1, 'the page is empty').max(MAX_HTML_CHARS, 'that page is larger than 10 MB'),
      url: z.string().max(8_192).optional(),
    }),
    z.object({ id: ArticleId, title: z.string() }),
    'Add a page sent by the browser (the “Save to Annals” page, with the save token): it only adds; a page already saved keeps the text shown, and a changed text is added as a version beside it. Nothing it links to on the local network is fetched.',
    SAVE_HTML_BODY,
  ),
  'article.update': method(
    z.object({
      ids: Ids,
      patch: z
        .object({ state: ArticleState.optional(), favorite: z.boolean().optional() })
        .refine((p) => p.state !== undefined || p.favorite !== undefined, 'nothing to change'),
    }),
    z.object({ before: z.array(z.object({ id: ArticleId, state: ArticleState, favorite: z.boolean() })) }),
    'Change state or favorite of articles; answers their previous values so the change can be undone.',
  ),
  'article.restoreStates': method(
    z.object({
      items: z
        .array(z.object({ id: ArticleId, state: ArticleState, favorite: z.boolean() }))
        .min(1)
        .max(10_000),
    }),
    z.object({ restored: z.number().int() }),
    'Put back the states answered by article.update (undo).',
  ),
  'article.delete': method(
    z.object({ ids: Ids }),
    z.object({ deleted: z.array(ArticleId) }),
    'Move articles to the trash (undoable with article.undelete).',
  ),
  'article.undelete': method(
    z.object({ ids: Ids }),
    z.object({ restored: z.array(ArticleId) }),
    'Bring articles back from the trash.',
  ),
  'article.setProgress': method(
    z.object({ id: ArticleId, progress: z.number().min(0).max(1) }),
    z.object({ progress: z.number() }),
    'Remember how far the reader got.',
  ),
  'article.tag': method(
    z.object({ ids: Ids, add: Tags.default([]), remove: z.array(z.string().max(64)).max(100).default([]) }),
    z.object({ before: TagSnapshots }),
    'Add and remove tags on articles; answers their tags before, so the change can be undone.',
  ),
  'article.restoreTags': method(
    z.object({ items: TagSnapshots.min(1).max(100_000) }),
    z.object({ restored: z.number().int() }),
    'Put back the tags answered by article.tag, tags.rename or tags.delete (undo).',
    LARGE_BODY,
  ),
} as const;
