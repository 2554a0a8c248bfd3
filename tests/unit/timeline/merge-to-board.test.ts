// People going aboard, told as a plan by a verb the tagger reads as a noun ("are due to board the ship") or as people
// sent or put aboard (written for this test; the outlets publish on Wednesday 14 October 2026, so "Monday" is 12
// October, and the coming Monday 19 October).
import { describe, expect, it } from 'vitest';
import { joining, merged, reportAt } from './outlets.ts';

describe('going aboard, as a plan', () => {
  it.each([
    ['Customs officers will send two divers aboard on Monday.', 'on Monday'],
    ['Health inspectors are expected to board the cruise ship on Monday.', 'on Monday'],
    ['The owners put a pilot aboard on Monday.', 'on Monday'],
  ])('reads "%s" as the action board', (text, dateWords) => {
    expect(reportAt(text, dateWords).clear.has('board')).toBe(true);
  });

  it.each([
    ['The board will meet on Monday.', 'on Monday'],
    ['Shopkeepers were told to board up their windows on Monday.', 'on Monday'],
    ['The ferry company will send a letter to every passenger on Monday.', 'on Monday'],
  ])('reads no boarding in "%s"', (text, dateWords) => {
    expect(reportAt(text, dateWords).actions.has('board')).toBe(false);
  });

  it('shows surveyors going aboard once, told as to be put aboard and as due to board, by other words for who goes', () => {
    const entries = merged(
      'The harbour authority began an inquiry on Sunday and will put two surveyors aboard the Dunlin on Monday.',
      'Marine accident investigators are due to board the coaster on Monday.',
    );
    // Told ahead, "on Monday" is the coming Monday.
    expect(joining(entries, '2026-10-19', 'outlet-1', 'outlet-2')).toHaveLength(1);
  });
});
