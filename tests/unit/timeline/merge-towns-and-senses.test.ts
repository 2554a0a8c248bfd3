// Two happenings of one day that look alike stay apart: one kind of thing in two towns (a flood in each of two
// villages), and one verb meant two ways (a lifeboat launched and an appeal launched, workers striking and lightning
// striking). One happening told in other words still joins. Written for this test (not taken from the probes);
// reference Wednesday 14 October 2026 (outlets.ts), so "Tuesday" is 13 October.
import { describe, expect, it } from 'vitest';
import { otherVerbSenses } from '../../../electron/core/timeline/language/verb-senses.ts';
import { dateClause, otherTowns, townsOf } from '../../../electron/core/timeline/merging/other-towns.ts';
import { ledesJoined } from './outlets.ts';

const TUESDAY = '2026-10-13';
const joined = (first: string, second: string) => ledesJoined(TUESDAY, first, second);

describe('the town a happening took place in', () => {
  it('reads bare town names, not days, streets or grounds', () => {
    expect([...townsOf('A shed burned down near Pottlebury on Tuesday.')]).toEqual(['pottlebury']);
    expect([...townsOf('A van caught fire on Brimley high street on Tuesday.')]).toEqual(['brimley']);
    expect(townsOf('The stand collapsed in Ollerton Park on Tuesday.').size).toBe(0);
    expect(townsOf('Flames were seen in Tuesday evening skies.').size).toBe(0);
    expect(townsOf("The dog was found in Amos Pettifer's orchard on Tuesday.").size).toBe(0);
  });

  it('reads the town in the clause of the date alone', () => {
    const sentence = 'The calf was found near Cobbleigh on Monday, a day after it strayed from a farm in Ostwick.';
    const at = sentence.indexOf('a day after');
    expect(dateClause(sentence, at, at + 'a day after'.length)).toBe(' a day after it strayed from a farm in Ostwick.');
    expect([...townsOf(dateClause(sentence, sentence.indexOf('on Monday'), sentence.indexOf(',')))]).toEqual([
      'cobbleigh',
    ]);
  });

  it('takes a country or a region for one that may hold the other town', () => {
    expect(townsOf('A tremor was felt in Portugal on Tuesday.').size).toBe(0);
    expect(otherTowns('A tremor was felt in Portugal on Tuesday.', 'A tremor shook homes in Caddonfoot.')).toBe(false);
  });

  it('keeps apart one kind of happening in two towns', () => {
    expect(
      joined(
        'Floodwater swamped 30 homes in Pottlebury on Tuesday. The river burst its banks after a night of rain.',
        'A flash flood swept through 12 homes near Caddonfoot on Tuesday. Residents were moved to the village hall.',
      ),
    ).toBe(false);
    expect(
      joined(
        'A gas leak forced the evacuation of a school in Brimley on Tuesday. Pupils were sent home at noon.',
        'A gas leak led to the evacuation of a care home in Ostwick on Tuesday. Residents returned by the evening.',
      ),
    ).toBe(false);
  });

  it('keeps apart two named institutions each doing one thing', () => {
    expect(
      joined(
        'Brackley Grange School evacuated 600 pupils on Tuesday after a smell of gas. They returned after lunch.',
        'Tolworth Vale School evacuated 450 pupils on Tuesday after a smell of burning. Firefighters found a faulty fan.',
      ),
    ).toBe(false);
    expect(
      joined(
        'Brackley Grange School evacuated 600 pupils on Tuesday after a smell of gas. They returned after lunch.',
        'Pupils were evacuated from Brackley Grange School on Tuesday when staff smelled gas in the hall.',
      ),
    ).toBe(true);
  });

  it('still joins one happening told by two outlets in one town', () => {
    expect(
      joined(
        'Floodwater swamped 30 homes in Pottlebury on Tuesday. The river burst its banks after a night of rain.',
        'The river Pell flooded 30 houses in Pottlebury on Tuesday. The Environment Agency said it would review defences.',
      ),
    ).toBe(true);
  });
});

describe('one verb meant two ways', () => {
  it('reads the sense from the nouns beside the verb', () => {
    expect(
      otherVerbSenses('The new lifeboat was launched on Tuesday.', 'The club launched an appeal on Tuesday.'),
    ).toBe(true);
    expect(otherVerbSenses('Dockers struck on Tuesday over pay.', 'The two firms struck a deal on Tuesday.')).toBe(
      true,
    );
    expect(otherVerbSenses('Gunmen opened fire on Tuesday.', 'The mayor opened the new station on Tuesday.')).toBe(
      true,
    );
    expect(otherVerbSenses('The airline cut fares on Tuesday.', 'The airline cut 300 jobs on Tuesday.')).toBe(true);
  });

  it('does not tell apart one sense told twice, nor a verb whose sense no noun shows', () => {
    expect(otherVerbSenses('Nurses struck on Tuesday.', 'Hospital staff went on strike on Tuesday.')).toBe(false);
    expect(otherVerbSenses('The lifeboat launched a search.', 'The lifeboat was launched at noon.')).toBe(false);
    expect(otherVerbSenses('The firm cut its forecast on Tuesday.', 'The firm cut 300 jobs on Tuesday.')).toBe(false);
    expect(
      otherVerbSenses(
        'Porters have called off their strike after managers and the union reached a deal.',
        'The deal was struck at midnight.',
      ),
    ).toBe(false);
  });

  it('keeps apart two things one body did in one verb', () => {
    expect(
      joined(
        'Norwold Air cut its fares to Lisbon by a third on Tuesday. The offer runs until Christmas.',
        'Norwold Air cut 300 jobs at its Dunmere base on Tuesday. The airline said bookings had fallen.',
      ),
    ).toBe(false);
    expect(
      joined(
        'Thunder and lightning struck the clock tower of Marrick town hall on Tuesday. Nobody was hurt.',
        'Porters at Marrick hospital struck on Tuesday in a row over shift pay. Managers said patients were safe.',
      ),
    ).toBe(false);
  });

  it('still joins one launch told in two words', () => {
    expect(
      joined(
        'Kestwick lifeboat was launched at 3 p.m. on Tuesday to reach a yacht in trouble off the point.',
        'The Kestwick lifeboat crew launched their boat on Tuesday afternoon to help two sailors whose yacht lost its mast.',
      ),
    ).toBe(true);
  });
});
