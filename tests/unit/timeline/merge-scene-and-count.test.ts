// A scene going on at a time is not a deed of that day, and a head count is a check of who is there, not the count of
// a vote. Written for this test; the outlets publish on Wednesday 14 October 2026, so "Sunday" is 11 October.
import { describe, expect, it } from 'vitest';
import { joining, merged, reportAt } from './outlets.ts';

describe('a scene going on then', () => {
  it('stays apart from a deed of that day that names the same street', () => {
    const entries = merged(
      'A van taken from a yard on Mill Lane in Hendry was found burnt out near the quarry on Sunday morning.',
      'By noon Sunday, police divers were searching the quarry lake in Hendry, and Mill Lane residents were watching from the bank.',
    );
    expect(joining(entries, '2026-10-11', 'outlet-1', 'outlet-2')).toHaveLength(0);
  });

  it('still joins a deed told as going on with the deed told as done', () => {
    const entries = merged(
      'Police divers searched the quarry lake in Hendry on Sunday.',
      'Police divers were searching the quarry lake in Hendry on Sunday.',
    );
    expect(joining(entries, '2026-10-11', 'outlet-1', 'outlet-2')).toHaveLength(1);
  });
});

describe('a head count', () => {
  it('reads a head count or a roll call as a check, not a result', () => {
    for (const text of [
      'Guards found two cells empty at the head count on Sunday.',
      'Guards found two cells empty at roll call on Sunday.',
    ]) {
      const report = reportAt(text, 'on Sunday');
      expect(report.actions.has('result')).toBe(false);
      expect(report.clear.has('inspect')).toBe(true);
    }
  });

  it('keeps the escape found at a head count apart from a stolen van found that day', () => {
    const entries = merged(
      'Nobody noticed the empty cells until the 5:30 a.m. head count on Sunday.',
      'A van stolen from a yard in Hendry was found on a farm track on Sunday.',
    );
    expect(joining(entries, '2026-10-11', 'outlet-1', 'outlet-2')).toHaveLength(0);
  });
});
