import { beforeAll, describe, expect, it } from 'vitest';
import { decodeHtml } from '../../../electron/core/extract/charset.ts';
import { extractFromHtml } from '../../../electron/core/extract/index.ts';
import type { ExtractedArticle } from '../../../electron/core/extract/types.ts';
import { fixtureBytes, fixtureText, paragraphs, refusalSaying, rejection } from './support.ts';

describe('a page whose metadata is only in JSON-LD (@graph, references, a broken block)', () => {
  let article: ExtractedArticle;
  beforeAll(async () => {
    article = await extractFromHtml(fixtureText('jsonld-graph.html'), {
      url: 'https://coastline-courier.example/news/harbour-bridge-reopens/',
    });
  });

  it('takes the headline, authors, publisher and date from the article node of the graph', () => {
    expect(article.title).toBe('Harbour Bridge Reopens After Two-Year Repair');
    expect(article.byline).toBe('Maya Okafor, Tom Reyes');
    expect(article.siteName).toBe('Coastline Courier');
    expect(article.publishedAt).toBe('2025-03-04T06:30:00+00:00');
    expect(article.lang).toBe('en-GB');
  });

  it('follows the image reference to the ImageObject for the lead image', () => {
    expect(article.leadImage).toBe('https://coastline-courier.example/wp-content/uploads/2025/03/harbour-bridge.jpg');
  });

  it('ignores the malformed JSON-LD block instead of failing', () => {
    expect(article.title).not.toContain('broken');
    expect(article.publishedAt).not.toMatch(/^1999/);
  });

  it('keeps the story and drops the menu, widgets and footer', () => {
    const text = paragraphs(article.text);
    expect(text[0]).toMatch(/^The swing bridge across the inner harbour reopened/);
    expect(text.at(-1)).toMatch(/^A public inquiry/);
    expect(article.text).not.toMatch(/Skip to content|Lifeboat crew|Contact us|Announcements/);
    expect(article.canonicalUrl).toBeNull();
  });
});

describe('a page dated only by a visible dateline', () => {
  let article: ExtractedArticle;
  beforeAll(async () => {
    article = await extractFromHtml(fixtureText('dateline-only.html'), {
      url: 'https://valleyherald.example/news.php?id=4410',
    });
  });

  it('reads the date and time from the dateline text, with its time zone', () => {
    expect(article.publishedAt).toBe('2025-05-16T14:05:00+00:00');
  });

  it('trims the site name from the <title> using the heading as the boundary', () => {
    expect(article.title).toBe('Mill fire: families allowed home');
  });

  it('leaves the dateline out of the article text and keeps the story', () => {
    expect(article.text).not.toContain('Published: 16 May 2025');
    expect(paragraphs(article.text)[0]).toMatch(/^Twenty-three families who were evacuated/);
    expect(article.text).toContain('inspected the boundary wall.');
    expect(article.text).not.toMatch(/Front page|Reproduction without permission/);
  });

  it('falls back to the host name for the site name', () => {
    expect(article.siteName).toBe('valleyherald.example');
  });
});

describe('a windows-1252 page declared in <meta charset>', () => {
  it('decodes curly quotes, dashes, accents and the euro sign from the raw bytes', async () => {
    const { html, encoding } = decodeHtml(fixtureBytes('cp1252-meta.html'), 'text/html');
    expect(encoding).toBe('windows-1252');
    const article = await extractFromHtml(html, { url: 'https://lantern.example/food/pay-what-you-can' });
    expect(article.title).toBe('Café owner’s “pay what you can” menu turns a profit');
    expect(article.byline).toBe('Renée Lefèvre');
    expect(article.text).toContain('called it “a charity with an espresso machine”');
    expect(article.text).toContain('a profit of €31,400');
    expect(article.text).toContain('worth — or what they can afford');
    expect(article.text).not.toMatch(/[\u0080-\u009f\ufffd]/);
    expect(article.publishedAt).toBe('2025-02-11T08:00:00+01:00');
  });
});

