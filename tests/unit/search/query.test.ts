import { describe, expect, it } from 'vitest';
import { describeQuery, parseQuery, QueryError } from '../../../electron/contract/search-query.ts';

describe('the search syntax', () => {
  it('reads words, phrases, exclusions and every filter, in any order and case', () => {
    const query = parseQuery(
      'Flood  "Old Mill Bridge" -ferry -"river arlen" TAG:kellbridge tag:"long reads" site:valleyledger.example author:Möller is:unread IS:Favorite has:highlights before:2025-06 after:2025-05-06 feed:local story:floods',
    );
    expect(query).toEqual({
      terms: ['flood'],
      phrases: ['old mill bridge'],
      excludedTerms: ['ferry'],
      excludedPhrases: ['river arlen'],
      tags: ['kellbridge', 'long reads'],
      sites: ['valleyledger.example'],
      authors: ['möller'],
      feeds: ['local'],
      not: { tags: [], sites: [], authors: [], is: [], has: [] },
      stories: ['floods'],
      is: ['unread', 'favorite'],
      has: ['highlights'],
      before: '2025-06-01',
      after: '2025-05-06',
    });
  });

  it('turns filters around with a dash', () => {
    expect(parseQuery('-tag:done -is:archived -has:notes flood').not).toEqual({
      tags: ['done'],
      sites: [],
      authors: [],
      is: ['archived'],
      has: ['notes'],
    });
    expect(() => parseQuery('-before:2025')).toThrow(/use after: instead/);
  });

  it('treats unknown operators and stray dashes as plain words', () => {
    expect(parseQuery('http://example.com covid-19 - x').terms).toEqual(['http://example.com', 'covid-19', 'x']);
    expect(parseQuery('colour:red').terms).toEqual(['colour:red']);
  });

  it('accepts years, months and days, with - / or . between', () => {
    expect(parseQuery('before:2024').before).toBe('2024-01-01');
    expect(parseQuery('after:2025/5').after).toBe('2025-05-01');
    expect(parseQuery('after:2025.05.16').after).toBe('2025-05-16');
  });

  it('answers bad syntax with a message naming the problem and where it is, never a crash', () => {
    const cases: [string, RegExp][] = [
      ['flood "old mill', /quote opened at position 7 is never closed/],
      ['is:sideways', /is:sideways is not something an article can be/],
      ['has:comments', /has:comments is not known/],
      ['before:yesterday', /before:yesterday is not a date/],
      ['after:2025-02-30', /is not a date/],
      ['tag:', /tag: needs a value/],
      ['x'.repeat(1_001), /at most 1000 characters/],
    ];
    for (const [input, message] of cases) {
      expect(() => parseQuery(input)).toThrow(QueryError);
      expect(() => parseQuery(input)).toThrow(message);
    }
  });

  it('describes its filters as chips', () => {
    expect(describeQuery(parseQuery('tag:x is:unread -ferry after:2025')).map((chip) => chip.label)).toEqual([
      'tag:x',
      'is:unread',
      'after 2025-01-01',
      'not “ferry”',
    ]);
  });
});
