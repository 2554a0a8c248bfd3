// Days in figures with no year: a British page's "on 16/10" is 16 October, an American page's "10/16" is October 16,
// and "9/10" is whichever reading is near the day the article speaks from (written for this test; the outlet
// publishes on Wednesday 14 October 2026). A share ("3/4 of the vote") is no day.
import { describe, expect, it } from 'vitest';
import { datesOfSentence as datesOf } from './outlets.ts';

describe('days in figures', () => {
  it.each([
    ['Free sandbags can be collected from the depot on 16/10 and 23/10.', ['2026-10-16', '2026-10-23']],
    ['The planning committee meets again 10/21 to hear the appeal.', ['2026-10-21']],
    ['The bake sale is 10/9 at the church hall, and the fair is 12/10.', ['2026-10-09', '2026-10-12']],
  ])('reads "%s" by the reading nearest the publication date', (sentence, dates) => {
    expect(datesOf(sentence, sentence.slice(0, 12))).toEqual(dates);
  });

  it('reads a share or a score in figures as no day', () => {
    const sentence = 'The motion won 3/4 of the vote on Monday, and the club is open 24/7.';
    expect(datesOf(sentence, 'The motion')).toEqual(['2026-10-12']);
  });
});
