// Someone ringing someone ("rang her from the hospital", "rang home") is a phone call, a deed of its own: not another
// person's deed of that day told near the same place ("was treated at the hospital and released"). Written for this
// test; the outlets publish on Wednesday 14 October 2026.
import { describe, expect, it } from 'vitest';
import { merged, reportAt } from './outlets.ts';

describe('someone who rang someone', () => {
  it('tells a phone call', () => {
    const call = 'His sister said she waited by the phone until he rang her from the hospital on Tuesday evening.';
    expect(reportAt(call, 'on Tuesday evening').clear.has('phone')).toBe(true);
    const home = 'The skipper rang home from the lifeboat station on Monday night.';
    expect(reportAt(home, 'on Monday night').clear.has('phone')).toBe(true);
  });

  it('keeps the call apart from another outlet’s discharge from that hospital the same evening', () => {
    const entries = merged(
      'His sister said she waited by the phone until he rang her from the hospital on Tuesday evening.',
      'Dunne was treated at Marlow Royal Hospital and released on Tuesday evening, his employer said.',
    );
    const tuesday = entries.filter((entry) => entry.date === '2026-10-13');
    expect(tuesday.every((entry) => entry.sources.length === 1)).toBe(true);
  });
});