describe('a page with relative and lazy-loaded images', () => {
  const pageUrl = 'https://metro-weekly.example/features/2025/night-market/index.html';
  let article: ExtractedArticle;
  beforeAll(async () => {
    article = await extractFromHtml(fixtureText('lazy-images.html'), { url: pageUrl });
  });

  it('uses the real image behind data-src, data-lazy-src, data-original, srcset, data-srcset and <picture>', () => {
    expect(article.images.map((i) => i.url)).toEqual([
      'https://metro-weekly.example/media/2025/04/market-at-midnight.jpg',
      'https://metro-weekly.example/features/2025/photos/dumpling-stall.jpg',
      'https://cdn.metro-weekly.example/photos/corn-grill.jpg',
      'https://metro-weekly.example/features/2025/night-market/photos/queue-1600.jpg',
      'https://metro-weekly.example/features/2025/night-market/photos/soup-1600.webp',
      'https://metro-weekly.example/features/2025/night-market/photos/dawn@2x.jpg',
    ]);
  });

  it('leaves no placeholder, srcset or lazy attribute behind', () => {
    expect(article.html).not.toMatch(/data:|srcset|data-src|placeholder\.gif|<picture|<source/);
  });

  it('takes the first large article image as the lead image when the page declares none', () => {
    expect(article.leadImage).toBe('https://metro-weekly.example/media/2025/04/market-at-midnight.jpg');
  });

  it('makes links absolute and turns javascript: links into plain text', () => {
    expect(article.html).toContain(
      '<a href="https://metro-weekly.example/features/council/night-economy/" rel="noopener noreferrer">step in</a>',
    );
    expect(article.html).not.toContain('javascript');
    expect(article.text).toContain('and share this story has become their unofficial slogan');
  });

  it('reads the byline from rel=author and prefers the meta description as excerpt', () => {
    expect(article.byline).toBe('Lena Ward');
    expect(article.excerpt).toBe('From midnight to dawn, a car park becomes the busiest kitchen in town.');
    expect(article.publishedAt).toBe('2025-04-02');
  });
});

describe('a sign-in landing page', () => {
  it('is refused as not an article, saying that it asks the reader to sign in', async () => {
    const error = await rejection(
      extractFromHtml(fixtureText('landing-page.html'), { url: 'https://ledger.example/login' }),
    );
    expect(error).toEqual(refusalSaying('it asks you to sign in or subscribe'));
  });
});

describe('a page whose publisher writes its own UTC offset', () => {
  let article: ExtractedArticle;
  beforeAll(async () => {
    article = await extractFromHtml(fixtureText('publisher-offset.html'), {
      url: 'https://pacificslope-tribune.example/politics/2025/05/21/wildfire-bond-ballot?utm_source=newsletter',
    });
  });

  it('keeps the date as the publisher wrote it, not converted to UTC (which would be the next day)', () => {
    expect(article.publishedAt).toBe('2025-05-21T19:05:00-07:00');
  });

  it('takes the canonical URL from og:url and resolves a relative og:image', () => {
    expect(article.canonicalUrl).toBe('https://pacificslope-tribune.example/politics/2025/05/21/wildfire-bond-ballot');
    expect(article.leadImage).toBe('https://pacificslope-tribune.example/img/2025/05/capitol-night.jpg');
  });

  it('uses the meta author rather than the article:author URL, and og:locale-independent html lang', () => {
    expect(article.byline).toBe('Dana Whitfield');
    expect(article.lang).toBe('en-US');
  });

  it('drops the byline/time block and the most-read list from the text', () => {
    expect(paragraphs(article.text)[0]).toMatch(/^SACRAMENTO — Lawmakers voted late Wednesday/);
    expect(article.text).not.toMatch(/7:05 PM PDT|Most read|Subscribe for/);
  });
});

describe('an AMP page with Open Graph metadata only', () => {
  let article: ExtractedArticle;
  beforeAll(async () => {
    article = await extractFromHtml(fixtureText('amp-article.html'), {
      url: 'https://northern-daily.example/amp/science/2025/06/03/glacier-retreat-record.html',
    });
  });

  it('takes the title from og:title, not the bare site name in <title>', () => {
    expect(article.title).toBe('Glacier retreat sets record as spring heat lingers');
    expect(article.siteName).toBe('Northern Daily');
  });

  it('keeps <amp-img> images as ordinary images', () => {
    expect(article.images).toEqual([{ url: 'https://northern-daily.example/images/2025/06/glacier-front.jpg' }]);
    expect(article.html).not.toContain('amp-');
  });

  it('points at the canonical non-AMP article and keeps the +02:00 publication time', () => {
    expect(article.canonicalUrl).toBe('https://northern-daily.example/science/2025/06/03/glacier-retreat-record.html');
    expect(article.publishedAt).toBe('2025-06-03T07:45:00+02:00');
    expect(article.excerpt).toBe("Surveyors measured a loss of 180 metres at the glacier's front since last June.");
  });

  it('keeps the story and drops the menu, ads and share buttons', () => {
    expect(paragraphs(article.text)).toHaveLength(5);
    expect(article.text).not.toMatch(/Menu|Weather|Privacy/);
  });
});

