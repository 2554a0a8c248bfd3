// Times told from the time just before them, with no event named: "by then", "a month before that", counts of decades
// and centuries, a season of the following year, and counts of years within the past a background sentence tells.
import { describe, expect, it } from 'vitest';
import { datesOfSentence as datesOf } from './outlets.ts';

describe('the time just told, reached or counted from', () => {
  it('dates "by then" to the day told just before', () => {
    const text = [
      'Rangers closed the Hallow Pike trail on 2 October after a rockfall.',
      'By then, two walkers had been treated for cuts.',
    ].join(' ');
    expect(datesOf(text, 'By then')).toEqual(['2026-10-02']);
  });

  it('dates "by then" after a background year to that year, not to the story’s day', () => {
    const text = 'The Tarrow foundry reopened on Monday. It had shut in 2019. By then, it employed only 30 people.';
    expect(datesOf(text, 'By then')).toEqual(['2019']);
  });

  it('dates "until then" to the day a plan is told for', () => {
    const text = 'The new bridge opens on 24 October. Until then, drivers face a 12-mile detour.';
    expect(datesOf(text, 'Until then')).toEqual(['2026-10-24']);
  });

  it('counts "a week before that" from the sentence’s own date, not from an event named "that"', () => {
    const text = 'The kiosk was robbed again on 30 September, and first a week before that.';
    expect(datesOf(text, 'The kiosk')).toEqual(['2026-09-23', '2026-09-30']);
  });
});

describe('decades, centuries and seasons counted on', () => {
  it('counts decades and centuries later as years', () => {
    const text =
      'The guildhall was built in 1702. It was given a clock tower a century later, and gas lamps two decades after that.';
    expect(datesOf(text, 'It was given a clock tower')).toEqual(['1802', '1822']);
  });

  it('dates "the following spring" to the year after the time told', () => {
    const text = 'A storm wrecked the pier in 2019. Volunteers rebuilt its deck the following spring.';
    expect(datesOf(text, 'Volunteers rebuilt')).toEqual(['2020']);
  });

  it('counts years on from a background year, not from the story’s day', () => {
    const text = [
      'The Marlow choir sang at the cathedral on Sunday.',
      'It was formed in 1961 by a group of dockers. It made its first record three years later.',
    ].join(' ');
    expect(datesOf(text, 'It made its first record')).toEqual(['1964']);
  });
});
