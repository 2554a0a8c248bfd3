// A sentence may list years after one ("won the county cup in 2011, 2014 and 2019"): each is a time of its own, told
// as the first is. A list running on into a noun counts things instead. Written for this test; published 2 June 2031.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const PUBLISHED = '2031-06-02T18:00:00+01:00';
const dates = (text: string) =>
  extractEvents(text, { publishedAt: PUBLISHED, savedAt: PUBLISHED }).map(
    (event) => `${text.slice(event.dateStart, event.dateEnd)} ${event.date}`,
  );

describe('years listed after one', () => {
  it('dates each year of a list that ends its clause', () => {
    expect(dates('The choir won the county cup in 2011, 2014 and 2019.')).toEqual([
      '2011 2011',
      '2014 2014',
      '2019 2019',
    ]);
    expect(dates('Brannock, who flooded in 2007 or 2012, still has no wall.')).toEqual(['2007 2007', '2012 2012']);
  });

  it('leaves a figure running on into a noun', () => {
    expect(dates('Volunteers planted trees in 2029 and 2030 saplings were lost to drought.')).toEqual(['2029 2029']);
  });
});
