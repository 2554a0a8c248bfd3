// "Two days after the port closed": the count is from the happening its words name, the port's closing, not from the
// latest event told with the same verb (the airport's). Written for this test; published Friday 10 May 2030.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const PUBLISHED = '2030-05-10T09:00:00+00:00';
const countedDate = (text: string) =>
  extractEvents(text, { publishedAt: PUBLISHED, savedAt: PUBLISHED }).find((event) =>
    text.slice(event.dateStart, event.dateEnd).startsWith('Two days after'),
  )?.date;

describe('a count from a happening named by its thing', () => {
  it.each([
    'Storms shut the port at Kelby on Monday, stranding 400 lorries. Fog had closed the airport on Tuesday. Two days after the port closed, ferries sailed again.',
    'On Monday storms shut the port. On Tuesday fog had closed the airport. Two days after the port closed, ferries sailed again.',
    'Storms shut the ferry port on Monday. Fog had closed the airport on Tuesday. Two days after the port closed, ferries sailed again.',
    "Storms shut Kelby's port on Monday. Fog had closed the airport on Tuesday. Two days after the port closed, ferries sailed again.",
  ])('counts from the port, not the airport: %s', (text) => {
    expect(countedDate(text)).toBe('2030-05-08');
  });

  it('still counts from the latest closing when the thing is not told apart', () => {
    const text =
      'Storms shut the port on Monday. The harbour master closed it again on Tuesday. Two days after it closed, ferries sailed again.';
    expect(
      extractEvents(text, { publishedAt: PUBLISHED, savedAt: PUBLISHED }).find((event) =>
        text.slice(event.dateStart, event.dateEnd).startsWith('Two days after'),
      )?.date,
    ).toBe('2030-05-09');
  });
});
