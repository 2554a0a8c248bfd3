// Plans told in the past tense ("said it expected to … by Thursday"), duties ("must send a detailed plan by Friday"),
// time limits named by their day ("the Saturday deadline") or counted from another date ("a day ahead of its
// deadline"), and a month opening a sentence ("In March 2011, …"): each gives the day a reader would name.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import { datesOfSentence as datesOf, reference } from './outlets.ts';

describe('plans, duties and time limits', () => {
  it('looks ahead for what someone said they expected to do by a weekday', () => {
    const text = 'Crews arrived on Monday, and the water board said it expected to reconnect every street by Friday.';
    expect(datesOf(text, 'Crews arrived')).toEqual(['2026-10-12', '2026-10-16']);
  });

  it('looks ahead for a duty whose object a participle describes ("a detailed plan")', () => {
    const text = 'The builder must send the council a detailed safety plan by Thursday.';
    expect(datesOf(text, 'The builder must')).toEqual(['2026-10-15']);
  });

  it('reads a weekday naming a deadline as a date, where one naming a market is a kind of market', () => {
    const deadline = 'The last homes were reconnected on Monday, ahead of the Tuesday deadline the board had set.';
    expect(datesOf(deadline, 'The last homes')).toEqual(['2026-10-12', '2026-10-13']);
    expect(datesOf('The Saturday market has moved to the car park.', 'The Saturday market')).toEqual([]);
  });

  it('dates a deadline counted from the day something was done ahead of it', () => {
    const text = 'The club filed its accounts yesterday, two days ahead of the league deadline.';
    expect(datesOf(text, 'The club filed')).toEqual(['2026-10-13', '2026-10-15']);
  });

  it('finds a month and year that open a sentence, as background when long past', () => {
    const text = 'In March 2011, a smaller flood closed the same road for a week.';
    const events = extractEvents(text, reference);
    expect(events.map((event) => [event.date, event.precision, event.background])).toEqual([
      ['2011-03', 'month', true],
    ]);
  });
});
