import { parseOpml as parseOpmlDocument } from 'feedsmith';
import type { OpmlFeed } from './opml-write.ts';
import { FeedError, guardXml } from './xml-guards.ts';

export { type OpmlFeed, toOpml } from './opml-write.ts';

type Outline = { text?: string; title?: string; xmlUrl?: string; htmlUrl?: string; outlines?: Outline[] };

/** Every feed in an OPML file: any outline with an xmlUrl, in folders at any depth. */
export function parseOpml(xml: string): OpmlFeed[] {
  guardXml(xml.replace(/^\uFEFF/, '').trimStart(), 'The OPML file');
  let document: { body?: { outlines?: Outline[] } };
  try {
    document = parseOpmlDocument(xml) as typeof document;
  } catch (error) {
    throw new FeedError(`That is not an OPML file (${(error as Error).message}).`);
  }
  const feeds: OpmlFeed[] = [];
  const walk = (outlines: Outline[] | undefined, path: string[]) => {
    for (const outline of outlines ?? []) {
      const name = (outline.title ?? outline.text ?? '').trim();
      if (outline.xmlUrl && /^https?:\/\//i.test(outline.xmlUrl.trim())) {
        feeds.push({
          xmlUrl: outline.xmlUrl.trim(),
          htmlUrl: outline.htmlUrl?.trim() || null,
          title: name || outline.xmlUrl,
          folderPath: path,
        });
      }
      if (outline.outlines) walk(outline.outlines, outline.xmlUrl ? path : [...path, name || 'Folder']);
    }
  };
  walk(document.body?.outlines, []);
  return feeds;
}
