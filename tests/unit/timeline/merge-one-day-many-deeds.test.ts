// Several happenings of one day in one story, told in words that share a great deal: two arrests told alike but hours
// apart, a person's visit and the fund they announced, the first and the second vote of one meeting, an age that two
// sentences name though only one tells that person's deed. Each stays its own entry; one happening told by two outlets
// still joins. Written for this test (not taken from the gold articles or the probes); reference Wednesday 14 October
// 2026 (outlets.ts), so "Tuesday" is 13 October and "yesterday" too.
import { describe, expect, it } from 'vitest';
import { dayMomentsOf } from '../../../electron/core/timeline/merging/day-moments.ts';
import { evidenceOf } from '../../../electron/core/timeline/merging/merge-evidence.ts';
import { joining, merged, reportAt } from './outlets.ts';

const TUESDAY = '2026-10-13';

/** Whether the sentences of two outlets that start with `first` and `second` share an entry of Tuesday. */
function together(first: [string, string], second: [string, string]): boolean {
  const entries = joining(merged(first[0], second[0]), TUESDAY, 'outlet-1', 'outlet-2');
  const starts = (text: string, opening: string) => (source: { start: number }) =>
    text.slice(source.start).startsWith(opening);
  return entries.some(
    (entry) =>
      entry.sources.some((s) => s.articleId === 'outlet-1' && starts(first[0], first[1])(s)) &&
      entry.sources.some((s) => s.articleId === 'outlet-2' && starts(second[0], second[1])(s)),
  );
}

describe('an age is no figure of the happening', () => {
  it('reads no figure from "a 15-year-old girl" or "a man aged 52"', () => {
    expect([...evidenceOf('Police questioned a 15-year-old girl and a man aged 52 at the depot.').numbers]).toEqual([]);
    expect([...evidenceOf('A 15 year old boy was cautioned.').numbers]).toEqual([]);
  });

  it('still reads counts and sums', () => {
    expect([...evidenceOf('About 15 vans and £52,000 of tools were taken.').numbers].sort()).toEqual(['15', '52000']);
  });
});

describe('two arrests of one day told in one outlet’s words', () => {
  const first =
    'The 15-year-old girl arrested on Tuesday is out on bail. ' +
    'She was arrested by Halden detectives yesterday morning at her home in Dyer Lane.';
  const second =
    'A woman has been charged. She was arrested by Halden detectives at her home in Dyer Lane on the evening of ' +
    '13/10, some ten hours after a 15-year-old girl was detained.';

  it('keeps an arrest told in the morning apart from one told that evening', () => {
    expect(together([first, 'She was arrested'], [second, 'She was arrested'])).toBe(false);
  });

  it('joins one arrest told that evening by two outlets', () => {
    const other =
      'A woman was charged. She was arrested by Halden detectives at her home in Dyer Lane on Tuesday evening.';
    expect(together([other, 'She was arrested'], [second, 'She was arrested'])).toBe(true);
  });
});

describe('one person, two deeds of one day', () => {
  const visit = 'Transport Minister Odile Fenwray toured the flooded Kessle rail yard on October 13.';
  const fund =
    'Transport Minister Odile Fenwray announced a $2m fund to repair the flooded Kessle rail yard on October 13.';

  it('keeps a minister’s tour apart from the fund she announced', () => {
    expect(together([visit, 'Transport'], [fund, 'Transport'])).toBe(false);
  });

  it('joins one tour told in two words', () => {
    const other = 'Odile Fenwray, the transport minister, visited the flooded Kessle rail yard on October 13.';
    expect(together([visit, 'Transport'], [other, 'Odile'])).toBe(true);
  });

  it('reads someone who flew in as arriving, not what was flown in', () => {
    expect(reportAt('The minister, who flew in on Tuesday, met farmers.', 'on Tuesday').actions.has('arrive')).toBe(
      true,
    );
    expect(reportAt('The army flew in a generator on Tuesday.', 'on Tuesday').actions.has('arrive')).toBe(false);
  });
});

describe('a tally reached by a time of the day', () => {
  it('places no moment at a bound on a named day’s part', () => {
    const sentence = 'Boats had ferried 60 campers off the island by Tuesday afternoon.';
    expect(dayMomentsOf(sentence, undefined, [])).toEqual([]);
    expect(dayMomentsOf('Boats ferried 60 campers off the island on Tuesday afternoon.', undefined, [])).not.toEqual(
      [],
    );
  });

  it('joins a start at first light and the tally reached by the afternoon', () => {
    const start = 'Coastguard boats began ferrying campers off Skerrow island at first light on Tuesday.';
    const tally = 'Coastguard boats had ferried 60 campers off Skerrow island by Tuesday afternoon.';
    expect(together([start, 'Coastguard'], [tally, 'Coastguard'])).toBe(true);
  });
});

describe('the second vote of a meeting', () => {
  it('reads "In a second vote" as a further one, not "In a vote"', () => {
    expect(
      reportAt('In a second vote on Tuesday, councillors agreed to sell the depot.', 'on Tuesday').furtherOne,
    ).toBe(true);
    expect(reportAt('In a vote on Tuesday, councillors agreed to sell the depot.', 'on Tuesday').furtherOne).toBe(
      false,
    );
    expect(reportAt('In the second week of the strike, on Tuesday, talks resumed.', 'on Tuesday').furtherOne).toBe(
      false,
    );
  });

  it('keeps the first vote of a meeting apart from the second', () => {
    const first = 'Penhallow Town Council voted on Tuesday night to close the Brennock Road library for repairs.';
    const second =
      'In a second vote on Tuesday night, Penhallow councillors decided 6-3 to sell the Brennock Road depot.';
    expect(together([first, 'Penhallow'], [second, 'In a second'])).toBe(false);
  });

  it('joins one second vote told by two outlets', () => {
    const first =
      'In a second vote on Tuesday night, Penhallow councillors decided 6-3 to sell the Brennock Road depot.';
    const second =
      'A second vote, on Tuesday night, settled the sale of the Brennock Road depot by six votes to three.';
    expect(together([first, 'In a second'], [second, 'A second vote'])).toBe(true);
  });
});
