import { setImmediate as nextTurn } from 'node:timers/promises';
import type { GiveWay } from '../concurrency/reader-activity.ts';

/**
 * Work on a large index pauses every this many items, so the core keeps answering meanwhile: 200 articles of a
 * large library are encoded or restored in about 30 ms, 500 took up to 120 ms on a busy machine (issue 12).
 */
const ITEMS_PER_TURN = 200;

/**
 * The items, with a pause for the event loop every ITEMS_PER_TURN of them, and there for the reader too when
 * `giveWay` is given (work in the background: waiting while they scroll).
 */
export async function* inTurns<T>(items: Iterable<T>, giveWay?: GiveWay): AsyncGenerator<T> {
  let n = 0;
  for (const item of items) {
    if (n++ % ITEMS_PER_TURN === 0) {
      await nextTurn();
      await giveWay?.();
    }
    yield item;
  }
}
