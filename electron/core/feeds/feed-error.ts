// Apart from the XML guards, so that what only names a feed's failure loads no XML parser.

/** Feeds and OPML files larger than this are refused before parsing. */
export const MAX_XML_BYTES = 10 * 1024 * 1024;

export class FeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedError';
  }
}
