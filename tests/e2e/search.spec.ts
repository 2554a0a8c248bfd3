// Search in browser mode over the sample library: results as you type with the words marked, the
// query syntax, a plain message for bad syntax, and opening a result.
import { expect, test } from '@playwright/test';
import { addSampleArticles, shots, withAnnals } from './support/session.ts';

test('finds articles as you type, marks the words, explains bad syntax and opens a result', async ({ page }) =>
  withAnnals(page, { name: 'search' }, async ({ annals }) => {
    await addSampleArticles(annals);

    await page.keyboard.press('/');
    const field = page.getByRole('searchbox', { name: 'Search the library' });
    await expect(field).toBeFocused();
    await field.fill('jammed gate');
    const results = page.getByRole('region', { name: 'Search results' });
    const first = results.getByRole('listitem').first();
    await expect(first).toContainText('Jammed dam gate');
    await expect(results.locator('mark').first()).toHaveText(/jammed|gate/i);
    await page.screenshot({ path: shots('search.png') });

    const hits = results.getByRole('listitem');
    await field.fill('"Old Mill Bridge" site:"valley ledger"');
    await expect(hits).toHaveCount(2);
    await field.fill('"Old Mill Bridge" site:"valley ledger" -steinholt');
    await expect(hits).toHaveCount(1);
    await expect(results).not.toContainText('Steinholt wins');
    // Filters show as chips; removing one widens the search again.
    await results.getByRole('button', { name: 'Remove the filter not “steinholt”' }).click();
    await expect(field).toHaveValue('"Old Mill Bridge" site:"valley ledger"');
    await expect(hits).toHaveCount(2);
    await results.getByRole('button', { name: 'Save this search' }).click();
    const saved = page.getByRole('navigation', { name: 'Saved searches' });
    await expect(
      saved.getByRole('button', { name: '"Old Mill Bridge" site:"valley ledger"', exact: true }),
    ).toBeVisible();
    await field.fill('');
    await saved.getByRole('button', { name: '"Old Mill Bridge" site:"valley ledger"', exact: true }).click();
    await expect(hits).toHaveCount(2);

    await field.fill('is:sideways');
    await expect(
      page.getByRole('alert').filter({ hasText: 'is:sideways is not something an article can be' }),
    ).toBeVisible();

    await field.fill('frogs streetlights');
    await hits.first().getByRole('button').click();
    await expect(annals.reader.getByRole('heading', { level: 1 })).toContainText('Frogs in city ponds');
    // The searched words are marked in the article; n and N step through them.
    const count = annals.reader.getByRole('status').filter({ hasText: /match/i });
    await expect(count).toContainText(/\d+ matches \(n \/ N\)/);
    await page.keyboard.press('n');
    await expect(count).toContainText(/^Match 1 of \d+$/);
    await page.keyboard.press('n');
    await expect(count).toContainText(/^Match 2 of \d+$/);
    await page.keyboard.press('N');
    await expect(count).toContainText(/^Match 1 of \d+$/);
    const current = await page
      .frame({ url: /about:srcdoc/ })!
      .evaluate(() => document.querySelector('mark.annals-find.is-current')?.textContent?.toLowerCase());
    expect(current).toMatch(/^(frogs|streetlights)$/);
  }));
