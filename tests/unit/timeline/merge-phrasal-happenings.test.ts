// Two outlets telling one happening, one in a phrase of several words ("sent the treasurer to prison", "put the ring
// behind bars", "gave the go-ahead") and the other in one word ("jailed", "imprisoned", "approved"), are joined; the phrases'
// other meanings stay apart. Written for this test: each outlet tells two happenings of Monday 12 October 2026 and
// publishes on Wednesday 14 October, so no report is all its article tells of that day.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import { mergeItemsOf } from '../../../electron/core/timeline/merging/merge-events.ts';
import { phrasalWordsOf } from '../../../electron/core/timeline/merging/phrasal-happenings.ts';
import { merged, reference } from './outlets.ts';

/** Whether the first sentences of two two-sentence articles land in one entry of Monday, and the second ones too. */
function pairsJoined(first: [string, string], second: [string, string]): [boolean, boolean] {
  const entries = merged(first.join(' '), second.join(' ')).filter((entry) => entry.date === '2026-10-12');
  const holds = (sentence: 0 | 1) =>
    entries.some((entry) =>
      [first, second].every((_, i) =>
        entry.sources.some(
          (source) =>
            source.articleId === `outlet-${i + 1}` && (sentence === 0 ? source.start === 0 : source.start > 0),
        ),
      ),
    );
  return [holds(0), holds(1)];
}

describe('happenings told in phrases of several words', () => {
  it.each([
    [
      ['A judge sent the former harbourmaster to prison on Monday.', 'Storm damage shut the pier on Monday.'],
      ['Ewan Pryde was jailed on Monday.', 'The pier was closed on Monday.'],
    ],
    [
      ['The court put the smuggling ring behind bars on Monday.', 'The harbour master resigned on Monday.'],
      ['Four members of a smuggling gang were imprisoned on Monday.', 'The harbour master quit on Monday.'],
    ],
    [
      ['The regulator gave the go-ahead to a nasal flu vaccine on Monday.', 'The chief executive resigned on Monday.'],
      ['A spray against influenza was approved on Monday.', 'The agency boss quit on Monday.'],
    ],
  ] as [string, string][][])('joins "%s" with the other outlet’s one word for it', (first, second) => {
    expect(pairsJoined(first!, second!)).toEqual([true, true]);
  });

  it('keeps a player sent off apart from a man jailed', () => {
    const [deeds] = pairsJoined(
      ['The referee sent the Rovers captain off on Monday.', 'The stand roof was repaired on Monday.'],
      ['A Rovers fan was jailed on Monday.', 'Roofers mended the stand on Monday.'],
    );
    expect(deeds).toBe(false);
  });
});

describe('the phrases read in the clause of a report’s date', () => {
  /** The WordNet verbs the phrases of each one-sentence article's Monday report mean. */
  const meant = (...texts: string[]) =>
    mergeItemsOf(texts.map((text, i) => ({ articleId: `outlet-${i + 1}`, events: extractEvents(text, reference) })))
      .items.filter((item) => item.event.date === '2026-10-12')
      .map((item) => phrasalWordsOf(item).map((word) => word.lemma));

  it('reads WordNet’s phrases with an object or another preposition between their words', () => {
    expect(
      meant(
        'Police put the whole gang behind bars on Monday.',
        'Arsonists set fire to a hay barn on Monday.',
        'A new chief executive took the helm at the bank on Monday.',
      ),
    ).toEqual([['put behind bars'], ['set on fire'], ['take charge']]);
  });

  it('reads the fewest words WordNet holds, and no phrase telling only that something happened', () => {
    expect(
      meant('Ms Quarrie took charge of the district council on Monday.', 'The vote took place on Monday.'),
    ).toEqual([['take charge'], []]);
  });

  it('reads no phrase across a comma or past another verb', () => {
    expect(
      meant('The court sent its ruling on Monday, and prison officers protested.', 'The fire spread on Monday.'),
    ).toEqual([[], []]);
  });
});