describe('a news page with heavy boilerplate around a paginated story', () => {
  let article: ExtractedArticle;
  beforeAll(async () => {
    article = await extractFromHtml(fixtureText('boilerplate-news.html'), {
      url: 'https://nxnews.example/uk/rail-strike-called-off?page=1',
    });
  });

  it('keeps exactly the standfirst under the headline and the six paragraphs of the story', () => {
    const text = paragraphs(article.text);
    expect(text).toHaveLength(7);
    expect(text[0]).toBe('Union and operators agree a two-year pay deal hours before the walkout was due to begin.');
    expect(text[1]).toMatch(/^A national rail strike that would have shut down/);
    expect(text[6]).toMatch(/^Passengers' groups said/);
  });

  it('drops consent banner, ticker, menus, ads, inline teasers, pagination, newsletter, related, comments and sidebar', () => {
    for (const noise of [
      '847 partners',
      'Flood warnings',
      'Podcasts',
      'Advertisement',
      'Bus fares frozen',
      'Page 1 of 2',
      'Morning Briefing',
      'Train operators fined',
      'common sense',
      'Storm to bring',
      'not responsible for the content',
      'Comments (214)',
    ]) {
      expect(article.text).not.toContain(noise);
    }
  });

  it('reads the metadata and keeps the byline out of the text', () => {
    expect(article.title).toBe('Rail strike called off after overnight talks');
    expect(article.byline).toBe('Sam Adeyemi, Transport Correspondent');
    expect(article.publishedAt).toBe('2025-01-28T06:12:00+00:00');
    expect(article.text).not.toContain('By Sam Adeyemi');
  });
});

describe('a German article', () => {
  let article: ExtractedArticle;
  beforeAll(async () => {
    article = await extractFromHtml(fixtureText('german-article.html'), {
      url: 'https://rheinischer-bote.example/kultur/stadtbibliothek-mitternacht',
    });
  });

  it('reports the language and site from html lang and og:site_name', () => {
    expect(article.lang).toBe('de');
    expect(article.siteName).toBe('Rheinischer Bote');
    expect(article.title).toBe('Stadtbibliothek verlängert Öffnungszeiten bis Mitternacht');
  });

  it('parses the German dateline "16. Mai 2025, 14:05 Uhr" as local time and strips "Von" from the byline', () => {
    expect(article.publishedAt).toBe('2025-05-16T14:05:00');
    expect(article.byline).toBe('Jana Übelhör');
    expect(article.text).not.toContain('16. Mai 2025');
    expect(article.text).not.toContain('Von Jana');
  });

  it('counts words with umlauts and ß as single words', () => {
    expect(paragraphs(article.text)).toHaveLength(4);
    expect(article.text).toContain('„Gerade Studierende und Schülerinnen');
    expect(article.wordCount).toBeGreaterThan(120);
    expect(article.wordCount).toBeLessThan(145);
  });
});

describe('pasted HTML', () => {
  it('extracts a bare fragment without <html> or <body>, titled from the file name', async () => {
    const body = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>Paragraph ${i + 1} of a pasted story has enough ordinary words to be read as an article by the extractor.</p>`,
    ).join('');
    const article = await extractFromHtml(body, { fileName: 'notes/pasted-story.html' });
    expect(article.title).toBe('pasted story');
    expect(paragraphs(article.text)).toHaveLength(6);
    expect(article.url).toBeNull();
    expect(article.siteName).toBeNull();
  });

  it('refuses empty HTML and addresses that are not http or https', async () => {
    expect(await rejection(extractFromHtml('   ', {}))).toMatchObject({ code: 'BAD_INPUT' });
    expect(await rejection(extractFromHtml('<p>x</p>', { url: 'file:///etc/passwd' }))).toEqual({
      code: 'BAD_INPUT',
      message: 'Only http and https addresses can be saved',
    });
  });
});
