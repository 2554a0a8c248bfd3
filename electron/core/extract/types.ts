/** An image found in the article, to be downloaded and stored as assets/<sha256>.<ext>. */
export interface ImageRef {
  /** Absolute http(s) URL of the image as the page referenced it (after resolving data-src/srcset). */
  url: string;
}

/** What the extraction pipeline makes of one page, before anything is stored. */
export interface ExtractedArticle {
  /** The address the page was fetched from (after redirects), or given with the HTML; null for a bare file. */
  url: string | null;
  /** The page's canonical URL if it declared one (absolute, http/https), else null. */
  canonicalUrl: string | null;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 keeping the publisher's own UTC offset (e.g. 2025-05-21T19:05:00-07:00), or a bare date YYYY-MM-DD when only the day is known. */
  publishedAt: string | null;
  lang: string | null;
  excerpt: string;
  /** Absolute URL of the lead image, or null. */
  leadImage: string | null;
  /** Sanitized article HTML (the allowlist sanitizer in sanitize.ts). Image src attributes are absolute URLs at this point. */
  html: string;
  /** Plain text of the article: paragraphs separated by a blank line. Annotation and event offsets refer to it. */
  text: string;
  wordCount: number;
  readingMinutes: number;
  images: ImageRef[];
}
