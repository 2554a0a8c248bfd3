import { describe, expect, it } from 'vitest';
import { extractEntities, LONGEST_TEXT_NAMED } from '../../../electron/core/timeline/extraction/entities.ts';
import { COMPROMISE_BATCH, LONGEST_RUN, taggerRanges } from '../../../electron/core/timeline/language/tagger-ranges.ts';

// A short report in fresh words, and a run of words with no sentence end (a page's list or a hostile run-on).
const OPENING =
  'Harbourmaster Tobias Wrenfield closed the slipway at Penhallow Harbour on Friday. ' +
  'Kestle Marine Authority said repairs would take a week.';
const RUN_ON = ' and the pumps ran on'.repeat(8_000);

describe('names of a text longer than any article', () => {
  it('still finds the names its beginning gives, before a run-on of 170,000 characters', () => {
    const entities = extractEntities(`${OPENING}${RUN_ON}.`);
    expect(entities.people).toContain('Tobias Wrenfield');
    expect(entities.organizations).toContain('Kestle Marine Authority');
  });

  it('reads names from its first LONGEST_TEXT_NAMED characters only', () => {
    const filler = 'The pumps ran all night. '.repeat(Math.ceil(LONGEST_TEXT_NAMED / 25));
    const entities = extractEntities(`${OPENING} ${filler}Councillor Marguerite Ashdown said the slipway reopened.`);
    expect(entities.people).toContain('Tobias Wrenfield');
    expect(entities.people).not.toContain('Marguerite Ashdown');
  });

  it('reads an article of ordinary length whole: its people, organisations and places, as before', () => {
    const article = `${OPENING}\n\nCouncillor Marguerite Ashdown said the slipway reopened on Monday.`;
    expect(extractEntities(article)).toEqual({
      people: ['Tobias Wrenfield', 'Marguerite Ashdown'],
      organizations: ['Kestle Marine Authority'],
      places: expect.arrayContaining(['Penhallow Harbour']),
    });
  });
});

describe('the pieces the tagger reads at once', () => {
  it('leaves an article of prose whole', () => {
    const article = `${OPENING}\n\n${'The pumps ran all night. '.repeat(400)}`;
    expect(taggerRanges(article, [{ start: 0, end: article.length }])).toEqual([{ start: 0, end: article.length }]);
  });

  it('cuts a run-on between words into pieces no longer than a run may be, covering it all in order', () => {
    const text = `${OPENING}${RUN_ON}.`;
    const pieces = taggerRanges(text, [{ start: 0, end: text.length }]);
    expect(pieces.length).toBeGreaterThan(text.length / LONGEST_RUN - 1);
    expect(pieces[0]!.start).toBe(0);
    expect(pieces.at(-1)!.end).toBe(text.length);
    pieces.forEach((piece, i) => {
      if (i > 0) expect(piece.start).toBe(pieces[i - 1]!.end);
      expect(text[piece.end] ?? ' ').toBe(' ');
    });
    // Each piece is at most one run long, but for whole sentences before it.
    for (const piece of pieces.slice(1)) expect(piece.end - piece.start).toBeLessThanOrEqual(LONGEST_RUN);
  });

  it('cuts prose too long for one read at sentence ends', () => {
    const text = 'The pumps ran all night. '.repeat(Math.ceil((COMPROMISE_BATCH * 2.5) / 25));
    const pieces = taggerRanges(text, [{ start: 0, end: text.length }]);
    expect(pieces.length).toBe(3);
    for (const piece of pieces) {
      expect(piece.end - piece.start).toBeLessThanOrEqual(COMPROMISE_BATCH);
      expect(text.slice(piece.start, piece.end)).toMatch(/^The pumps.*night\. $/su);
    }
  });
});
