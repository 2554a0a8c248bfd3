// A clock time with no day belongs to the day of the article's main event; what tests "confirmed" that day is that
// event, not something said (written for this test; published on Wednesday 14 October 2026).
import { describe, expect, it } from 'vitest';
import { datesOfSentence } from './outlets.ts';

describe('the day of a clock time after a finding', () => {
  it('dates "at 6:15 p.m." by the day lab tests confirmed what the illness was', () => {
    const text = [
      'Lab tests confirmed Monday that norovirus is behind the illness on the ferry.',
      'The ship’s owner said the results reached it at 6:15 p.m. local time.',
    ].join('\n\n');
    expect(datesOfSentence(text, 'The ship’s owner')).toEqual(['2026-10-12']);
  });

  it('still reads a ministry that confirmed something on a day as saying it, not as the main event', () => {
    const text = [
      'The ministry confirmed Monday that the ferry would stay at anchor.',
      'The ship’s owner said the results reached it at 6:15 p.m. local time.',
    ].join('\n\n');
    expect(datesOfSentence(text, 'The ship’s owner')).toEqual([]);
  });
});
