// One happening told with other verbs by two outlets reads as one action: closed or shut, arrested or held or detained,
// landed or touched down, resigned or stepped down or stood down, evacuated or cleared, collapsed or gave way; and a
// sentence is a court's deed of its own, given at a hearing, not the verdict.
// Reference: Wednesday 14 October 2026 (outlets.ts).
import { describe, expect, it } from 'vitest';
import { tellSameAction } from '../../../electron/core/timeline/merging/same-action.ts';
import { joining, merged, reportAt } from './outlets.ts';

const same = (a: string, b: string) => tellSameAction(reportAt(a, 'on Tuesday'), reportAt(b, 'on Tuesday'));

describe('one action in other words', () => {
  it('reads being held by police as an arrest', () => {
    expect(
      same('Police arrested a 41-year-old man on Tuesday.', 'A 41-year-old man was held by police on Tuesday.'),
    ).toBe(true);
    expect(
      same(
        'Officers detained two teenagers on Tuesday.',
        'Two teenagers were being held on Tuesday on suspicion of arson.',
      ),
    ).toBe(true);
  });

  it('does not read a meeting held, or talks held, as an arrest', () => {
    expect(same('Police arrested a 41-year-old man on Tuesday.', 'Residents held a meeting on Tuesday.')).toBe(false);
    expect(same('Police arrested a 41-year-old man on Tuesday.', 'The two unions held talks on Tuesday.')).toBe(false);
  });

  it('reads a plane landing as it touching down', () => {
    expect(
      same(
        'The relief flight landed at Okonde airport on Tuesday.',
        'The relief plane touched down at Okonde on Tuesday.',
      ),
    ).toBe(true);
  });

  it('still reads a tornado touching down as its landfall, not a landing', () => {
    expect(
      same('A tornado touched down near Wexley on Tuesday.', 'The relief flight landed at Wexley airfield on Tuesday.'),
    ).toBe(false);
  });

  it('reads standing down as resigning', () => {
    expect(same('The party chairman resigned on Tuesday.', 'The party chairman stood down on Tuesday.')).toBe(true);
  });

  it('reads a building cleared of people as evacuated', () => {
    expect(same('Staff evacuated Holm Street station on Tuesday.', 'Holm Street station was cleared on Tuesday.')).toBe(
      true,
    );
    expect(
      same('Firefighters evacuated the Lantern arcade on Tuesday.', 'Police cleared the Lantern arcade on Tuesday.'),
    ).toBe(true);
  });

  it('does not read someone cleared of wrongdoing, or a road cleared of snow, as an evacuation', () => {
    expect(
      same(
        'Staff evacuated Holm Street station on Tuesday.',
        'The stationmaster was cleared of misconduct on Tuesday.',
      ),
    ).toBe(false);
    expect(
      same('Staff evacuated Holm Street station on Tuesday.', 'Ploughs cleared the station road of snow on Tuesday.'),
    ).toBe(false);
  });

  it('reads a wall crashing down as collapsing', () => {
    expect(
      same(
        'The gable wall of the chapel collapsed on Tuesday.',
        'The gable wall of the chapel came crashing down on Tuesday.',
      ),
    ).toBe(true);
  });

  it('joins reports of one happening in other verbs though each article tells more of that day', () => {
    const entries = merged(
      'Police arrested a 41-year-old man in Carrick on Tuesday. The town market was also cancelled on Tuesday because of high winds.',
      'A 41-year-old man was held by police in Carrick on Tuesday. Earlier on Tuesday, the mayor opened a new playground.',
    );
    expect(joining(entries, '2026-10-13', 'outlet-1', 'outlet-2').length).toBeGreaterThan(0);
  });
});

describe('a person held, someone located', () => {
  it('reads a person held that day as arrested', () => {
    expect(
      same('Detectives arrested a 52-year-old woman on Tuesday.', 'She was held on Tuesday at a flat in the town.'),
    ).toBe(true);
  });

  it('does not read someone held up or held hostage as arrested', () => {
    expect(same('Detectives arrested a 52-year-old woman on Tuesday.', 'She was held up in traffic on Tuesday.')).toBe(
      false,
    );
    expect(same('Detectives arrested a 52-year-old woman on Tuesday.', 'The driver was held hostage on Tuesday.')).toBe(
      false,
    );
  });

  it('reads a missing climber located as found', () => {
    expect(
      same(
        'A missing climber was found on Tuesday near the summit.',
        'Searchers located the missing climber on Tuesday.',
      ),
    ).toBe(true);
  });

  it('does not read a building located on a street as found', () => {
    expect(
      same(
        'A missing climber was found on Tuesday near the summit.',
        'The hut, located on the ridge, was closed on Tuesday.',
      ),
    ).toBe(false);
  });
});

describe('shuttered and apprehended', () => {
  it.each([
    ['Velland Foods closed its Arbour Lane bakery on Tuesday.', 'Velland Foods shuttered its bakery on Tuesday.'],
    ['Police arrested a 19-year-old cyclist on Tuesday.', 'Officers apprehended a 19-year-old cyclist on Tuesday.'],
  ])('reads "%s" and "%s" as one action', (a, b) => {
    expect(same(a, b)).toBe(true);
  });
});

describe('a verdict, a sentence and the hearing that gives it', () => {
  it('keeps a jury finding someone guilty apart from the judge jailing him that day', () => {
    const entries = merged(
      'A jury at Pellow Crown Court convicted roofer Dean Marsh of fraud on Monday.',
      'Judge Ruth Gale jailed Dean Marsh for four years on Monday.',
    );
    expect(joining(entries, '2026-10-12', 'outlet-1', 'outlet-2')).toHaveLength(0);
  });

  it('reads someone sentenced that day as the hearing he returns to court for', () => {
    expect(
      tellSameAction(
        reportAt('Marsh will be sentenced on Tuesday.', 'on Tuesday'),
        reportAt('Marsh was told he faced jail when he returns to court on Tuesday.', 'on Tuesday'),
      ),
    ).toBe(true);
  });
});
