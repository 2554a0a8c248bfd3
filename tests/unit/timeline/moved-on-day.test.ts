import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

// Sunday 14 March 2032, the evening, in London: a follow-up four days after a warehouse roof fell in on Wednesday.
const SUNDAY = { publishedAt: '2032-03-14T19:45:00+00:00', savedAt: '2033-01-01T00:00:00Z' };

function clockDay(text: string, clock: string): string | undefined {
  return extractEvents(text, SUNDAY).find((event) => text.slice(event.dateStart, event.dateEnd).includes(clock))?.date;
}

const STANDFIRST = 'The steel roof that caved in on the Pell Street depot on Wednesday was cut away today.';

const LAST_SECTION =
  'The last section of the steel roof was lowered into the yard at 4.20pm, watched by workers from the gate.';

describe('an hour told right after a sentence that moves the story on to the page’s own day', () => {
  it('is of that day, though its words name the thing an earlier day told of', () => {
    const text = [
      STANDFIRST,
      'Demolition crews pulled the sagging trusses down on Sunday afternoon, four days after it collapsed.',
      LAST_SECTION,
    ].join('\n\n');
    expect(clockDay(text, '4.20pm')).toBe('2032-03-14');
  });

  it('stays with the earlier happening when its words name what that happening names', () => {
    const text = [
      STANDFIRST,
      'Investigators began work on Sunday afternoon, four days after the steel roof collapsed.',
      'The steel roof gave way at 4.20pm, as the night shift arrived.',
    ].join('\n\n');
    expect(clockDay(text, '4.20pm')).toBe('2032-03-10');
  });

  it('stays with the earlier happening two paragraphs on', () => {
    const text = [
      STANDFIRST,
      'Demolition crews pulled the sagging trusses down on Sunday afternoon, four days after it collapsed.',
      'The firm says it will pay for the damage.',
      LAST_SECTION,
    ].join('\n\n');
    expect(clockDay(text, '4.20pm')).toBe('2032-03-10');
  });

  it('stays with the earlier happening when the day moved to is not the page’s own', () => {
    const text = [
      'The steel roof that caved in on the Pell Street depot on Wednesday was cut away on Saturday.',
      'Demolition crews pulled the sagging trusses down on Saturday afternoon, three days after it collapsed.',
      LAST_SECTION,
    ].join('\n\n');
    expect(clockDay(text, '4.20pm')).toBe('2032-03-10');
  });

  it('stays with the earlier happening when the sentence before counts no day from it', () => {
    const text = [
      STANDFIRST,
      'Demolition crews pulled the sagging trusses down on Sunday afternoon.',
      LAST_SECTION,
    ].join('\n\n');
    expect(clockDay(text, '4.20pm')).toBe('2032-03-10');
  });
});
