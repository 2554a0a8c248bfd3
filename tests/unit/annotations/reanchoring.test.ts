import { describe, expect, it } from 'vitest';
import { anchorInText, describeRange, findQuote } from '../../../electron/core/annotations/anchoring.ts';

const article = [
  'The Old Mill Bridge was closed on Monday after floodwater shifted its central pier.',
  'Engineers from the Arlen Basin Authority said the pier had moved by twelve centimetres.',
  'The mayor said the bridge would stay closed. The mayor said the ferry would run from Thursday.',
  'Divers will inspect the foundations from May 12 to 14, weather permitting.',
].join('\n\n');

function anchorOf(text: string, quote: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  return describeRange(text, at, at + quote.length);
}

const placed = (text: string, result: { start: number; end: number } | null) =>
  result ? text.slice(result.start, result.end) : null;

describe('selectors', () => {
  it('keep the quote, up to 32 characters of context either side, and offsets', () => {
    const anchor = anchorOf(article, 'shifted its central pier');
    expect(anchor.exact).toBe('shifted its central pier');
    expect(anchor.prefix).toHaveLength(32);
    expect(article.slice(anchor.start - 32, anchor.start)).toBe(anchor.prefix);
    expect(anchor.suffix.startsWith('.\n\nEngineers')).toBe(true);
    const first = describeRange(article, 0, 3);
    expect(first.prefix).toBe('');
    const last = anchorOf(article, 'permitting.');
    expect(last.suffix).toBe('');
  });

  it('refuse an empty or out-of-range selection with a clear message', () => {
    expect(() => describeRange(article, 5, 5)).toThrow(/not inside/);
    expect(() => describeRange(article, 0, article.length + 1)).toThrow(/not inside/);
  });

  it('work on Unicode: emoji, combining marks and right-to-left text', () => {
    const text = 'Café 👍🏽 naïve — اجتماع المجلس يوم الثلاثاء — שלום עולם';
    for (const quote of ['👍🏽', 'naïve', 'اجتماع المجلس', 'שלום']) {
      const anchor = anchorOf(text, quote);
      expect(text.slice(anchor.start, anchor.end)).toBe(quote);
      expect(anchorInText(text, anchor)).toMatchObject({ method: 'position' });
      const edited = `עדכון: ${text}`;
      expect(placed(edited, anchorInText(edited, anchor))).toBe(quote);
    }
  });
});

describe('re-anchoring when the article is saved again with changed text', () => {
  it('keeps the position when the text did not change', () => {
    const anchor = anchorOf(article, 'twelve centimetres');
    expect(anchorInText(article, anchor)).toEqual({ start: anchor.start, end: anchor.end, method: 'position' });
  });

  it('follows its words when an editor’s note is inserted before them', () => {
    const anchor = anchorOf(article, 'twelve centimetres');
    const edited = `Editor’s note: this story was updated on May 16.\n\n${article}`;
    const result = anchorInText(edited, anchor);
    expect(result?.method).toBe('quote');
    expect(placed(edited, result)).toBe('twelve centimetres');
  });

  it('finds a reworded quote by fuzzy matching with its context', () => {
    const anchor = anchorOf(article, 'Engineers from the Arlen Basin Authority said the pier had moved');
    const edited = article.replace('said the pier had moved', 'said that the pier had shifted');
    const result = anchorInText(edited, anchor);
    expect(result?.method).toBe('fuzzy');
    expect(placed(edited, result)).toMatch(
      /^Engineers from the Arlen Basin Authority said that the pier had (shifted|shift)/,
    );
  });

  it('answers null when the quoted passage was deleted, so the highlight is kept as orphaned', () => {
    const anchor = anchorOf(article, 'Divers will inspect the foundations from May 12 to 14');
    const edited = article.replace(/\n\nDivers will inspect[^\n]*$/, '');
    expect(anchorInText(edited, anchor)).toBeNull();
  });

  it('picks the right one of a repeated phrase by its context', () => {
    const second = anchorOf(article, 'The mayor said the', 1);
    const edited = `A new first paragraph.\n\n${article}`;
    const result = anchorInText(edited, second);
    expect(result?.start).toBe(edited.indexOf('The mayor said the ferry'));
  });

  it('tolerates whitespace changes inside and around the quote', () => {
    const anchor = anchorOf(article, 'closed on Monday after floodwater shifted');
    const edited = article.replace('closed on Monday after', 'closed  on Monday\nafter');
    expect(placed(edited, anchorInText(edited, anchor))).toBe('closed  on Monday\nafter floodwater shifted');
  });

  it('does not force a short quote onto unrelated text', () => {
    const anchor = describeRange('The budget vote failed.', 4, 15);
    expect(anchorInText(article, anchor)).toBeNull();
  });

  it('re-anchors a long quote by its ends', () => {
    const long = article.slice(0, 300);
    const anchor = describeRange(article, 0, 300);
    const edited = article.replace('central pier', 'middle pier');
    const result = anchorInText(edited, anchor);
    expect(result).not.toBeNull();
    expect(edited.slice(result!.start, result!.start + 40)).toBe(long.slice(0, 40));
  });
});

describe('finding a quote someone typed', () => {
  it('finds it despite typographic quotes, dashes and spacing', () => {
    const text = 'He said “we will not attend” — and left the room at 5 p.m.';
    const found = findQuote(text, 'said "we will not attend" - and left');
    expect(placed(text, found)).toBe('said “we will not attend” — and left');
    expect(findQuote(text, 'words not there')).toBeNull();
  });
});
