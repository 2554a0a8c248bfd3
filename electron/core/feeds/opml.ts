import { parseOpml as parseOpmlDocument } from 'feedsmith';
import { FeedError, guardXml } from './xml-guards.ts';

export interface OpmlFeed {
  xmlUrl: string;
  htmlUrl: string | null;
  title: string;
  /** Folders from the top, e.g. ["News", "Local"]. */
  folderPath: string[];
}

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

const escapeXml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!,
  );

/** OPML 2.0 of the reader's feeds in the order given, folders nested as they are in Annals. */
export function toOpml(feeds: OpmlFeed[], title: string): string {
  type Folder = { feeds: OpmlFeed[]; folders: Map<string, Folder> };
  const root: Folder = { feeds: [], folders: new Map() };
  for (const feed of feeds) {
    let folder = root;
    for (const name of feed.folderPath) {
      if (!folder.folders.has(name)) folder.folders.set(name, { feeds: [], folders: new Map() });
      folder = folder.folders.get(name)!;
    }
    folder.feeds.push(feed);
  }
  // Feeds before folders, each in the order given: the order of the sidebar.
  const render = (folder: Folder, indent: string): string[] => [
    ...folder.feeds.map(
      (feed) =>
        `${indent}<outline type="rss" text="${escapeXml(feed.title)}" title="${escapeXml(feed.title)}" xmlUrl="${escapeXml(feed.xmlUrl)}"${feed.htmlUrl ? ` htmlUrl="${escapeXml(feed.htmlUrl)}"` : ''}/>`,
    ),
    ...[...folder.folders].flatMap(([name, child]) => [
      `${indent}<outline text="${escapeXml(name)}" title="${escapeXml(name)}">`,
      ...render(child, `${indent}  `),
      `${indent}</outline>`,
    ]),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    `  <head><title>${escapeXml(title)}</title><dateCreated>${new Date().toUTCString()}</dateCreated></head>`,
    '  <body>',
    ...render(root, '    '),
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}
