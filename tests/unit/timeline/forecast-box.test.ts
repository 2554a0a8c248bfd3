// A forecast box labelled by its day alone ("Holme today: bright spells, 14°C.") is page furniture: no event, and not
// the main event a clock time with no day of its own falls back on. Written for this test; the outlet publishes on
// Wednesday 14 October 2026 (outlets.ts).
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import { reference } from './outlets.ts';

describe('a forecast box leaking into the text', () => {
  it('tells no event and dates no clock time', () => {
    const text =
      'Holme today: bright spells, 14°C. Tonight: light rain.\n\nThe Holme ferry returned to service on Monday after a month of repairs.\n\nThe first sailing left at 7.15am with 40 passengers aboard.';
    const events = extractEvents(text, reference).map((e) => `${e.date} ${text.slice(e.start, e.start + 9)}`);
    expect(events).toEqual(['2026-10-12 The Holme', '2026-10-12 The first']);
  });
});
