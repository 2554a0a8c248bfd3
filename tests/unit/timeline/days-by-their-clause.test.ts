// Which way a day without a year or week lies, read from its own clause: a day glossed by what is to happen on it
// ("by Friday, when the new prices take effect") lies ahead; a limit in a clause joined after a comma ("…, and the
// council has closed the park until at least Sunday") is not put back by the deed before it; what someone was told to
// do by a day lies ahead however whom they told is named ("told its operator, Dunlow Aggregates, to send"); a month
// and day months ahead, told as a deed done ("was withdrawn on March 3"), is last year's. Written for this test; the
// outlet publishes on Wednesday 14 October 2026.
import { describe, expect, it } from 'vitest';
import { datesOfSentence } from './outlets.ts';

describe('a day glossed by what is to happen on it', () => {
  it('dates "ordered by Friday, when the new prices take effect" to the coming Friday', () => {
    const text = 'The discount applies to bikes ordered by Friday, when the new prices take effect.';
    expect(datesOfSentence(text, 'The discount')).toEqual(['2026-10-16']);
  });

  it('dates a month and day so glossed to the coming one', () => {
    const text = 'The grant covers roofs repaired by 1 July, when the new rules come into force.';
    expect(datesOfSentence(text, 'The grant')).toEqual(['2027-07-01']);
  });

  it('keeps a day glossed by what happened on it', () => {
    const text = 'The shop sold its last bikes by Friday, when the old stock ran out.';
    expect(datesOfSentence(text, 'The shop')).toEqual(['2026-10-09']);
  });
});

describe('a limit in its own clause', () => {
  it('dates "until at least Sunday" after a past clause to the coming Sunday', () => {
    const text = 'Crews were still clearing fallen trees, and the council has closed Ashby Park until at least Sunday.';
    expect(datesOfSentence(text, 'Crews')).toEqual(['2026-10-18']);
  });

  it('keeps a limit told in the past in its own clause', () => {
    const text = 'Crews cleared the fallen trees, and the park was closed until Sunday.';
    expect(datesOfSentence(text, 'Crews')).toEqual(['2026-10-11']);
  });
});

describe('what someone was told to do by a day', () => {
  it('dates it ahead when whom they told is named in an aside', () => {
    const text =
      'Inspectors visited the quarry on Tuesday and have told its operator, Dunlow Aggregates, to send its blasting records by Friday.';
    expect(datesOfSentence(text, 'Inspectors')).toEqual(['2026-10-13', '2026-10-16']);
  });
});

describe('a month and day months ahead told as a deed done', () => {
  it('is last year’s', () => {
    const text = 'The ferry was withdrawn on March 3, when a storm cracked its hull.';
    expect(datesOfSentence(text, 'The ferry')).toEqual(['2026-03-03']);
  });

  it('stays ahead when it is a limit or still to come', () => {
    expect(datesOfSentence('The inquiry was adjourned until March 3.', 'The inquiry')).toEqual(['2027-03-03']);
    expect(datesOfSentence('The ferry will return on March 3.', 'The ferry')).toEqual(['2027-03-03']);
  });
});
