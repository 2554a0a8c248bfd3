// "The following summer" after a month or a day is the next summer to come after it: in the same year when the month
// told comes before that season ("in January 2020 … the following summer": 2020), in the next when it does not ("in
// October 2019 … the following spring": 2020). After a year alone, it is the next year's. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { datesOfSentence as datesOf } from './outlets.ts';

describe('the season following or before a time told', () => {
  it('is the same year’s season when the month told comes before it', () => {
    const text = 'The Adley weir burst in February 2011. The following summer, volunteers rebuilt it.';
    expect(datesOf(text, 'The following summer')).toEqual(['2011']);
    const day = 'The pier was shut on 4 March 2015. That following autumn, it reopened.';
    expect(datesOf(day, 'That following autumn')).toEqual(['2015']);
  });

  it('is the next year’s when the month told comes in or after it', () => {
    const text = 'The Adley weir burst in November 2011. The following spring, volunteers rebuilt it.';
    expect(datesOf(text, 'The following spring')).toEqual(['2012']);
  });

  it('is the year before’s when the season is past by the month told', () => {
    const text = 'The Adley weir burst in April 2011. The previous summer had been the driest on record.';
    expect(datesOf(text, 'The previous summer')).toEqual(['2010']);
    const later = 'The Adley weir burst in October 2011. The previous summer had been the driest on record.';
    expect(datesOf(later, 'The previous summer')).toEqual(['2011']);
  });

  it('counts a year on after a year told alone', () => {
    const text = 'The Adley weir burst in 2011. The following summer, volunteers rebuilt it.';
    expect(datesOf(text, 'The following summer')).toEqual(['2012']);
  });
});
