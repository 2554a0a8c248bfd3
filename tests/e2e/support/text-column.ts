import type { Page } from '@playwright/test';

/** The article text's left and right edges in the page, and how many characters of its font a line holds. */
export async function textColumn(page: Page): Promise<{ left: number; right: number; perLine: number }> {
  const frame = page.frames().find((candidate) => candidate.url().startsWith('about:srcdoc'));
  if (!frame) throw new Error('no article frame');
  const frameBox = (await page.locator('iframe[title="Article text"]').boundingBox())!;
  const inside = await frame.evaluate(() => {
    // The longest paragraph's characters over its lines: the measure as a typographer counts it.
    const paragraphs = [...document.querySelectorAll('main p')];
    const paragraph = paragraphs.reduce((a, b) =>
      (b.textContent?.length ?? 0) > (a.textContent?.length ?? 0) ? b : a,
    );
    const box = paragraph.getBoundingClientRect();
    const lines = Math.round(box.height / Number.parseFloat(getComputedStyle(paragraph).lineHeight));
    return {
      left: box.left,
      right: box.right,
      perLine: (paragraph.textContent?.length ?? 0) / Math.max(1, lines - 0.5),
    };
  });
  return { left: frameBox.x + inside.left, right: frameBox.x + inside.right, perLine: inside.perLine };
}
