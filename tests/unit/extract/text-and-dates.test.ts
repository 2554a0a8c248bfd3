import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanByline } from '../../../electron/core/extract/byline.ts';
import { decodeHtml, sniffMetaCharset } from '../../../electron/core/extract/charset.ts';
import { normalizeDate, parseDateText } from '../../../electron/core/extract/dates.ts';
import { normalizeLang } from '../../../electron/core/extract/metadata.ts';
import { countWords, htmlToText, makeExcerpt, readingMinutes } from '../../../electron/core/extract/plain-text.ts';
import { largestSrcsetCandidate } from '../../../electron/core/extract/prepare.ts';
import { trimSiteName } from '../../../electron/core/extract/title.ts';

function textOf(html: string): string {
  return htmlToText(new JSDOM(`<!DOCTYPE html><body>${html}</body>`).window.document.body);
}

describe('publication dates', () => {
  it('keeps the publisher’s offset exactly as written', () => {
    expect(normalizeDate('2025-05-21T19:05:00-07:00')).toBe('2025-05-21T19:05:00-07:00');
    expect(normalizeDate('2025-05-15T14:20:00Z')).toBe('2025-05-15T14:20:00Z');
    expect(normalizeDate('2025-05-15T14:20:00+00:00')).toBe('2025-05-15T14:20:00+00:00');
  });

  it('normalises only the format: space separator, compact offset, missing seconds, fractions', () => {
    expect(normalizeDate('2025-05-21 19:05:00.123-0700')).toBe('2025-05-21T19:05:00-07:00');
    expect(normalizeDate('2025-05-21T19:05+05:30')).toBe('2025-05-21T19:05:00+05:30');
    expect(normalizeDate('Wed, 21 May 2025 19:05:00 -0700')).toBe('2025-05-21T19:05:00-07:00');
  });

  it('keeps a bare date as YYYY-MM-DD and a time without offset as local time', () => {
    expect(normalizeDate('2025-05-16')).toBe('2025-05-16');
    expect(normalizeDate('May 16, 2025')).toBe('2025-05-16');
    expect(normalizeDate('2025-05-16T09:30:00')).toBe('2025-05-16T09:30:00');
  });

  it('rejects impossible or empty dates', () => {
    expect(normalizeDate('2025-02-30')).toBeNull();
    expect(normalizeDate('2025-13-01T00:00:00Z')).toBeNull();
    expect(normalizeDate('')).toBeNull();
    expect(normalizeDate('soon')).toBeNull();
  });

  it('finds a dateline in visible text, with its zone when stated', () => {
    expect(parseDateText('Published: 16 May 2025 14:05 GMT')).toBe('2025-05-16T14:05:00+00:00');
    expect(parseDateText('Thursday, May 15, 2025 at 2:20 p.m. ET')).toBe('2025-05-15T14:20:00-04:00');
    expect(parseDateText('Publié le 12 mars 2025 à 08h15', 'fr')).toBe('2025-03-12T08:15:00');
  });

  it('ignores relative phrases, which are not dates of publication', () => {
    expect(parseDateText('Updated 3 hours ago')).toBeNull();
    expect(parseDateText('Last Tuesday')).toBeNull();
  });
});

describe('plain text', () => {
  it('makes each block a paragraph separated by exactly one blank line, with whitespace collapsed', () => {
    expect(
      textOf(
        '<h2>Head  line</h2>\n\n<p>One\n   two</p><ul><li>a</li><li> b </li></ul><p></p><blockquote><p>q</p></blockquote>',
      ),
    ).toBe('Head line\n\nOne two\n\na\n\nb\n\nq');
  });

  it('turns <br> into a line break inside the paragraph and keeps <pre> lines', () => {
    expect(textOf('<p>line one<br>line two<br><br></p><pre>a = 1\n\n  b = 2\n</pre>')).toBe(
      'line one\nline two\n\na = 1\n  b = 2',
    );
  });

  it('joins table cells of a row', () => {
    expect(textOf('<table><tr><th>Votes</th><th>Count</th></tr><tr><td>For</td><td>31</td></tr></table>')).toBe(
      'Votes | Count\n\nFor | 31',
    );
  });

  it('normalises to NFC', () => {
    expect(textOf('<p>Cafe\u0301</p>')).toBe('Caf\u00e9');
  });

  it('counts words in any script and derives the reading time', () => {
    expect(countWords('Hello, world — it’s 2025!')).toBe(4);
    expect(countWords('Schöne Grüße aus Köln')).toBe(4);
    expect(countWords('Привет, мир')).toBe(2);
    expect(countWords('— … !')).toBe(0);
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(230 * 7)).toBe(7);
  });

  it('prefers the page description for the excerpt, else the story’s opening cut at a word', () => {
    expect(makeExcerpt('A description.', 'text')).toBe('A description.');
    const text = `Short caption.\n\n${'Lorem ipsum dolor sit amet consectetur '.repeat(10)}`;
    const excerpt = makeExcerpt(null, text);
    expect(excerpt.startsWith('Lorem ipsum')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(201);
    expect(excerpt).not.toMatch(/\s…$/);
  });
});

