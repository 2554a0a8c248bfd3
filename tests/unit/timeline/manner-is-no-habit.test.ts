// "normally" after a verb tells how something ran ("trains were running normally again by 3 p.m."), not a habit
// ("the café normally opens at 8 a.m."): the clock time dates the event told before it. Written for this test.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const WEDNESDAY = { publishedAt: '2027-02-17T10:00:00+00:00', savedAt: '2027-02-17T12:00:00Z' };

function datesOf(text: string, start: string): string[] {
  return extractEvents(text, WEDNESDAY)
    .filter((event) => text.slice(event.start, event.end).startsWith(start))
    .map((event) => event.date);
}

describe('a manner adverb beside a clock time', () => {
  it('dates a return to normal running by the clock', () => {
    const text =
      'A signal fault halted trains out of Wexley on Tuesday. Trains were running normally again by 3 p.m., the operator said.';
    expect(datesOf(text, 'Trains were running')).toEqual(['2027-02-16']);
  });

  it('keeps a habit told with the same word undated', () => {
    const text = 'The Wexley station café was shut on Tuesday. The café normally opens at 8 a.m. on weekdays.';
    expect(datesOf(text, 'The café normally')).toEqual([]);
  });
});
