// A weekday a plan was made for, told in the past ("was due to dock on Saturday", "had been due home on Saturday"):
// the plan may be for a day just gone or one still to come, and the nearer of the two is the one meant. A plan undone
// after the day ("but was put back") keeps the day gone by. Written for this test; published on Thursday 15 October 2026.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const datesOf = (text: string): string[] =>
  extractEvents(text, { publishedAt: '2026-10-15T10:00:00Z', savedAt: '2026-10-15T10:00:00Z' }).map(
    (event) => event.date,
  );

describe('a weekday of a plan told in the past', () => {
  it('is the coming one when that is the nearer', () => {
    expect(
      datesOf('The trawler sailed from Peterhead on Tuesday and was due to land her catch at Lerwick on Saturday.'),
    ).toEqual(['2026-10-13', '2026-10-17']);
    expect(datesOf('The choir had set off on 2 October and had been due home on Saturday.')).toEqual([
      '2026-10-02',
      '2026-10-17',
    ]);
    expect(datesOf('The new span was scheduled for Saturday.')).toEqual(['2026-10-17']);
  });

  it('is the one gone by when that is the nearer, or when the plan was undone', () => {
    expect(datesOf('The barge was to unload its gravel at Selby on Monday.')).toEqual(['2026-10-12']);
    expect(datesOf('The gala had been planned for Saturday, but was put back a month.')).toEqual(['2026-10-10']);
  });
});
