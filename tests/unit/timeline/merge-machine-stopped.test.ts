// A machine that stopped working, read by grammar in any form of its verb: an engine or a pump that "cut out", "gave
// out" or "conked out", a vessel or a plant that "lost power" (written for this test; the outlets publish on Wednesday
// 14 October 2026, so "Monday" is 12 October).
import { describe, expect, it } from 'vitest';
import { joining, merged, reportAt } from './outlets.ts';

describe('a machine that stopped, read by grammar', () => {
  it.each([
    ['The pumps at Garrow lock cut out on Monday.', 'on Monday'],
    ["The dredger's winch gave out on Monday.", 'on Monday'],
    ['Its old generator conked out on Monday night.', 'on Monday'],
    ['The hospital lost power shortly after noon on Monday.', 'on Monday'],
  ])('reads "%s" as a fault', (text, dateWords) => {
    expect(reportAt(text, dateWords).clear.has('fault')).toBe(true);
  });

  it.each([
    ['The chef cut out the middle step on Monday.', 'on Monday'],
    ['Volunteers gave out blankets on Monday.', 'on Monday'],
    ['The mayor lost patience on Monday.', 'on Monday'],
  ])('reads no fault in "%s"', (text, dateWords) => {
    expect(reportAt(text, dateWords).actions.has('fault')).toBe(false);
  });

  it('shows a barge whose engine stopped once, told as losing power and as its engine cutting out', () => {
    const entries = merged(
      [
        'The grain barge Hollin Star was towed to Brackwater on Tuesday, a day after its engine failed.',
        'The Hollin Star lost power at 11:20 a.m. on Monday near the Sallow weir and drifted onto a sandbank.',
      ].join('\n\n'),
      "The Hollin Star's engine cut out on Monday morning near the Sallow weir, its owners said.",
    );
    expect(joining(entries, '2026-10-12', 'outlet-1', 'outlet-2')).toHaveLength(1);
    expect(entries.filter((entry) => entry.date === '2026-10-12')).toHaveLength(1);
  });
});
