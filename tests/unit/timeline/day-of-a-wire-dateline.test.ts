import { describe, expect, it } from 'vitest';
import { type EventReference, extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

// Written for this test: a wire filed from a town west of its desk, stamped in UTC after midnight.
const FILED_AFTER_MIDNIGHT_UTC = { publishedAt: '2031-08-13T01:30:00Z', savedAt: '2031-08-13T02:00:00Z' };
const dated = (text: string, reference: EventReference = FILED_AFTER_MIDNIGHT_UTC) =>
  extractEvents(text, reference).map((event) => [event.date, text.slice(event.dateStart, event.dateEnd)]);

describe("a wire's relative days", () => {
  it('count from the day its dateline names, not from the UTC day of its stamp', () => {
    const text =
      'DUNMORE FLATS, Ariz., Aug. 12 (Wirepoint) — Flash floods swept two cars off a county road yesterday. ' +
      'Rescuers pulled a driver from the water last night, the sheriff said.';
    expect(dated(text)).toEqual([
      ['2031-08-11', 'yesterday'],
      ['2031-08-11', 'last night'],
    ]);
  });

  it('count from the dateline when the page gives no date and was saved days later', () => {
    const text = 'HARLOW BAY, Oct 3 (Wirepoint) — A cargo ship lost power off the headland today, the coastguard said.';
    expect(dated(text, { publishedAt: null, savedAt: '2031-10-06T09:00:00Z' })).toEqual([['2031-10-03', 'today']]);
  });

  it('keep the publication day when the dateline names none', () => {
    const text = 'DUNMORE FLATS, Ariz. (Wirepoint) — Flash floods swept two cars off a county road yesterday.';
    expect(dated(text)).toEqual([['2031-08-12', 'yesterday']]);
  });
});

describe('a plan told in reported speech', () => {
  it('lies ahead of the day it was said: "were due on Friday, the county said"', () => {
    const text = 'Safety inspectors were due at the bus depot on Friday, the county council said.';
    expect(dated(text, { publishedAt: '2031-08-12T09:00:00+01:00', savedAt: '2031-08-12T09:00:00+01:00' })).toEqual([
      ['2031-08-15', 'Friday'],
    ]);
  });

  it('is gone when the sentence tells it did not happen', () => {
    const text = 'The inspectors were due at the bus depot on Friday but never came, the county council said.';
    expect(dated(text, { publishedAt: '2031-08-12T09:00:00+01:00', savedAt: '2031-08-12T09:00:00+01:00' })).toEqual([
      ['2031-08-08', 'Friday'],
    ]);
  });
});
