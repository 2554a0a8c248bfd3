// A sentence dated "about three hours later" counts hours on from what its article told before it: another moment of
// that day, not its article's lede, though both tell of sailings called off. Unless the main action of one is told in
// the other: a lede's deed and the same deed given its moment ("suspended the licence hours later"). Written for this
// test; the outlets publish on Wednesday 14 October 2026, so "Monday" is 12 October.
import { describe, expect, it } from 'vitest';
import { merged } from './outlets.ts';

const MONDAY = '2026-10-12';

function entryHolding(entries: ReturnType<typeof merged>, start: string) {
  return entries.find((entry) => entry.date === MONDAY && entry.sources.some((s) => s.text.startsWith(start)));
}

describe('a sentence told hours later', () => {
  it('is another moment than its article’s lede, though another outlet’s report joins the lede', () => {
    const entries = merged(
      [
        'All ferry sailings from Tarnby were called off on Monday after a crack was found in the loading ramp, leaving about 900 passengers on the quay.',
        'A freight ferry bound for Oslo was turned away from the ramp at 5:40 a.m. when a deckhand saw it sagging, the port said.',
        'The port shut the ramp to all traffic about three hours later, and the last sailing of the morning was cancelled before 11 a.m.',
      ].join('\n\n'),
      'Ferries sailed from Tarnby again on Wednesday, two days after a cracked loading ramp called off every sailing and stranded hundreds of passengers.',
    );
    const lede = entryHolding(entries, 'All ferry sailings');
    expect(lede?.sources.some((s) => s.articleId === 'outlet-2')).toBe(true);
    expect(lede?.sources.some((s) => s.text.startsWith('The port shut the ramp'))).toBe(false);
  });

  it('stays with its lede when it tells the lede’s own deed', () => {
    const entries = merged(
      [
        'Aviation regulators suspended the licence of Corrin Air on Monday after a wheel fell off one of its turboprops.',
        'The turboprop landed safely at Harwell at 9:20 a.m. with 34 passengers aboard, the airline said.',
        'The regulator suspended the licence hours later and said Corrin Air must check every wheel bolt in its fleet.',
      ].join('\n\n'),
      'Regulators suspended the licence of Corrin Air on Monday, the airline said.',
    );
    const lede = entryHolding(entries, 'Aviation regulators');
    expect(lede?.sources.some((s) => s.text.startsWith('The regulator suspended'))).toBe(true);
  });
});
