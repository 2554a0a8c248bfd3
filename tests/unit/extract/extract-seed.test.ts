import { beforeAll, describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../electron/core/extract/index.ts';
import type { ExtractedArticle } from '../../../electron/core/extract/types.ts';
import { fixtureText, paragraphs } from './support.ts';

const CANONICAL = 'https://worlddesk.example/2025/05/15/kremlin-confirms-putin-skips-turkey-talks/';

describe('extracting the seed article', () => {
  let article: ExtractedArticle;
  beforeAll(async () => {
    article = await extractFromHtml(fixtureText('seed-article.html'), { fileName: 'seed-article.html' });
  });

  it('takes the headline without the " | World Desk Daily" suffix', () => {
    expect(article.title).toBe('Kremlin Confirms Putin’s Ignore Russia-Ukraine Peace Talk Scheduled To Hold In Turkey');
  });

  it('reads the byline, site name, language and publication date from the page metadata', () => {
    expect(article.byline).toBe('Staff Reporter');
    expect(article.siteName).toBe('World Desk Daily');
    expect(article.lang).toBe('en');
    expect(article.publishedAt).toMatch(/^2025-05-15/);
    expect(article.publishedAt).toBe('2025-05-15T14:20:00+00:00');
  });

  it('reports the canonical URL and, with no page address, resolves the lead image against it', () => {
    expect(article.url).toBeNull();
    expect(article.canonicalUrl).toBe(CANONICAL);
    expect(article.leadImage).toBe(`${CANONICAL}images/istanbul-talks.png`);
    expect(article.images).toEqual([{ url: `${CANONICAL}images/istanbul-talks.png` }]);
  });

  it('keeps every paragraph of the story, from "Kremlin confirmed" to "ready for serious work", in order', () => {
    // The scraped text also holds the headline and the comment form; the story is what lies between.
    // Whitespace is collapsed in the plain text, so the page's no-break spaces become ordinary spaces.
    const scraped = paragraphs(fixtureText('seed-article.txt')).map((p) => p.replace(/\s+/g, ' '));
    const first = scraped.findIndex((p) => p.startsWith('Kremlin confirmed'));
    const last = scraped.findIndex((p) => p.includes('ready for serious work'));
    const story = scraped.slice(first, last + 1);
    expect(story).toHaveLength(12);

    const extracted = paragraphs(article.text);
    const start = extracted.findIndex((p) => p.startsWith('Kremlin confirmed'));
    expect(start).toBeGreaterThanOrEqual(0);
    expect(extracted.slice(start)).toEqual(story);
  });

  it('drops the cookie banner, navigation, share links, related stories, comment form and footer', () => {
    for (const boilerplate of [
      'We use cookies',
      'Accept all',
      'Subscribe',
      'Politics',
      'Share:',
      'Facebook',
      'Related stories',
      'Oil prices climb',
      'Leave a Reply',
      'Your email address will not be published',
      'Post Comment',
      'All rights reserved',
      'Privacy',
    ]) {
      expect(article.text).not.toContain(boilerplate);
      expect(article.html).not.toContain(boilerplate);
    }
    expect(article.html).not.toMatch(/<(?:nav|form|footer|aside|textarea|button)\b/i);
  });

  it('leaves the byline and dateline block out of the text, since they are metadata', () => {
    expect(article.text).not.toContain('By Staff Reporter');
    expect(article.text).not.toContain('May 15, 2025');
  });

  it('never runs the page script and keeps no <script> in the output', () => {
    expect((globalThis as { __fixtureScriptRan?: boolean }).__fixtureScriptRan).toBeUndefined();
    expect(article.html).not.toMatch(/<script/i);
    expect(article.html).not.toContain('__fixtureScriptRan');
  });

  it('separates paragraphs by exactly one blank line and counts words for the reading time', () => {
    expect(article.text).not.toMatch(/\n{3,}/);
    expect(article.text).not.toMatch(/^\s|\s$/);
    for (const paragraph of article.text.split('\n\n')) expect(paragraph).not.toMatch(/\s{2,}/);
    expect(article.wordCount).toBeGreaterThan(330);
    expect(article.wordCount).toBeLessThan(380);
    expect(article.readingMinutes).toBe(Math.max(1, Math.round(article.wordCount / 230)));
  });

  it('makes an excerpt from the opening of the story, cut at a word, when the page has no description', () => {
    expect(article.excerpt.startsWith('Kremlin confirmed that president Vladimir Putin')).toBe(true);
    expect(article.excerpt.length).toBeLessThanOrEqual(201);
    expect(article.excerpt.endsWith('…')).toBe(true);
  });

  it('resolves the image against the page address when the HTML comes with one', async () => {
    const fromBrowser = await extractFromHtml(fixtureText('seed-article.html'), {
      url: 'https://mirror.example/saved/seed-article.html',
    });
    expect(fromBrowser.url).toBe('https://mirror.example/saved/seed-article.html');
    expect(fromBrowser.leadImage).toBe('https://mirror.example/saved/images/istanbul-talks.png');
    expect(fromBrowser.canonicalUrl).toBe(CANONICAL);
  });
});
