import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

// Wednesday 12 November 2025, mid-morning in London.
const WEDNESDAY = { publishedAt: '2025-11-12T10:30:00+00:00', savedAt: '2026-01-01T00:00:00Z' };

function dated(text: string): string[] {
  return extractEvents(text, WEDNESDAY).map((e) => e.date);
}

describe('a count from a happening told with the end of its state', () => {
  it('counts "the first day of the closure" from the closing, not from the day it is to end', () => {
    const text = [
      'The county closed the Ashby ford on Monday and will keep it closed until Saturday.',
      'On the first day of the closure, drivers queued for an hour at the detour.',
    ].join('\n\n');
    expect(dated(text)).toEqual(['2025-11-10', '2025-11-15', '2025-11-10']);
  });

  it('counts "a day after the suspension" from the suspending, not from "until Friday"', () => {
    const text = [
      'The league suspended the Rovers striker on Sunday and will keep him suspended until Friday.',
      'A day after the suspension, his club lodged an appeal.',
    ].join('\n\n');
    expect(dated(text)).toEqual(['2025-11-09', '2025-11-14', '2025-11-10']);
  });

  it('counts "the evening before the blaze" from the blaze, not from when it "was out by" a time', () => {
    const text = [
      'Fire tore through the Marlow timber yard on Sunday night.',
      'The blaze was out by 4am on Monday.',
      'A forklift had been reported faulty the evening before the blaze.',
    ].join('\n\n');
    expect(dated(text)).toEqual(['2025-11-09', '2025-11-10', '2025-11-08']);
  });
});
