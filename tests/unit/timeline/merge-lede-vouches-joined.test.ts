// The lede vouches for a report of its article that tells no action at its date beside the sentence giving the lede's
// hour, whichever of the two groups being joined holds the lede. Written for this test; the outlets publish on
// Wednesday 14 October 2026, so "Monday" is 12 October.
import { describe, expect, it } from 'vitest';
import { merged } from './outlets.ts';

describe('the lede vouching for its article’s reports', () => {
  it('joins a report telling no action to the lede and its hour, once another outlet links it', () => {
    const entries = merged(
      [
        'A 60-metre stretch of sea wall collapsed into the harbour at Fenby Point early on Monday, flooding the car park.',
        'Fenby Point was cut off from the mainland on Monday after a length of the wall about 60 metres long slid away, taking the causeway with it.',
        'The wall gave way at about 5:10 a.m., the harbourmaster said.',
      ].join('\n\n'),
      [
        'The island of Fenby Point was cut off from the mainland on Monday when its causeway and part of the sea wall were washed into the harbour.',
      ].join('\n\n'),
    );
    const monday = entries.filter((entry) => entry.date === '2026-10-12');
    expect(monday.map((entry) => entry.sources.length)).toEqual([4]);
  });
});
