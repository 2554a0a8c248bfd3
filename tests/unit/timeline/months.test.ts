import { describe, expect, it } from 'vitest';
import { FULL_MONTH, MONTH_NAME, MONTH_STEMS, monthNumber } from '../../../electron/core/timeline/dates/months.ts';

describe('the month lexicon the date reading, the figure order and the moments share', () => {
  it('numbers a month named in full or cut short, whatever its case', () => {
    expect(monthNumber('January')).toBe(1);
    expect(monthNumber('Sept.')).toBe(9);
    expect(monthNumber('dec')).toBe(12);
    expect(monthNumber('MAY')).toBe(5);
    expect(monthNumber('Tuesday')).toBe(0);
  });

  it('finds a month cut short only as a whole word', () => {
    expect(MONTH_NAME.test('the boat left on Aug. 4')).toBe(true);
    expect(MONTH_NAME.test('the boat left on Sept 4')).toBe(true);
    expect(MONTH_NAME.test('the decking was marched out')).toBe(false);
  });

  it('gives every month in full and by its first three letters, January first', () => {
    expect(FULL_MONTH.split('|')).toHaveLength(12);
    expect(FULL_MONTH.startsWith('January|February')).toBe(true);
    expect(MONTH_STEMS).toBe('jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec');
  });
});
