// Loading the stored events at start rests between batches while nobody waits for it; a reader who opens a timeline
// ends the rest under way at once, rather than after it ran out (a tenth of a second a batch, seconds in all).
import { describe, expect, it } from 'vitest';
import { ReaderWaiting } from '../../../electron/core/timeline/reader-waiting.ts';

describe('loading rests only while no reader waits', () => {
  it('ends a rest under way the moment a reader starts waiting', async () => {
    const reader = new ReaderWaiting();
    const started = performance.now();
    const resting = reader.rest(60_000);
    setTimeout(() => reader.started(), 10);
    await resting;
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(reader.waiting).toBe(true);
  });

  it('takes no rest while a reader waits, and rests again once none does', async () => {
    const reader = new ReaderWaiting();
    reader.started();
    await reader.rest(60_000);
    reader.ended();
    expect(reader.waiting).toBe(false);
    const started = performance.now();
    await reader.rest(30);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
  });
});
