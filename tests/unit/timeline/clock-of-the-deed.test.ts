// Whose hour a clock time is, and whose year "the same year" is. A verb whose past is its bare form ("split", "burst")
// after a singular subject tells a past deed, so a time in words there dates it as "at 6.10am" would; a day told as
// the possessive of what a deed was done to ("called off Saturday's match") dates that thing, and the clock time
// after it is the deed's; "from the same year as the chapel" gives the age of a thing, as "from 1884" does. Written
// for this test; the outlet publishes on Wednesday 14 October 2026.
import { describe, expect, it } from 'vitest';
import { datesOfSentence } from './outlets.ts';

describe('a verb whose past is its bare form', () => {
  it('dates a time in words after "A water main burst" to the day of the article’s event', () => {
    const text = [
      'Flooding closed Fenn Street on Monday.',
      'A water main burst under the street at about ten past six, flooding three cellars.',
    ].join('\n\n');
    expect(datesOfSentence(text, 'A water main')).toEqual(['2026-10-12']);
  });

  it('reads no past in a plural subject’s present', () => {
    const text = ['Flooding closed Fenn Street on Monday.', 'The lock gates shut at about ten past six.'].join('\n\n');
    expect(datesOfSentence(text, 'The lock gates')).toEqual([]);
  });
});

describe('a day told as the possessive of what a deed was done to', () => {
  it('leaves the clock time to the deed, dated by the article’s event', () => {
    const text = [
      'Floodwater covered the pitch at Brayford on Monday night.',
      'Club secretary Alan Roe called off Saturday’s match shortly after 9 p.m.',
    ].join('\n\n');
    expect(datesOfSentence(text, 'Club secretary')).toEqual(['2026-10-10', '2026-10-12']);
  });

  it('keeps the clock time of a deed done at the happening', () => {
    const text = [
      'Floodwater covered the pitch at Brayford on Monday night.',
      'About 400 fans watched Saturday’s match at 3pm from the bank.',
    ].join('\n\n');
    expect(datesOfSentence(text, 'About 400')).toEqual(['2026-10-10']);
  });

  it('keeps the clock time of a day’s happening told as its subject', () => {
    const text = 'Saturday’s match kicked off at 3pm in heavy rain.';
    expect(datesOfSentence(text, 'Saturday')).toEqual(['2026-10-10']);
  });
});

describe('the same year as a thing', () => {
  it('is the age of a thing, no event', () => {
    const text = [
      'The chapel on Kell Lane was built in 1884.',
      'Its oak pews, from the same year as the chapel, will be sold at auction.',
    ].join('\n\n');
    expect(datesOfSentence(text, 'Its oak pews')).toEqual([]);
  });

  it('still dates a happening told in the same year', () => {
    const text = ['The chapel on Kell Lane was built in 1884.', 'It flooded the same year.'].join('\n\n');
    expect(datesOfSentence(text, 'It flooded')).toEqual(['1884']);
  });
});
