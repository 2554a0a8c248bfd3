import { expect } from '@playwright/test';
import type { AnnalsPage } from './annals-page.ts';

export const TAG_COUNT = 60;
export const FEED_COUNT = 50;
export const feedName = (n: number) => `Feed ${String(n).padStart(2, '0')}`;

/**
 * A library as a long-time reader's looks: the sample articles, 60 tags spread over them and 50 feeds
 * followed (at an address nothing answers on, so each says its refresh failed, as a dead feed would).
 */
export async function fillBusyLibrary(annals: AnnalsPage): Promise<void> {
  await annals.page.getByRole('button', { name: 'Add sample articles' }).click();
  await expect(annals.toast(/Added \d+ sample articles/)).toBeVisible({ timeout: 60_000 });
  const { articles } = await annals.call<{ articles: { id: string }[] }>('library.list', { view: 'all' });
  for (let n = 0; n < TAG_COUNT; n++) {
    await annals.call('article.tag', { ids: [articles[n % articles.length]!.id], add: [`topic ${n}`] });
  }
  const outlines = Array.from(
    { length: FEED_COUNT },
    (_, n) => `<outline text="${feedName(n)}" type="rss" xmlUrl="http://127.0.0.1:9/feed-${n}.xml"/>`,
  ).join('');
  await annals.call('feeds.importOpml', {
    xml: `<?xml version="1.0"?><opml version="2.0"><body>${outlines}</body></opml>`,
  });
  await annals.page.reload();
  await expect(annals.list).toBeVisible();
}
