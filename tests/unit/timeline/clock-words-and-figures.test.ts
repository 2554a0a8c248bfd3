// Clock times news text writes without a colon: four figures with their zone ("by 1430 GMT", a wire's market time) and
// an hour in words with its part of the day ("just after four on Thursday morning").
import { describe, expect, it } from 'vitest';
import { clockOf, clockTimesIn } from '../../../electron/core/timeline/dates/clock-times.ts';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import { evidenceOf, sameClockTime } from '../../../electron/core/timeline/merging/merge-evidence.ts';

const PUBLISHED = '2031-05-27T16:20:00+01:00';

describe('clock times in four figures and in words', () => {
  it('reads four figures as a time only with the zone or "hours" told after them', () => {
    expect(clockOf('fell 4.2 percent to 318 pence by 1430 GMT.')).toMatchObject({ minutes: 870, zone: 'gmt' });
    expect(clockOf('The convoy left at 0600 hours.')?.minutes).toBe(360);
    expect(clockOf('The convoy left at 0600 hours.')?.zone).toBeUndefined();
    expect(clockTimesIn('Timbers from 1868 and 1430 jobs at the plant.')).toEqual([]);
  });

  it('reads an hour in words by the part of the day told after it', () => {
    expect(clockOf('The river peaked just after four on Thursday morning.')).toMatchObject({
      minutes: 240,
      halfKnown: true,
    });
    expect(clockOf('The last guests left at ten that night.')?.minutes).toBe(22 * 60);
    expect(clockTimesIn('The pumps ran for four days.')).toEqual([]);
    expect(clockTimesIn('Police arrested four on Thursday morning.')).toEqual([]);
  });

  it('dates a market time in four figures by the day the lede tells', () => {
    const text = [
      'Pellworth Plastics shut its Ravensholm plant on Tuesday after a fire.',
      "Shares in Pellworth's parent, Castine Group, fell 4.2 percent to 318 pence by 1430 GMT.",
    ].join('\n\n');
    const events = extractEvents(text, { publishedAt: PUBLISHED, savedAt: PUBLISHED });
    expect(events.find((e) => text.slice(e.start, e.end).startsWith('Shares'))?.date).toBe('2031-05-27');
  });

  it('finds the same moment in an hour told in words and one in figures', () => {
    const words = evidenceOf('The Ellery River peaked at 19.4 feet just after four on Thursday morning.');
    const figures = evidenceOf('The water topped out at 4:15 a.m.');
    expect(sameClockTime(words, figures)).toBe(true);
  });
});
