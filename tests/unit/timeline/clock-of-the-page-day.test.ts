import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

// Friday 9 August 2041, in Cardiff: a page telling of a happening two or three days before it.
const FRIDAY = { publishedAt: '2041-08-09T10:30:00+01:00', savedAt: '2042-01-01T00:00:00Z' };
const FRIDAY_EVENING = { publishedAt: '2041-08-09T19:45:00+01:00', savedAt: '2042-01-01T00:00:00Z' };

/** The days of the events of the sentence telling `clock`. */
function clockDays(text: string, clock: string, reference = FRIDAY): string[] {
  return extractEvents(text, reference)
    .filter((event) => text.slice(event.start, event.end).includes(clock))
    .map((event) => event.date);
}

const WEDNESDAY_LEDE = 'A sewer collapsed under Brannock Road in Splott on Wednesday, leaving a hole four metres wide.';

describe('a clock time telling what holds now', () => {
  it('is of the page’s day when it tells a figure as of that hour', () => {
    const text = [WEDNESDAY_LEDE, 'As of 9 a.m., 60 households were still without water.'].join('\n\n');
    expect(clockDays(text, '9 a.m.')).toEqual(['2041-08-09']);
  });

  it('is of the page’s day when its clause is in the present', () => {
    const text = [WEDNESDAY_LEDE, 'At 9 a.m. the hole is still fenced off and two pumps are running.'].join('\n\n');
    expect(clockDays(text, '9 a.m.')).toEqual(['2041-08-09']);
  });

  it('is of the page’s day when a state holding now began at that hour', () => {
    const text = [WEDNESDAY_LEDE, 'The eastbound lane has been closed since 6am.'].join('\n\n');
    expect(clockDays(text, '6am')).toEqual(['2041-08-09']);
  });

  it('keeps the lede’s day for the hour of the lede’s own happening', () => {
    const text = [
      WEDNESDAY_LEDE,
      'The road gave way at about 5:40 a.m., as the first buses were leaving the depot.',
    ].join('\n\n');
    expect(clockDays(text, '5:40 a.m.')).toEqual(['2041-08-07']);
  });

  it('keeps the day a sentence names for the hour of that day’s happening', () => {
    const text = [WEDNESDAY_LEDE, "Wednesday's collapse happened at about 4 p.m., the council said."].join('\n\n');
    expect(clockDays(text, '4 p.m.')).toEqual(['2041-08-07']);
  });

  it('keeps the day of a deed done at that hour beside a state told now', () => {
    const text = `${WEDNESDAY_LEDE} Police closed the road at 6:15 a.m. and are sending drivers round by Newport Road.`;
    expect(clockDays(text, '6:15 a.m.')).toEqual(['2041-08-07']);
  });
});

describe('a clock time of a deed done, told after a day still to come', () => {
  it('is not dated to the day still to come', () => {
    const text = [
      'A cyclist died after a collision with a van on Heol Hir on Thursday.',
      'An inquest will open on Tuesday. Police named him at 3 p.m. as Idris Mabey, 47.',
    ].join('\n\n');
    expect(clockDays(text, '3 p.m.', FRIDAY_EVENING)).toEqual(['2041-08-08']);
  });
});

describe('a clock time in a live page’s entry, the lede’s happening days before', () => {
  const page = (entry: string) =>
    [
      'Pen-y-fan search: live',
      'A walker has been missing on Pen-y-fan since he set out on Wednesday morning.',
      '18:40',
      entry,
      '16:05',
      'The mountain rescue team said the search would go on through the night.',
    ].join('\n\n');

  it('is of its entry’s day when it is no later than the entry’s stamp', () => {
    expect(clockDays(page('A police helicopter joined the search at 5.50pm.'), '5.50pm', FRIDAY_EVENING)).toEqual([
      '2041-08-09',
    ]);
  });

  it('keeps the lede’s day when it is later than the entry’s stamp', () => {
    expect(clockDays(page('He was last seen at the summit at 9.15pm.'), '9.15pm', FRIDAY_EVENING)).toEqual([
      '2041-08-07',
    ]);
  });
});
