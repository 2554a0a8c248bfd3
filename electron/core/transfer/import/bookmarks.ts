// Netscape bookmark files, written by every browser, Raindrop, Pinboard and Karakeep: folders become
// tags (the whole path, "News/Local"), TAGS="a,b" are kept, javascript: and data: links are dropped.
import { fromUnixSeconds, type ItemCollector } from './collect.ts';
import { readExportedLinks } from './html-links.ts';

/** Folders every browser puts first; naming them on every article would say nothing. */
const ROOT_FOLDERS = /^(bookmarks( bar| toolbar| menu)?|favorites bar|other bookmarks|mobile bookmarks)$/i;

export function readBookmarks(html: string, collector: ItemCollector): string {
  readExportedLinks(html).forEach((link, index) => {
    if (!collector.open) return;
    const folders = link.folders.filter((folder, at) => !(at === 0 && ROOT_FOLDERS.test(folder)));
    collector.add(`bookmark ${index + 1}${link.title ? ` (“${link.title.slice(0, 60)}”)` : ''}`, {
      url: link.href,
      title: link.title,
      savedAt: fromUnixSeconds(link.attributes.get('add_date')),
      tags: [...(folders.length > 0 ? [folders.join('/')] : []), ...(link.attributes.get('tags') ?? '').split(',')],
      notes: link.description ? [link.description] : [],
    });
  });
  return 'Bookmarks (Netscape bookmark file)';
}
