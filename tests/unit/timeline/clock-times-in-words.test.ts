// A clock time told in words is a clock time: "at about twenty past four", "By ten to eight the queue …", "eighteen
// minutes past nine", "ten to midnight". Told with no day of its own in a sentence of a past deed, it is the day of the
// event the article reports, as "at 4.20am" is; a habit told in words ("usually leave at half past seven") dates none.
import { describe, expect, it } from 'vitest';
import { clockOf, clockTimesIn } from '../../../electron/core/timeline/dates/clock-times.ts';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import { datesOfSentence as datesOf, reference } from './outlets.ts';

describe('the grammar of clock times in words', () => {
  it('reads minutes counted in words to or past an hour', () => {
    expect(clockOf('The barge slipped its moorings at eighteen minutes past nine.')?.minutes).toBe(9 * 60 + 18);
    expect(clockOf('Pickets arrived at twenty five to four.')?.minutes).toBe(3 * 60 + 35);
  });

  it('reads minutes to or past midnight and noon with their half of the day', () => {
    expect(clockOf('The generator failed at ten to midnight.')).toMatchObject({
      minutes: 23 * 60 + 50,
      halfKnown: true,
    });
    expect(clockOf('The verdict came at a quarter past noon.')).toMatchObject({
      minutes: 12 * 60 + 15,
      halfKnown: true,
    });
  });

  it('reads a time opening a clause whose subject follows it', () => {
    expect(clockOf('By twenty to eight the queue reached the car park.')?.minutes).toBe(7 * 60 + 40);
  });

  it('still reads counts of things as no time', () => {
    expect(clockTimesIn('Ten minutes after two wardens arrived, the gates opened.')).toEqual([]);
    expect(clockTimesIn('Yields rose by five to six percent.')).toEqual([]);
  });
});

describe('a clock time in words dates the article’s event', () => {
  it('dates "at about twenty past four" with no day to the day of the fire the article reports', () => {
    const text = [
      'A fire gutted a bakery on Carrow Street on Monday.',
      'A driver saw smoke pouring from the roof at about twenty past four.',
    ].join('\n\n');
    expect(datesOf(text, 'A driver saw')).toEqual(['2026-10-12']);
  });

  it('dates a clause opened by "By ten to eight" to that day too', () => {
    const text = [
      'Floodwater cut off the village of Hensby on Monday.',
      'By ten to eight the water had reached the church steps.',
    ].join('\n\n');
    expect(datesOf(text, 'By ten to eight')).toEqual(['2026-10-12']);
  });

  it('dates no scene told in the present, though a number in it ends in -ed', () => {
    const text = [
      'A fire gutted a bakery on Carrow Street on Monday.',
      'The one bus still running takes forty people, and at ten past eight there are two hundred in the queue.',
    ].join('\n\n');
    expect(datesOf(text, 'The one bus')).toEqual([]);
  });

  it('dates no habit told by a time in words', () => {
    const text = [
      'A fire gutted a bakery on Carrow Street on Monday.',
      'Its vans usually leave at half past five.',
    ].join('\n\n');
    expect(datesOf(text, 'Its vans')).toEqual([]);
  });
});

describe('a clock time with its day told after it', () => {
  it('gives the day’s words, not its own, when the day is told with its weather', () => {
    const text = 'At twenty past six on a wet Tuesday morning, the ferry ran aground off Arlow.';
    const [event] = extractEvents(text, reference);
    expect(event?.date).toBe('2026-10-13');
    expect(text.slice(event!.dateStart, event!.dateEnd)).toBe('Tuesday');
  });
});
