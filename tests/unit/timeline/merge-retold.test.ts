// One happening told by outlets with other words: a clock time beside the part of the day another outlet names, a
// target day beside the deadline it became, a cable that "went dead" beside one that "failed", a ship that "set sail"
// beside one that "sailed". Other events of the same day stay apart.
import { describe, expect, it } from 'vitest';
import { merged } from './outlets.ts';

type Entries = ReturnType<typeof merged>;

/** The outlets listed as sources of the entry of `date` whose sources include the sentence starting with `start`. */
function outletsOf(entries: Entries, date: string, start: string): string[] {
  const entry = entries.find(
    (candidate) => candidate.date === date && candidate.sources.some((source) => source.text.startsWith(start)),
  );
  return entry ? entry.sources.map((source) => source.articleId).sort() : [];
}

describe('one happening in other words', () => {
  it('shows once an outage one outlet times at 9:40 p.m. and another tells as on Monday evening', () => {
    const entries = merged(
      'The island lost its phone lines at 9:40 p.m. on Monday, the operator said. The ferry sailed late on Monday.',
      'Telephones on the island went silent on Monday evening. Schools shut early on Monday.',
    );
    expect(outletsOf(entries, '2026-10-12', 'The island lost')).toEqual(['outlet-1', 'outlet-2']);
    expect(outletsOf(entries, '2026-10-12', 'Schools shut')).toEqual(['outlet-2']);
  });

  it('keeps apart a clock time in the morning from an event another outlet tells as that evening', () => {
    const entries = merged(
      'The island lost its phone lines at 7:40 a.m. on Monday. The ferry sailed late on Monday.',
      'Telephones on the island went silent on Monday evening. Schools shut early on Monday.',
    );
    expect(outletsOf(entries, '2026-10-12', 'The island lost')).toEqual(['outlet-1']);
  });

  it('shows once a day set as a target and the same day told later as the deadline', () => {
    const entries = merged(
      'On October 5 the board said it expected to reconnect every farm by October 10. Bins were collected late on October 10.',
      'The last farms were reconnected on October 9, a day ahead of the deadline. The fair opened on October 10.',
    );
    expect(outletsOf(entries, '2026-10-10', 'On October 5')).toEqual(['outlet-1', 'outlet-2']);
    expect(outletsOf(entries, '2026-10-10', 'The fair opened')).toEqual(['outlet-2']);
  });

  it('shows once a cable one outlet says went dead and another says failed, a day before other news', () => {
    const entries = merged(
      'The undersea cable went dead on Sunday off the north cape. Banks closed early on Monday.',
      'Shops reopened on Monday, a day after the undersea cable failed. Ferries were cancelled on Monday.',
    );
    expect(outletsOf(entries, '2026-10-11', 'The undersea cable went dead')).toEqual(['outlet-1', 'outlet-2']);
  });

  it('shows once a ship one outlet says set sail and another says sailed, beside other news of that day', () => {
    const entries = merged(
      'The cable ship Marisol set sail from Kochi on Monday with spare cable on board. Shares fell on Monday.',
      'The Marisol, which sailed on Monday, reached the fault four days later. Banks reopened on Monday.',
    );
    expect(outletsOf(entries, '2026-10-12', 'The cable ship Marisol')).toEqual(['outlet-1', 'outlet-2']);
    expect(outletsOf(entries, '2026-10-12', 'Shares fell')).toEqual(['outlet-1']);
  });
});
