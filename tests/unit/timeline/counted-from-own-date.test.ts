// A sentence that dates its own event and says it came some time after another names that other event, earlier:
// whether its own day is told in words right before the count, or only by the clock time of the article's event.
// A day told as when something was said is the day of "the announcement".
import { describe, expect, it } from 'vitest';
import { datesOfSentence as datesOf } from './outlets.ts';

describe('counts from a sentence’s own day', () => {
  it('puts an event two weeks before a date the count follows, though both tell a start', () => {
    const text = 'Repairs in Canada will begin on November 2, two weeks after they begin in Britain.';
    expect(datesOf(text, 'Repairs in Canada')).toEqual(['2026-10-19', '2026-11-02']);
  });

  it('puts a hearing nine days before a ruling dated only by its clock time', () => {
    const text = [
      "A judge this morning threw out the council's permission for the car park.",
      'She handed down her ruling at 10 a.m. in Carrow, nine days after she heard the appeal.',
    ].join('\n\n');
    expect(datesOf(text, 'She handed down')).toEqual(['2026-10-05', '2026-10-14']);
  });
});

describe('the day of an announcement', () => {
  it('counts "hours after the announcement" from the day a company said what it was doing', () => {
    const text = [
      'The bakery chain is closing 40 shops, the company said on Monday.',
      'Engineers traced the cause of its losses on October 2.',
      'Hours after the announcement, the union called a meeting.',
    ].join('\n\n');
    expect(datesOf(text, 'Hours after')).toEqual(['2026-10-12']);
  });
});

describe('an hour told in words', () => {
  it('dates a rally that got going at one o’clock to the day of the article’s event', () => {
    const text = ['Lawyers argued the case in court on Monday.', 'The rally got going at about one o’clock.'].join(
      '\n\n',
    );
    expect(datesOf(text, 'The rally')).toEqual(['2026-10-12']);
  });
});

describe('the age of a thing set off by commas', () => {
  it('finds no event in "the kettle, from 1936, was checked"', () => {
    const text = 'The farm’s copper kettle, from 1936, had been checked on Monday and was not the cause.';
    expect(datesOf(text, 'The farm’s')).toEqual(['2026-10-12']);
  });
});
