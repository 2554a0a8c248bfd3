// "On Sunday afternoons" is every such afternoon, no particular day; a weather box naming its day before the colon
// ("Tarn valley weather Friday: sunny spells, 12°C") is page furniture. Written for this test; reference Wednesday
// 14 October 2026 (outlets.ts).
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import { reference } from './outlets.ts';

describe('weekdays that name no day', () => {
  it('reads a weekday before parts of the day in the plural as a habit', () => {
    const text = 'About 40 helpers have worked on the barge, most of them on Sunday afternoons, and the yard is busy.';
    expect(extractEvents(text, reference)).toEqual([]);
  });

  it('reads a weather box naming its day as furniture', () => {
    const text =
      'Tarn valley weather Friday: sunny spells, 12°C. Saturday: rain, 9°C.\n\nThe barge was relaunched on Sunday.';
    expect(extractEvents(text, reference).map((event) => event.date)).toEqual(['2026-10-11']);
  });
});
