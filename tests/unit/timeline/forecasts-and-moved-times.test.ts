// A forecast or a warning of what may come looks ahead ("are forecast to hit 41C on Sunday", "warned of possible
// flooding on Sunday"); so does a thing moved to a time ("slips to March", "put back to March"), since nothing is put
// off into the past; a warning in force "through" a day runs to the next such day; a thing set for a day told in the
// present ("The closing day for spring show entries is Monday") is ahead however long its subject. Written for this
// test; published Thursday 6 November 2031.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const PUBLISHED = '2031-11-06T20:00:00-05:00';
const dates = (text: string) =>
  extractEvents(text, { publishedAt: PUBLISHED, savedAt: PUBLISHED }).map(
    (event) => `${text.slice(event.dateStart, event.dateEnd)} ${event.date}${event.endDate ? `/${event.endDate}` : ''}`,
  );

describe('forecasts, warnings and moved times look ahead', () => {
  it('reads a weekday after "forecast to" or "warned of possible" as ahead', () => {
    expect(dates('Highs are forecast to hit 41C in Yarrabee on Sunday.')).toEqual(['Sunday 2031-11-09']);
    expect(dates('The river authority warned of possible flooding along the Tanner on Sunday.')).toEqual([
      'Sunday 2031-11-09',
    ]);
  });

  it('leaves a weekday that "had" been warned of in the past: the warning is told from after it', () => {
    expect(
      dates('Forecasters had warned of possible flooding on Sunday, and the Tanner burst its banks that night.'),
    ).toEqual(['Sunday 2031-11-02']);
  });

  it('reads a month a thing is moved to as ahead', () => {
    expect(dates('Orbital test flight slips to March')).toEqual(['to March 2032-03']);
    expect(dates('The council has put back the library vote to March after a legal challenge.')).toEqual([
      'to March 2032-03',
    ]);
  });

  it('leaves a past move "for" a holiday in the past: people move house for one, only a time is put back to one', () => {
    const inJanuary = '2032-01-09T09:00:00+00:00';
    const events = extractEvents('The Hallorans moved back to Brannock for Christmas.', {
      publishedAt: inJanuary,
      savedAt: inJanuary,
    });
    expect(events.map((event) => event.date)).toEqual(['2031-12-25']);
  });

  it('reads a warning in force through a weekday as running ahead', () => {
    expect(dates('A gale warning is in force from 6 p.m. Friday through 9 a.m. Monday.')).toEqual([
      'Friday through 9 a.m. Monday 2031-11-07/2031-11-10',
    ]);
  });

  it('leaves a weekday worked through in the past: "through Monday to clear" tells a span, not a time given', () => {
    expect(dates('Crews worked through Monday to clear the line.')).toEqual(['Monday 2031-11-03']);
  });

  it('reads a day a long subject is set for, told in the present, as ahead', () => {
    expect(dates('The closing day for spring show entries is Monday, the club said.')).toEqual(['Monday 2031-11-10']);
  });
});
