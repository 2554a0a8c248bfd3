// Present-tense schedules, "Monday week", "in the new year" and seasons, in sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

// A Wednesday late in the year.
const reference = { publishedAt: '2030-11-20T15:10:00+00:00', savedAt: '2030-11-20T15:10:00Z' };

function datesOf(text: string, at = reference) {
  return extractEvents(text, at).map((event) => [event.date, event.precision]);
}

describe('a happening told in the present as set for a weekday', () => {
  it('is the coming one, and the one gone when the clause tells the past', () => {
    expect(datesOf('Residents of Harlow Vale go to the polls on Thursday.')).toEqual([['2030-11-21', 'day']]);
    expect(datesOf('The swimming baths are reopening on Monday after a new roof.')).toEqual([['2030-11-25', 'day']]);
    expect(datesOf('The ferry strike ends on Friday, the union says.')).toEqual([['2030-11-22', 'day']]);
    expect(datesOf('The appeal hearing takes place on Tuesday in Carmouth.')).toEqual([['2030-11-26', 'day']]);
    // Told in the past, it stays the one gone.
    expect(datesOf('The swimming baths reopened on Monday after a new roof.')).toEqual([['2030-11-18', 'day']]);
    expect(datesOf('The union said on Monday that the ferry strike was over.')).toEqual([['2030-11-18', 'day']]);
    expect(datesOf('Traders complained of a slow start on Monday.')).toEqual([['2030-11-18', 'day']]);
    // After a past verb of its own stretch of clause the word is a noun; "since" a day is the one gone.
    expect(datesOf('Divers finished sealing the broken ends of the pipe late on Friday.')).toEqual([
      ['2030-11-15', 'day'],
    ]);
    expect(datesOf('The gym, which reopens the pool next month, has been shut since Sunday.')).toEqual([
      ['2030-12', 'month'],
      ['2030-11-17', 'day'],
    ]);
  });
});

describe('a weekday a week on', () => {
  it('is the week after the coming one', () => {
    expect(datesOf('The planning inquiry resumes on Monday week.')).toEqual([['2030-12-02', 'day']]);
    expect(datesOf('The final vote is a week on Friday.')).toEqual([['2030-11-29', 'day']]);
  });
});

describe('the new year', () => {
  it('is the coming January when told late in the year', () => {
    expect(datesOf('Work on the sea wall will begin in the new year.')).toEqual([['2031-01', 'month']]);
    // Earlier in the year, and in "the new year’s budget", it names no month.
    const june = { publishedAt: '2030-06-11T09:00:00+00:00', savedAt: '2030-06-11T09:00:00Z' };
    expect(datesOf('Work on the sea wall will begin in the new year.', june)).toEqual([]);
    expect(datesOf('Councillors argued over the new year’s budget.')).toEqual([]);
  });
});

describe('seasons', () => {
  it('this spring is a part of its year', () => {
    expect(datesOf('Work on the sea wall finished this spring, the council said.')).toEqual([['2030', 'year']]);
  });

  it('last winter dates nothing, and what counts on from it takes no earlier day', () => {
    expect(
      datesOf('The sea wall cracked on Monday. Last winter, storms breached it. Two days later the road shut.'),
    ).toEqual([['2030-11-18', 'day']]);
    expect(
      datesOf('The sea wall cracked on Monday. It has leaked since last winter, and a week later the road shut.'),
    ).toEqual([['2030-11-18', 'day']]);
  });
});

describe('"last" or "next" before a season after a determiner', () => {
  it('is the last or next of its kind, not the season gone or to come (written for this test)', () => {
    expect(datesOf('The last fall from the cliff path that anyone in Brae recalls was in 2019.')).toEqual([
      ['2019', 'year'],
    ]);
    expect(datesOf('It will be his last summer as harbour master.')).toEqual([]);
  });

  it('still reads the season without one', () => {
    expect(datesOf('The cliff path was closed last summer.')).toEqual([['2030', 'year']]);
  });
});