describe('metadata helpers', () => {
  it('trims the site name from either end of a title, only when it really is the site name', () => {
    expect(trimSiteName('Story title | World Desk Daily', ['World Desk Daily'])).toBe('Story title');
    expect(trimSiteName('World Desk Daily - Story title', ['World Desk Daily'])).toBe('Story title');
    expect(trimSiteName('Story title – worlddesk.example', ['worlddesk.example'])).toBe('Story title');
    expect(trimSiteName('Brexit - what happens next', ['World Desk Daily'])).toBe('Brexit - what happens next');
  });

  it('cleans bylines', () => {
    expect(cleanByline('By Jane Doe · 16 May 2025')).toBe('Jane Doe');
    expect(cleanByline('  by   Jane   Doe ')).toBe('Jane Doe');
    expect(cleanByline('https://example.com/authors/jane')).toBeNull();
    expect(cleanByline('')).toBeNull();
  });

  it('normalises language tags', () => {
    expect(normalizeLang('en_us')).toBe('en-US');
    expect(normalizeLang('zh-hant-tw')).toBe('zh-Hant-TW');
    expect(normalizeLang('de, en')).toBe('de');
    expect(normalizeLang('not a language')).toBeNull();
  });

  it('picks the largest srcset candidate', () => {
    expect(largestSrcsetCandidate('a.jpg 480w, b.jpg 1600w, c.jpg 960w')).toBe('b.jpg');
    expect(largestSrcsetCandidate('a.jpg, b.jpg 2x, c.jpg 1.5x')).toBe('b.jpg');
    expect(
      largestSrcsetCandidate('https://cdn.example/img,w_400.jpg 400w, https://cdn.example/img,w_800.jpg 800w'),
    ).toBe('https://cdn.example/img,w_800.jpg');
    expect(largestSrcsetCandidate('')).toBeNull();
  });
});

describe('character sets', () => {
  it('finds the charset in <meta charset> and <meta http-equiv>, skipping comments', () => {
    expect(sniffMetaCharset(Buffer.from('<head><meta charset="windows-1252">'))).toBe('windows-1252');
    expect(
      sniffMetaCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')),
    ).toBe('ISO-8859-1');
    expect(sniffMetaCharset(Buffer.from('<!-- <meta charset="koi8-r"> --><p>none</p>'))).toBeNull();
  });

  it('decodes windows-1252 punctuation correctly even where the runtime decodes it as Latin-1', () => {
    const bytes = Uint8Array.from([0x93, 0x41, 0x94, 0x20, 0x80, 0x20, 0x97, 0x20, 0xe9, 0x20, 0x81]);
    expect(decodeHtml(bytes, 'text/html; charset=windows-1252').html).toBe('“A” € — é \u0081');
  });

  it('decodes other legacy encodings through the runtime', () => {
    expect(decodeHtml(Uint8Array.from([0x82, 0xa0]), 'text/html; charset=shift_jis').html).toBe('あ');
    expect(decodeHtml(Uint8Array.from([0x8a, 0x9a]), 'text/html; charset=windows-1250').html).toBe('Šš');
  });

  it('ignores an unknown charset label and falls back to UTF-8', () => {
    expect(decodeHtml(Buffer.from('“ok”'), 'text/html; charset=x-unknown').html).toBe('“ok”');
  });
});
