// Writing OPML needs no XML parser, so exporting the feed list loads none.

export interface OpmlFeed {
  xmlUrl: string;
  htmlUrl: string | null;
  title: string;
  /** Folders from the top, e.g. ["News", "Local"]. */
  folderPath: string[];
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
