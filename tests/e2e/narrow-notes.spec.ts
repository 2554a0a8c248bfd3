// A 720 px window: the notes panel beside the article left its text some 39 characters a line. There the notes
// open over the article as a drawer (a close button, Esc), so the text keeps a reader's measure of 55 or more.
import { expect, type Page, test } from '@playwright/test';
import type { AnnalsPage } from './support/annals-page.ts';
import { shots, useSharedSession } from './support/session.ts';
import { textColumn } from './support/text-column.ts';
import { callApi, READ_TITLE, setTheme, themes } from './support/tour.ts';

let page: Page;
let annals: AnnalsPage;

useSharedSession(
  {
    name: 'narrow-notes',
    viewport: { width: 720, height: 820 },
    prepare: async (appUrl) => {
      await callApi(appUrl, 'sample.install', {});
    },
  },
  async (session) => {
    ({ page, annals } = session);
  },
);

const notes = () => page.getByRole('complementary', { name: 'Highlights and notes' });
const notesButton = () => annals.reader.getByRole('button', { name: /^Notes/ });

test('opens the notes over the article at 720 px, and the text keeps 55 characters a line or more', async () => {
  await page.getByRole('button', { name: 'Show the sidebar' }).click();
  await annals.view('All articles').click();
  await annals.open(READ_TITLE);
  await expect(annals.articleText.locator('main p').first()).toBeVisible();
  if ((await notes().count()) === 0) await notesButton().click();
  await expect(notes()).toBeVisible();
  expect((await textColumn(page)).perLine).toBeGreaterThanOrEqual(55);
  // The keys went with the notes, so Tab reaches what is in them.
  await expect(notes()).toBeFocused();
  await page.screenshot({ path: shots('narrow-notes-drawer-light.png') });

  await notes().getByRole('button', { name: 'Close notes' }).click();
  await expect(notes()).toHaveCount(0);
  await expect(notesButton()).toHaveAttribute('aria-pressed', 'false');
  expect((await textColumn(page)).perLine).toBeGreaterThanOrEqual(55);
  await page.screenshot({ path: shots('narrow-notes-closed-light.png') });
});

test('opens and closes the notes drawer from the keyboard, keeping the note typed in it', async () => {
  await setTheme(annals, 'dark');
  await annals.reader.getByRole('region', { name: 'Article' }).focus();
  await page.keyboard.press('i');
  await expect(notes()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(notes().getByRole('button', { name: 'Close notes' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Worth a second read.');
  await page.screenshot({ path: shots('narrow-notes-drawer-dark.png') });
  await page.keyboard.press('Escape');
  await expect(notes()).toHaveCount(0);
  // Esc closed the drawer, not the article; the keys are back on the Notes button.
  await expect(annals.reader).toBeVisible();
  await expect(notesButton()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(notes().getByRole('textbox', { name: 'Note on this article' })).toHaveValue('Worth a second read.');
  await page.keyboard.press('Escape');
  await expect(notes()).toHaveCount(0);
});

/**
 * The colour a reader sees on the article just left of the drawer (the page, under whatever lies over it), and the
 * colour of the drawer's edge there, with the contrast between them.
 */
async function drawerEdge(): Promise<{ contrast: number; page: string; edge: string }> {
  return notes().evaluate((drawer) => {
    const parse = (colour: string): number[] => (colour.match(/[\d.]+/g) ?? []).map(Number);
    const box = drawer.getBoundingClientRect();
    // Bottom to top: the article's page, then each layer's colour over it at its own opacity.
    const stack = document.elementsFromPoint(box.left - 24, box.top + box.height / 2).reverse();
    let seen = [255, 255, 255];
    for (const element of stack) {
      const [r = 0, g = 0, b = 0, alpha = 1] = parse(getComputedStyle(element).backgroundColor);
      seen = seen.map((channel, index) => channel * (1 - alpha) + [r, g, b][index]! * alpha);
    }
    const style = getComputedStyle(drawer);
    const edge = parse(style.borderLeftWidth)[0]! >= 1 ? parse(style.borderLeftColor) : seen;
    const luminance = (rgb: number[]) => {
      const [r, g, b] = rgb.slice(0, 3).map((value) => {
        const c = value / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const [light, dark] = [luminance(seen), luminance(edge)].sort((a, b) => b - a);
    const rgb = (value: number[]) => `rgb(${value.slice(0, 3).map(Math.round).join(' ')})`;
    return { contrast: (light! + 0.05) / (dark! + 0.05), page: rgb(seen), edge: rgb(edge) };
  });
}

test('draws the drawer’s edge against the article clearly in every theme, the article readable beside it', async () => {
  for (const theme of themes) {
    await setTheme(annals, theme);
    await notesButton().click();
    await expect(notes()).toBeFocused();
    // Where the drawer starts is a line a reader sees (3:1, as for any control's boundary), in dark too.
    const edge = await drawerEdge();
    expect(edge.contrast, `${theme}: the edge ${edge.edge} on the page ${edge.page}`).toBeGreaterThanOrEqual(3);
    // The article beside it still reads, and still scrolls under the reader's wheel.
    expect((await textColumn(page)).perLine).toBeGreaterThanOrEqual(55);
    const article = annals.reader.getByRole('region', { name: 'Article' });
    const before = await article.evaluate((element) => element.scrollTop);
    const box = (await notes().boundingBox())!;
    await page.mouse.move(box.x / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => article.evaluate((element) => element.scrollTop)).toBeGreaterThan(before);
    await page.screenshot({ path: shots(`narrow-notes-drawer-edge-${theme}.png`) });
    await page.keyboard.press('Escape');
    await expect(notes()).toHaveCount(0);
  }
});
