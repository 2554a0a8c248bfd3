// A closure's limit ("will stay closed until at least Friday") names when the thing is to open again: the reopening
// another outlet reports of that day. Another happening that day (a ferry stopping) stays apart.
// Written for this test; the outlets publish on Wednesday 14 October 2026 (outlets.ts).
import { describe, expect, it } from 'vitest';
import { merged } from './outlets.ts';

const CLOSED = 'The Marlow coast road will stay closed until at least Friday while crews clear the rockfall.';

describe('closed until a day', () => {
  it('joins the reopening told of that day', () => {
    const entries = merged(CLOSED, 'The Marlow coast road will reopen to traffic on Friday, the highways office said.');
    const friday = entries.filter((entry) => entry.date === '2026-10-16');
    expect(friday).toHaveLength(1);
    expect(friday[0]?.sources).toHaveLength(2);
  });

  it('keeps another happening of that day apart', () => {
    const entries = merged(CLOSED, 'The Marlow ferry will stop running on Friday for its winter refit.');
    expect(entries.filter((entry) => entry.date === '2026-10-16')).toHaveLength(2);
  });
});
