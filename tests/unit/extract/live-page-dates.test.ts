import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../electron/core/extract/index.ts';

// A live page lists its entries newest first, each under a <time>; the page's own line says when it was published.
function livePage(published: string): string {
  const entry = (iso: string, clock: string, text: string) =>
    `<div class="entry"><time datetime="${iso}">${clock}</time><p>${text}</p></div>`;
  return `<!doctype html><html lang="en"><head><title>Harbour wall repairs – live</title></head>
<body><main><article><h1>Harbour wall repairs: live updates</h1>
${published}
<p class="summary">Crews are working through the night to shore up the harbour wall at Pennock Quay after the storm.</p>
${entry('2039-03-09T18:10:00+00:00', '18:10', 'The harbourmaster says the outer berths will stay closed until the weekend at the earliest.')}
${entry('2039-03-09T15:45:00+00:00', '15:45', 'A second barge loaded with rock armour has arrived from the quarry at Selden Cross this afternoon.')}
${entry('2039-03-09T09:20:00+00:00', '09:20', 'Divers went down at first light to look at the foot of the wall where the stones were washed out.')}
</article></main></body></html>`;
}

describe('the publication time of a live page', () => {
  it('is the time its "Published" line states, not its newest entry’s', async () => {
    const article = await extractFromHtml(
      livePage('<p class="live-dateline">Published: Monday 9 March 2039, 18:25 GMT</p>'),
      { url: 'https://pennock-herald.example/live/harbour-wall' },
    );
    expect(article.publishedAt).toBe('2039-03-09T18:25:00+00:00');
    expect(article.text).not.toContain('Published:');
    expect(article.text).toContain('second barge');
  });

  it('is the first entry’s time when the page states none', async () => {
    const article = await extractFromHtml(livePage(''), { url: 'https://pennock-herald.example/live/harbour-wall' });
    expect(article.publishedAt).toBe('2039-03-09T18:10:00+00:00');
  });
});
