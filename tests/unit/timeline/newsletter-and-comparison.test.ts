import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

// Tuesday 12 October 2032, the evening, in Ohio.
const TUESDAY = { publishedAt: '2032-10-12T19:30:00-04:00', savedAt: '2033-01-01T00:00:00Z' };

function dated(text: string): string[] {
  return extractEvents(text, TUESDAY).map((event) => `${event.date} ${text.slice(event.dateStart, event.dateEnd)}`);
}

const NEWS = 'The Corley Creek footbridge reopened on Monday.';

describe('a newsletter’s offer among the article’s paragraphs', () => {
  it('tells no event by the time it offers', () => {
    const text = [NEWS, 'Get the Evening Wrap: the day’s biggest stories, delivered before dinner.'].join('\n\n');
    expect(dated(text)).toEqual(['2032-10-11 Monday']);
  });

  it('leaves a sentence opening on an order that is news, and a meal told of a deed', () => {
    const order = [NEWS, 'Get the jab: health officials took that message to the county fair on Monday.'].join('\n\n');
    expect(dated(order)).toEqual(['2032-10-11 Monday', '2032-10-11 Monday']);
    const deed = [NEWS, 'Volunteers delivered the first hot meals before breakfast.'].join('\n\n');
    expect(dated(deed)).toEqual(['2032-10-11 Monday', '2032-10-11 before breakfast']);
  });
});

describe('a season a comparison measures against', () => {
  it('tells no event: "more in a weekend than in the whole of last summer"', () => {
    expect(dated('The diner sold more ice cream in one weekend than in the whole of last summer.')).toEqual([]);
  });

  it('leaves a season told as when something happened', () => {
    expect(dated('The diner reopened last summer and has sold more ice cream than ever.')).toEqual([
      '2032 last summer',
    ]);
  });
});
