// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../electron/contract/model.ts';
import { clearHighlights, findMatches, paintHighlights } from '../../../renderer/src/reader/paint-highlights.ts';
import { snapToWords, TextMap } from '../../../renderer/src/reader/text-map.ts';

// The frame shows the stored HTML; text.txt is its text with whitespace collapsed and blocks split
// by blank lines (as the extractor writes it). Offsets always point into text.txt.
const html = `<main><h2>Flood  closes   the bridge</h2>
  <p>The <em>Old Mill</em> Bridge was closed on Monday.</p>
  <p>Engineers said the pier had   shifted by <strong>12 cm</strong>.</p>
  <table><tr><td>Votes for</td><td>31</td></tr></table></main>`;
const text =
  'Flood closes the bridge\n\nThe Old Mill Bridge was closed on Monday.\n\nEngineers said the pier had shifted by 12 cm.\n\nVotes for | 31';

function mount(): HTMLElement {
  document.body.innerHTML = html;
  return document.querySelector('main')!;
}

function highlight(id: string, exact: string, color: Annotation['color'] = 'yellow', nth = 0): Annotation {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(exact, start + 1);
  return {
    id,
    articleId: 'article1',
    kind: 'highlight',
    anchor: { exact, prefix: '', suffix: '', start, end: start + exact.length },
    orphaned: false,
    color,
    note: '',
    tags: [],
    created: '2025-05-20T10:00:00.000Z',
    modified: '2025-05-20T10:00:00.000Z',
  };
}

const marked = (root: HTMLElement, id: string) =>
  [...root.querySelectorAll(`mark[data-annotation-id="${id}"]`)].map((mark) => mark.textContent).join('');

describe('highlights in the reader', () => {
  it('turns a selection across inline elements and paragraphs into offsets of the stored text', () => {
    const root = mount();
    const map = new TextMap(root, text);
    const range = document.createRange();
    const old = root.querySelector('em')!.firstChild!;
    range.setStart(old, 0);
    const engineers = root.querySelectorAll('p')[1]!.firstChild!;
    range.setEnd(engineers, 'Engineers said'.length);
    const offsets = map.rangeToText(range)!;
    expect(text.slice(offsets.start, offsets.end)).toBe('Old Mill Bridge was closed on Monday.\n\nEngineers said');
  });

  it('grows a selection that stops inside a word to the whole word, and trims spaces', () => {
    const start = text.indexOf('ld Mill');
    const end = text.indexOf('closed') + 3;
    const snapped = snapToWords(text, start - 1 + 1, end);
    expect(text.slice(snapped.start, snapped.end)).toBe('Old Mill Bridge was closed');
    const spaced = snapToWords(text, text.indexOf(' Bridge'), text.indexOf(' was') + 3);
    expect(text.slice(spaced.start, spaced.end)).toBe('Bridge was');
  });

  it('paints highlights over exactly their words, nested where they overlap, across elements', () => {
    const root = mount();
    paintHighlights(root, text, [
      highlight('a', 'Old Mill Bridge was closed'),
      highlight('b', 'Bridge was closed on Monday', 'blue'),
      highlight('c', 'shifted by 12 cm', 'pink'),
      highlight('d', 'Votes for | 31', 'green'),
    ]);
    expect(marked(root, 'a')).toBe('Old Mill Bridge was closed');
    expect(marked(root, 'b')).toBe('Bridge was closed on Monday');
    expect(marked(root, 'c')).toBe('shifted by 12 cm');
    expect(marked(root, 'd')).toBe('Votes for31');
    expect(root.querySelector('mark[data-annotation-id="b"] mark, mark[data-annotation-id="a"] mark')).not.toBeNull();
    expect(root.querySelector('mark.annals-hl-pink')).not.toBeNull();
    // The page's words are all still there, in order.
    expect(root.textContent?.replace(/\s+/g, ' ')).toContain('The Old Mill Bridge was closed on Monday.');
  });

  it('repaints without leaving marks behind, and skips orphans', () => {
    const root = mount();
    paintHighlights(root, text, [highlight('a', 'closed on Monday')]);
    const orphan = { ...highlight('z', 'Engineers'), orphaned: true };
    paintHighlights(root, text, [highlight('b', 'pier had shifted'), orphan]);
    expect(root.querySelectorAll('mark[data-annotation-id="a"]')).toHaveLength(0);
    expect(marked(root, 'b')).toBe('pier had   shifted');
    expect(root.querySelector('mark[data-annotation-id="z"]')).toBeNull();
    clearHighlights(root);
    expect(root.querySelectorAll('mark')).toHaveLength(0);
    expect(root.innerHTML).toBe(mount().innerHTML);
  });

  it('marks a timeline event’s sentence and, inside it, the words that gave its date', () => {
    const root = mount();
    const start = text.indexOf('The Old Mill');
    const end = text.indexOf('Monday.') + 'Monday.'.length;
    const dateStart = text.indexOf('on Monday');
    paintHighlights(root, text, [], [], { start, end, dateStart, dateEnd: dateStart + 'on Monday'.length });
    const sentence = [...root.querySelectorAll('mark.annals-event')].map((mark) => mark.textContent).join('');
    expect(sentence).toBe('The Old Mill Bridge was closed on Monday.');
    expect(root.querySelector('mark.annals-event mark.annals-event-date')?.textContent).toBe('on Monday');
    clearHighlights(root);
    expect(root.innerHTML).toBe(mount().innerHTML);
  });
});

describe('search matches in the article', () => {
  const words = (terms: string[], phrases: string[] = []) =>
    findMatches(text, terms, phrases).map(({ start, end }) => text.slice(start, end));

  it('marks whole words, never a piece inside a word', () => {
    expect(words(['old', 'the'])).toEqual(['the', 'The', 'Old', 'the']);
    expect(words(['ill'])).toEqual([]);
  });

  it('marks the whole word the last word typed begins, as search finds words as you type', () => {
    expect(words(['bridg'])).toEqual(['bridge', 'Bridge']);
    expect(words(['bridg', 'closed'])).toEqual(['closed']);
  });

  it('marks phrases only where they start and end on word boundaries', () => {
    expect(words([], ['old mill bridge'])).toEqual(['Old Mill Bridge']);
    expect(words([], ['ld mill'])).toEqual([]);
  });
});
