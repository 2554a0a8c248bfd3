import { setTimeout as delay } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { type GiveWay, QUIET_AFTER_MS, ReaderActivity } from '../../../electron/core/concurrency/reader-activity.ts';
import { EventCatchUp } from '../../../electron/core/timeline/event-catch-up.ts';
import type { TimelineState } from '../../../electron/core/timeline/timeline-state.ts';
import { ManualClock, settlesNow } from '../helpers/manual-clock.ts';

/**
 * The parts of the timeline's state a catch-up uses: a queue that runs at once, nobody waiting for answers, and
 * the core's pause for a scrolling reader when given.
 */
const stateWith = (giveWay?: GiveWay) =>
  ({
    options: giveWay ? { giveWay } : {},
    answering: 0,
    queue: { run: <T>(turn: () => Promise<T>) => turn() },
    saveStories: async () => undefined,
  }) as unknown as TimelineState;

function catchUpOf(firstTurnAfterMs: number, giveWay?: GiveWay) {
  const state = stateWith(giveWay);
  const extracted: string[] = [];
  let closing = false;
  const catchUp = new EventCatchUp(
    state,
    {
      isCurrent: () => false,
      extract: async (id) => extracted.push(id),
      place: () => undefined,
      closing: () => closing,
      fail: (error) => {
        throw error;
      },
    },
    true,
    firstTurnAfterMs,
  );
  const close = () => {
    closing = true;
    catchUp.endRests();
  };
  return { catchUp, extracted, close, waitForAll: () => catchUp.endRests() };
}

describe('finding missing events in the background, in the app', () => {
  it('finds no more events while the reader scrolls, and the rest once they have stopped (issue 12)', async () => {
    // The test's own clock: the catch-up waits for it to move, never for real time.
    const clock = new ManualClock();
    const activity = new ReaderActivity(clock);
    const { catchUp, extracted } = catchUpOf(0, activity.giveWay.bind(activity));
    activity.report();
    const finding = catchUp.start(['a', 'b', 'c']);
    await clock.asleep();
    expect(await settlesNow(finding)).toBe(false);
    expect(extracted).toEqual([]);
    clock.advance(QUIET_AFTER_MS);
    await finding;
    expect(extracted).toEqual(['a', 'b', 'c']);
  });

  it('rests before its first turn, so the window’s first answers go first, then finds every article', async () => {
    const { catchUp, extracted } = catchUpOf(20);
    void catchUp.start(['a', 'b', 'c']);
    expect(extracted).toEqual([]);
    await catchUp.done();
    expect(extracted).toEqual(['a', 'b', 'c']);
  });

  it('ends its rest at once when the app quits: closing never waits out the pause, and nothing more is found', async () => {
    // A rest of ten minutes: closing that waited it out would outlast the race below by far.
    const { catchUp, extracted, close } = catchUpOf(600_000);
    void catchUp.start(['a', 'b']);
    close();
    const outcome = await Promise.race([catchUp.done().then(() => 'stopped'), delay(20_000).then(() => 'resting')]);
    expect(outcome).toBe('stopped');
    expect(extracted).toEqual([]);
  }, 30_000);

  it('stops resting when something waits for every article’s events, and finds them all', async () => {
    const { catchUp, extracted, waitForAll } = catchUpOf(600_000);
    void catchUp.start(['a', 'b']);
    waitForAll();
    const outcome = await Promise.race([catchUp.done().then(() => 'found'), delay(20_000).then(() => 'resting')]);
    expect(outcome).toBe('found');
    expect(extracted).toEqual(['a', 'b']);
  }, 30_000);
});
