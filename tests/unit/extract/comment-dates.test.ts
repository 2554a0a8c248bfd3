import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../electron/core/extract/index.ts';

// An undated community post: its readers' comments carry the only dates on the page, written days after the post.
const story = [
  'The footbridge over Tolley Brook has been closed since a fallen ash tree cracked its handrail in the storm.',
  'Volunteers from the allotment society cut the tree into rounds over two afternoons and stacked them by the gate.',
  'The parish clerk says a carpenter has measured the rail and the repair should take about a week once the wood arrives.',
  'Until then walkers to the station are asked to use the lane past the old forge, which adds ten minutes.',
]
  .map((line) => `<p>${line}</p>`)
  .join('\n');

function page(comments: string): string {
  return `<!doctype html><html lang="en"><head><title>Footbridge over Tolley Brook closed – Greenway Notes</title></head>
<body><div id="page"><main><header><h1>Footbridge over Tolley Brook closed</h1>
<span class="byline">by Mavis</span></header><div class="entry-content">${story}</div>
<section class="comments-area"><h2 class="comments-title">2 thoughts</h2>
<ol class="comment-list">${comments}</ol></section></main></div></body></html>`;
}

describe('an undated post whose readers’ comments are dated', () => {
  it('takes no publication date from a comment’s written date', async () => {
    const article = await extractFromHtml(
      page(`<li class="comment"><div class="comment-meta"><b class="fn">Rob</b>
        <time class="comment-date">October 14, 2031 at 6:40 pm</time></div><p>Thanks for the update.</p></li>`),
      { url: 'https://greenway-notes.example/tolley-footbridge/' },
    );
    expect(article.text).toContain('Tolley Brook');
    expect(article.publishedAt).toBeNull();
  });

  it('takes no publication date from a comment’s <time datetime>', async () => {
    const article = await extractFromHtml(
      page(`<li id="comment-12"><article class="comment-body"><div class="comment-metadata"><b>Ana</b>
        <time datetime="2031-10-15T08:05:00+01:00">15 October 2031</time></div><p>Good to know.</p></article></li>`),
      { url: 'https://greenway-notes.example/tolley-footbridge/' },
    );
    expect(article.publishedAt).toBeNull();
  });

  it('still reads the post’s own dateline beside dated comments', async () => {
    const html = page(
      `<li class="comment"><span class="comment-date">October 14, 2031 at 6:40 pm</span><p>Thanks.</p></li>`,
    ).replace('<span class="byline">by Mavis</span>', '<span class="posted-on">Posted on October 12, 2031</span>');
    const article = await extractFromHtml(html, { url: 'https://greenway-notes.example/tolley-footbridge/' });
    expect(article.publishedAt?.slice(0, 10)).toBe('2031-10-12');
  });
});

describe('a short line that reads like a day of another century', () => {
  it('is a version number, not the dateline', async () => {
    const html = page('').replace('<span class="byline">by Mavis</span>', '<div class="recipe-end">4.1.1187</div>');
    const article = await extractFromHtml(html, { url: 'https://greenway-notes.example/tolley-footbridge/' });
    expect(article.publishedAt).toBeNull();
  });
});
