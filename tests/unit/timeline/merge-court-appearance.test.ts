// A court appearance, however told: "will appear before magistrates", "was remanded in custody", "appeared in court and
// was ordered held", "was arraigned", "pleaded not guilty" all tell one hearing of someone's case, so reports of it are
// shown once; another defendant's hearing, or a sentencing, of the same day stays apart.
// Written for this test; the outlets publish on Wednesday 14 October 2026, so "Monday" is 12 October.
import { describe, expect, it } from 'vitest';
import { joining, merged, reportAt } from './outlets.ts';

describe('a court appearance', () => {
  it.each([
    ['The driver will appear before Ollerby Magistrates’ Court on Monday.', 'on Monday'],
    ['A teenager was remanded in custody by magistrates on Monday.', 'on Monday'],
    ['The farmer appeared in court on Monday and was ordered held until a January hearing.', 'on Monday'],
    ['The former treasurer was arraigned on Monday on six counts of fraud.', 'on Monday'],
    ['The pair pleaded not guilty at a brief hearing on Monday.', 'on Monday'],
    ['She made her first appearance before a judge on Monday.', 'on Monday'],
  ])('reads a court appearance in "%s"', (text, dateWords) => {
    expect(reportAt(text, dateWords).actions.has('appear')).toBe(true);
  });

  it.each([
    ['The mayor appeared to hesitate on Monday.', 'on Monday'],
    ['The band appeared at the Corn Exchange on Monday.', 'on Monday'],
  ])('reads no court appearance in "%s"', (text, dateWords) => {
    expect(reportAt(text, dateWords).actions.has('appear')).toBe(false);
  });

  it('shows a remand and an appearance ordered held once', () => {
    const entries = merged(
      'Dorran Pike, 38, of Millbeck Road, was remanded in custody by magistrates on Monday over the depot fire.',
      'Dorran Pike appeared in court in Ollerby on Monday and was ordered held until a hearing next month.',
    );
    expect(joining(entries, '2026-10-12', 'outlet-1', 'outlet-2')).toHaveLength(1);
  });

  it('shows a planned appearance and a remand of that day once', () => {
    const entries = merged(
      'Dorran Pike, 38, of Millbeck Road, will appear before Ollerby Magistrates’ Court today over the depot fire.',
      'Dorran Pike was remanded in custody by magistrates in Ollerby today.',
    );
    expect(joining(entries, '2026-10-14', 'outlet-1', 'outlet-2')).toHaveLength(1);
  });

  it('keeps a hearing and a sentencing of the same day apart', () => {
    const entries = merged(
      'Dorran Pike was remanded in custody by magistrates on Monday over the depot fire.',
      'At the crown court on Monday, Lenna Haskew was jailed for six years for the bank fraud.',
    );
    expect(joining(entries, '2026-10-12', 'outlet-1', 'outlet-2')).toHaveLength(0);
  });

  it('keeps two defendants’ appearances of the same day apart', () => {
    const entries = merged(
      'Dorran Pike, 38, was remanded in custody by magistrates on Monday over the depot fire.',
      'Lenna Haskew, 52, appeared in court on Monday and was ordered held until a hearing on the bank fraud.',
    );
    expect(joining(entries, '2026-10-12', 'outlet-1', 'outlet-2')).toHaveLength(0);
  });
});
