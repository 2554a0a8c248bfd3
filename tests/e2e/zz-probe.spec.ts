import { expect, test } from '@playwright/test';
import { AnnalsSession } from './support/session.ts';

test('probe first open after sample install', async ({ browser }) => {
  test.setTimeout(120_000);
  const s = await AnnalsSession.start(browser, { name: 'probe' });
  const page = s.page;
  const starts = new Map<object, number>();
  page.on('request', (r) => starts.set(r, Date.now()));
  page.on('requestfinished', (r) => { const st = starts.get(r) ?? 0; const d = Date.now() - st; if (d > 150) console.log('req', r.method(), r.url().replace(/^https?:\/\/[^/]+/, '').slice(0, 80), d, 'ms, start', st - T0); });
  const T0 = Date.now();
  await page.getByRole('button', { name: 'Add sample articles' }).click();
  const t0 = Date.now();
  const first = page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first();
  await expect(first).toBeVisible({ timeout: 60_000 });
  const t1 = Date.now();
  const opens: number[] = [];
  for (let i = 0; i < 1; i++) {
    const opt = page.getByRole('listbox', { name: 'Articles' }).getByRole('option').nth(i);
    const title = (await opt.textContent())?.slice(0, 40);
    const a = Date.now();
    await opt.click();
    await expect(s.annals.articleText.locator('p').first()).toBeVisible({ timeout: 60_000 });
    await expect(s.annals.reader.getByRole('heading', { level: 1 })).toBeVisible();
    opens.push(Date.now() - a);
    console.log('open', i, title, Date.now() - a, 'ms since install', Date.now() - t0);
  }
  console.log('first row after', t1 - t0);
  await s.stop();
});
