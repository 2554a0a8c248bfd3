// Finding the events of articles that have none stored waits between its turns while the reader scrolls, and goes
// on by itself once they stop (issue 12). Time here is the test's own clock: nothing waits for real time.
import { expect, it } from 'vitest';
import { QUIET_AFTER_MS, ReaderActivity } from '../../../electron/core/concurrency/reader-activity.ts';
import { EventCatchUp } from '../../../electron/core/timeline/event-catch-up.ts';
import type { TimelineState } from '../../../electron/core/timeline/timeline-state.ts';
import { ManualClock } from '../helpers/manual-clock.ts';

it('finds no more events while the reader scrolls, and the rest once they have stopped', async () => {
  const clock = new ManualClock();
  const activity = new ReaderActivity(clock);
  // The parts of the timeline's state a catch-up uses: a queue that runs at once, nobody waiting for answers.
  const state = {
    options: { giveWay: activity.giveWay.bind(activity) },
    answering: 0,
    queue: { run: <T>(turn: () => Promise<T>) => turn() },
    saveStories: async () => undefined,
  } as unknown as TimelineState;
  const extracted: string[] = [];
  const catchUp = new EventCatchUp(
    state,
    {
      isCurrent: () => false,
      extract: async (id) => extracted.push(id),
      place: () => undefined,
      closing: () => false,
      fail: (error) => {
        throw error;
      },
    },
    true,
    0,
  );
  activity.report();
  const finding = catchUp.start(['a', 'b', 'c']);
  await clock.asleep();
  expect(extracted).toEqual([]);
  clock.advance(QUIET_AFTER_MS);
  await finding;
  expect(extracted).toEqual(['a', 'b', 'c']);
});
