// Pocket's older export, ril_export.html: <h1>Unread</h1><ul><li><a href time_added tags>…</a></li></ul>
// then <h1>Read Archive</h1><ul>…</ul>.
import { fromUnixSeconds, type ItemCollector } from './collect.ts';
import { readExportedLinks } from './html-links.ts';

export function readPocketHtml(html: string, collector: ItemCollector): string {
  readExportedLinks(html).forEach((link, index) => {
    if (!collector.open) return;
    collector.add(`link ${index + 1}`, {
      url: link.href,
      title: link.title,
      savedAt: fromUnixSeconds(link.attributes.get('time_added')),
      tags: (link.attributes.get('tags') ?? '').split(','),
      archived: /archive/i.test(link.section),
    });
  });
  return 'Pocket export (ril_export.html)';
}
