// Pages looked at without saving them: an article extracted, its dated events, several pages grouped into
// stories. Nothing here reads or writes a library, so a shell can answer these without opening one.
import { z } from 'zod';
import { method } from './method.ts';
import { IsoDate } from './model.ts';
import { ArticleEvent } from './timeline.ts';

const MAX_HTML_CHARS = 10_000_000;
/** A saved page or text file sent as its bytes: the most Annals reads as one article. */
export const MAX_PAGE_FILE_BYTES = 10 * 1024 * 1024;
const FILE_TOO_LARGE = 'that file is larger than 10 MB, the most Annals reads as one article';
/** Plain text of one page: far above any article, low enough that a call stays small. */
const MAX_TEXT_CHARS = 2_000_000;
const MAX_PAGES = 2_000;
/** Request bodies: a text of 2 million characters is at most 3 bytes each in UTF-8. */
const TEXT_BODY = { maxBodyBytes: 8 * 1024 * 1024 };
const PAGES_BODY = {
  maxBodyBytes: 64 * 1024 * 1024,
  tooLargeMessage: 'Those pages are more than 64 MB of text together; group fewer at once.',
};
/** Request bodies of a page at hand: 10 MB of file is about 14 million characters of base64. */
export const PAGE_AT_HAND_BODY = {
  maxBodyBytes: 32 * 1024 * 1024,
  tooLargeMessage: 'That page is larger than 10 MB, the most Annals reads as one article.',
};
const PageAddress = z.string().trim().min(1, 'enter an address').max(8_192, 'that address is too long');

export const ExtractedPage = z.object({
  url: z.string().nullable(),
  title: z.string(),
  byline: z.string().nullable(),
  siteName: z.string().nullable(),
  publishedAt: IsoDate.nullable(),
  lang: z.string().nullable(),
  text: z.string(),
  html: z.string(),
  wordCount: z.number().int().nonnegative(),
});
export type ExtractedPage = z.infer<typeof ExtractedPage>;

/** An event of a page that is not saved: an article's event without what the library keeps of it. */
export const PageEvent = ArticleEvent.pick({
  date: true,
  endDate: true,
  precision: true,
  text: true,
  start: true,
  end: true,
  entities: true,
});
export type PageEvent = z.infer<typeof PageEvent>;

/** A file read as plain text, not as a page: by its name, as the reader sees it in a file manager. */
export function isPlainTextFileName(fileName: string | undefined): boolean {
  return /\.(?:txt|text)$/i.test(fileName ?? '');
}

/**
 * A page at hand rather than at an address: its HTML as text, or the bytes of a saved page or .txt file as
 * base64, which the core decodes by the page's own charset (byte-order mark, <meta>, XML declaration). `url` is
 * the address the page claims; `fileName` the file it was read from (a .txt file is read as plain text).
 */
export const PageAtHand = z
  .object({
    html: z.string().min(1, 'the page is empty').max(MAX_HTML_CHARS, 'that page is larger than 10 MB').optional(),
    base64: z
      .string()
      .min(1, 'the file is empty')
      .max(Math.ceil(MAX_PAGE_FILE_BYTES / 3) * 4, FILE_TOO_LARGE)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'the file is not in base64')
      .optional(),
    url: z.string().max(8_192).optional(),
    fileName: z.string().max(512).optional(),
  })
  .refine((page) => (page.html === undefined) !== (page.base64 === undefined), 'give the page as html or as base64');
export type PageAtHand = z.infer<typeof PageAtHand>;

/** The day a page speaks from: its publication date, else the day it was saved or read. */
const DatedText = {
  text: z.string().max(MAX_TEXT_CHARS, 'that text is longer than 2,000,000 characters'),
  publishedAt: IsoDate.nullable(),
  savedAt: IsoDate,
};

export const PageStory = z.object({
  storyId: z.string(),
  title: z.string(),
  /** The pages' ids as given, in the story's order. */
  pageIds: z.array(z.string()),
  events: z.array(
    PageEvent.omit({ start: true, end: true, entities: true }).extend({
      /** Ids of the pages that report it. */
      sources: z.array(z.string()),
    }),
  ),
});
export type PageStory = z.infer<typeof PageStory>;

/** The methods that need no library. */
export const pageApi = {
  'page.extract': method(
    // The page at hand first: an address beside HTML or bytes is the address the page claims, not one to fetch.
    z.union([
      PageAtHand,
      z.object({
        url: PageAddress,
        /** As for article.saveUrl: an address the reader typed may be on this computer or the local network. */
        givenBy: z.enum(['reader', 'other']).default('other'),
      }),
    ]),
    ExtractedPage,
    'Extract the article of a web page (fetched from its address) or of a page or text file at hand, saving nothing.',
    PAGE_AT_HAND_BODY,
  ),
  'page.events': method(
    z.object(DatedText),
    z.object({ events: z.array(PageEvent) }),
    'The dated events a text reports, read against its publication date (else the day given as savedAt), saving nothing.',
    TEXT_BODY,
  ),
  'page.stories': method(
    z.object({
      pages: z
        .array(z.object({ id: z.string().min(1).max(4_096), title: z.string().max(2_000), ...DatedText }))
        .min(1, 'give at least one page')
        .max(MAX_PAGES, 'at most 2,000 pages at once'),
    }),
    z.object({ stories: z.array(PageStory) }),
    'Group pages into stories as the library would, each with the events its pages report merged, saving nothing.',
    PAGES_BODY,
  ),
} as const;
