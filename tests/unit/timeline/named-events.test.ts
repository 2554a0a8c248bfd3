// A time told from an event the sentence names ("the night before the attack") is counted from that event's day,
// even when the article named it in other words ("a cyberattack") and told of an older one by its year alone.
import { describe, expect, it } from 'vitest';
import { datesOfSentence as datesOf } from './outlets.ts';

describe('times counted from a named event', () => {
  it('counts from the day of the event a compound names ("a cyberattack" for "the attack")', () => {
    const text = [
      "The water board's billing office was shut down by a cyberattack on Monday.",
      'Bills went out late on Tuesday.',
      'Engineers had seen strange traffic on its network on the night before the attack.',
    ].join('\n\n');
    expect(datesOf(text, 'Engineers had seen')).toEqual(['2026-10-11']);
  });

  it('does not count days from an older happening told only by its year', () => {
    const text = [
      "The water board's billing office was shut down by a cyberattack on Monday.",
      'A smaller attack in 2021 had frozen its payroll for a week.',
      'Engineers had seen strange traffic on its network on the night before the attack.',
    ].join('\n\n');
    expect(datesOf(text, 'Engineers had seen')).toEqual(['2026-10-11']);
  });
});
