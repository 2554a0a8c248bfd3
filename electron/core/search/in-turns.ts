import { setImmediate as nextTurn } from 'node:timers/promises';

/** Work on a large index pauses every this many items, so the core keeps answering meanwhile. */
const ITEMS_PER_TURN = 500;

/** The items, with a pause for the event loop every ITEMS_PER_TURN of them. */
export async function* inTurns<T>(items: Iterable<T>): AsyncGenerator<T> {
  let n = 0;
  for (const item of items) {
    if (n++ % ITEMS_PER_TURN === 0) await nextTurn();
    yield item;
  }
}
