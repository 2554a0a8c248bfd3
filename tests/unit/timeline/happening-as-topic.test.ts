import { describe, expect, it } from 'vitest';
import { happeningsOpenedOn, topicsOpenedOn } from '../../../electron/core/timeline/stories/opening-happenings.ts';

// Written for this test: openings naming a kind of happening as what someone studies or guards against, and openings
// telling one happened.
const kinds = (entries: string[]) => entries.map((entry) => entry.slice(0, entry.indexOf(':')));

describe('kinds of happening an opening names only as a subject', () => {
  it('reads a grant to study storm surges as an award, with the flooding its subject', () => {
    const [title, lede] = [
      'Marlow Institute awarded 4m to study coastal flooding',
      'The Marlow Institute has been awarded 4 million to study how storm surges flood low-lying towns, the council said.',
    ];
    expect(kinds(happeningsOpenedOn(title, lede))).toEqual(['award']);
    expect(kinds(topicsOpenedOn(title, lede))).toContain('flood');
  });

  it('reads money to prevent flooding as no flood', () => {
    const lede = 'The county will spend 2 million on pumps to prevent flooding along the Brask valley road.';
    expect(happeningsOpenedOn('Pumps for valley road', lede)).toEqual([]);
  });

  it("still reads a study of last week's flood as a flood that happened", () => {
    const lede = "Engineers will study last week's flooding in Tawby, which swamped forty homes.";
    expect(kinds(happeningsOpenedOn('Engineers to study Tawby floods', lede))).toContain('flood');
    expect(topicsOpenedOn('Engineers to look at what went wrong', lede)).toEqual([]);
  });

  it('still reads a river flooding a campus as a flood', () => {
    const title = 'River floods Marlow campus after downpour';
    expect(kinds(happeningsOpenedOn(title, 'The river burst its banks on Tuesday, flooding the campus.'))).toContain(
      'flood',
    );
  });
});
