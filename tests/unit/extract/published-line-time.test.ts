import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../electron/core/extract/index.ts';

// A byline that says "Published" around a machine-readable <time> (the common shape of a news page's byline): the
// time's own datetime keeps the publisher's hour and UTC offset, which the visible words ("May 21, 2025") do not.
function page(byline: string): string {
  return `<!doctype html><html lang="en"><head><title>Council votes to close the pool</title></head>
<body><main><article><h1>Council votes to close the Marsh Lane pool</h1>
${byline}
<p>The council voted on Wednesday night to close the Marsh Lane pool at the end of the summer season, citing repair costs.</p>
<p>Swimmers who have used the pool for decades said they would petition the mayor to reverse the decision this autumn.</p>
<p>The pool opened in 1968 and was last refurbished in 1994, when the roof and changing rooms were replaced.</p>
</article></main></body></html>`;
}

describe('a "Published" line holding a <time>', () => {
  it('gives the time’s datetime, with its offset, not the day its words name', async () => {
    const article = await extractFromHtml(
      page('<p class="byline">Published <time datetime="2025-05-21T23:30:00-07:00">May 21, 2025</time></p>'),
      { url: 'https://marsh-gazette.example/news/pool' },
    );
    expect(article.publishedAt).toBe('2025-05-21T23:30:00-07:00');
  });

  it('keeps the publisher’s offset when the words also tell the hour', async () => {
    const article = await extractFromHtml(
      page(
        '<p class="byline">Published <time datetime="2025-05-21T23:30:00-07:00">May 21, 2025, 11:30 p.m.</time></p>',
      ),
      { url: 'https://marsh-gazette.example/news/pool' },
    );
    expect(article.publishedAt).toBe('2025-05-21T23:30:00-07:00');
  });
});
