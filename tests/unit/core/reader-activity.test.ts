// The core's background work of the start waits between its batches while the reader scrolls (issue 12): told by
// the window (app.readerActive), it waits until the reader has been still a moment, never for ever, never past close.
import { describe, expect, it } from 'vitest';
import { LONGEST_WAIT_MS, QUIET_AFTER_MS, ReaderActivity } from '../../../electron/core/concurrency/reader-activity.ts';
import { ManualClock, settlesNow as settled } from '../helpers/manual-clock.ts';

/** A reader who has just scrolled, and background work that reached the end of a batch. */
async function whileScrolling(stillWanted?: () => boolean) {
  const clock = new ManualClock();
  const activity = new ReaderActivity(clock);
  activity.report();
  const waiting = activity.giveWay(stillWanted);
  expect(await settled(waiting)).toBe(false);
  return { clock, activity, waiting };
}

describe('background work giving way to a scrolling reader', () => {
  it('goes on at once when the reader has not scrolled', async () => {
    const activity = new ReaderActivity(new ManualClock());
    expect(await settled(activity.giveWay())).toBe(true);
  });

  it('waits while the reader scrolls and goes on by itself once they have been still for the quiet time', async () => {
    const { clock, activity, waiting } = await whileScrolling();
    clock.advance(QUIET_AFTER_MS - 100);
    // Still scrolling: a report a quarter second later moves the end of the wait on.
    activity.report();
    clock.advance(200);
    expect(await settled(waiting)).toBe(false);
    clock.advance(QUIET_AFTER_MS);
    expect(await settled(waiting)).toBe(true);
  });

  it('never waits longer than its limit at a time, however long the reader scrolls: then one batch goes', async () => {
    const { clock, activity, waiting } = await whileScrolling();
    for (let at = 0; at < LONGEST_WAIT_MS - 250; at += 250) {
      clock.advance(250);
      activity.report();
      expect(await settled(waiting)).toBe(false);
    }
    clock.advance(250);
    activity.report();
    expect(await settled(waiting)).toBe(true);
    // The next batch waits again while the reader still scrolls.
    expect(await settled(activity.giveWay())).toBe(false);
  });

  it('stops waiting when someone now waits for the work (a search for the index)', async () => {
    let wanted = true;
    const { clock, waiting } = await whileScrolling(() => wanted);
    wanted = false;
    // Looked at again on the next tick of the clock, well within the quiet time.
    clock.advance(50);
    expect(await settled(waiting)).toBe(true);
  });

  it('ends every wait when the core closes, and waits no more after', async () => {
    const { activity, waiting } = await whileScrolling();
    activity.close();
    expect(await settled(waiting)).toBe(true);
    activity.report();
    expect(await settled(activity.giveWay())).toBe(true);
  });
});
