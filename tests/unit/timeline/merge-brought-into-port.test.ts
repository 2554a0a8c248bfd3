// A vessel brought into port, told by the verb of whatever moved it and the place it was moved into ("towed into Cobb
// Haven", "hauled into port", "limped into harbour"), or by the place it reached ("reached Farrowgate"): an arrival,
// read by grammar (written for this test; the outlets publish on Wednesday 14 October 2026, so "Monday" is 12 October).
import { describe, expect, it } from 'vitest';
import { joining, merged, reportAt } from './outlets.ts';

describe('brought into port, read by grammar', () => {
  it.each([
    ['The trawler Marrin Bell was towed into Cobb Haven on Monday.', 'on Monday'],
    ['A lifeboat hauled the yacht into harbour on Monday.', 'on Monday'],
    ['The crippled tanker limped into port on Monday evening.', 'on Monday'],
    ['The relief convoy reached Farrowgate on Monday.', 'on Monday'],
  ])('reads "%s" as an arrival', (text, dateWords) => {
    expect(reportAt(text, dateWords).clear.has('arrive')).toBe(true);
  });

  it.each([
    ['Crews pumped the floodwater into the harbour on Monday.', 'on Monday'],
    ['The van pulled into a lay-by on Monday.', 'on Monday'],
    ['The two unions reached agreement on Monday.', 'on Monday'],
    ["A lorry ploughed into Hemsby's sea wall on Monday.", 'on Monday'],
  ])('reads no arrival in "%s"', (text, dateWords) => {
    expect(reportAt(text, dateWords).actions.has('arrive')).toBe(false);
  });

  it('shows a coaster brought in once, told as pulled into the town and as hauled into port', () => {
    const entries = merged(
      [
        'A tug pulled the stricken coaster Dunlin into Cobb Haven on Monday morning.',
        'Its owners, Fenwick Shipping, promised an inquiry on Monday.',
      ].join('\n\n'),
      [
        'Six deckhands from Slaithby were aboard the Dunlin, a coaster that was hauled into port on Monday after a night adrift.',
        'The youngest of them phoned his mother from the quay on Monday.',
      ].join('\n\n'),
    );
    expect(joining(entries, '2026-10-12', 'outlet-1', 'outlet-2')).toHaveLength(1);
    expect(joining(entries, '2026-10-12', 'outlet-1', 'outlet-2')[0]!.sources.map((s) => s.text.slice(0, 12))).toEqual([
      'A tug pulled',
      'Six deckhand',
    ]);
  });
});
