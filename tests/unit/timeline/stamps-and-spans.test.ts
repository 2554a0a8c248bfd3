// A live entry's stamp dates its entry only when the entry tells no day of its own; an update's label dates the update,
// not what it reports; "within 48 hours of the ruling" is a span reaching past that day, no time of its own.
import { describe, expect, it } from 'vitest';
import { datesOfSentence as datesOf } from './outlets.ts';

describe('stamps of live entries and updates', () => {
  const page = [
    'Storm Odile brought down power lines across the valley on Tuesday.',
    '22:10 — Engineers are at the first of the broken lines.',
    '07:15 — Schools in Hollin are closed today, the council says.',
    'Update, 14 October, 10:05: The ring road will reopen on Friday.',
  ].join('\n\n');

  it('dates an entry with no day of its own by its stamp, to the day of the event before', () => {
    expect(datesOf(page, '22:10')).toEqual(['2026-10-13']);
  });

  it('gives an entry that tells its own day that day alone', () => {
    expect(datesOf(page, '07:15')).toEqual(['2026-10-14']);
  });

  it('reads an update’s label as no date of what the update reports', () => {
    expect(datesOf(page, 'Update, 14 October')).toEqual(['2026-10-16']);
  });
});

describe('spans of hours from an event', () => {
  it('dates a deed within an hour of an event to that event’s day', () => {
    const text = 'The court ruled on Monday. Protesters gathered within an hour of the ruling.';
    expect(datesOf(text, 'Protesters gathered')).toEqual(['2026-10-12']);
  });

  it('gives "within 48 hours of the ruling" no day', () => {
    const text = 'The court ruled on Monday. The firm must pay the fine within 48 hours of the ruling.';
    expect(datesOf(text, 'The firm must pay')).toEqual([]);
  });
});
