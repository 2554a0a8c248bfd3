// An article is compared with every other while stories are grouped: the names it gives in full only are worked out
// once for it, not again for every pair. Written for this test.
import { describe, expect, it } from 'vitest';
import {
  type OrganizationFacts,
  organizationLinks,
} from '../../../electron/core/timeline/stories/organization-links.ts';

/** A fingerprint that counts how often its words are read (only working out its names in full reads them). */
function countingFingerprint(facts: Omit<OrganizationFacts, 'terms'>, terms: Record<string, number>) {
  const reads = { count: 0 };
  const print = { ...facts } as OrganizationFacts;
  Object.defineProperty(print, 'terms', {
    get: () => {
      reads.count++;
      return terms;
    },
  });
  return { print, reads };
}

describe('the names an article gives in full', () => {
  it('are worked out once however many articles it is compared with, with the same links', () => {
    const { print: full, reads } = countingFingerprint(
      {
        entities: { 'marlow quarry company': 2 },
        names: { 'marlow quarry company': 'Marlow Quarry Company' },
        leading: ['marlow quarry company'],
      },
      { marlow: 2, quarry: 3 },
    );
    const short = (id: number): OrganizationFacts => ({
      entities: { marlow: 1, [`site ${id}`]: 1 },
      names: { marlow: 'Marlow' },
      leading: ['marlow'],
      terms: { marlow: 1 },
    });
    const links = [1, 2, 3, 4].map((id) => organizationLinks(full, short(id)).get('marlow'));
    expect(links).toEqual([
      'marlow quarry company',
      'marlow quarry company',
      'marlow quarry company',
      'marlow quarry company',
    ]);
    const afterFour = reads.count;
    organizationLinks(short(5), full);
    expect(reads.count).toBe(afterFour);
    expect(afterFour).toBeLessThanOrEqual(1);
  });
});
