import { expect, it } from 'vitest';
import { failureSentences } from '../../../renderer/src/lib/failure-words.ts';

it('says only that a thing failed when no reason was given, never leaving a colon hanging', () => {
  expect(failureSentences('The tags could not be loaded', '')).toBe('The tags could not be loaded.');
  expect(failureSentences('The tags could not be loaded', '  ')).toBe('The tags could not be loaded.');
  expect(failureSentences('The tags could not be loaded', undefined)).toBe('The tags could not be loaded.');
});

it('keeps a reason’s own closing mark and drops a dangling colon', () => {
  expect(failureSentences('The feeds could not be loaded', 'Is the app running?')).toBe(
    'The feeds could not be loaded. Is the app running?',
  );
  expect(failureSentences('The feeds could not be loaded', 'disk full:')).toBe(
    'The feeds could not be loaded. Disk full.',
  );
});
