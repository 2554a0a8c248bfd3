// The core tells each save of an import or of the sample library as it happens: a burst of events, each asking for
// the lists, counts and timelines again. The window asks the core for each of them once per burst, not once per event
// (35 requests for the sample library's burst, an article clicked meanwhile waiting behind them).
import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { burstInvalidation } from '../../../renderer/src/state/burst-invalidation.ts';

let queryClient: QueryClient;
let fetches: Record<string, number>;

/** A query a view on screen shows (observed, so invalidating it asks the core again), counting each time it does. */
async function shown(name: string) {
  const observer = new QueryObserver(queryClient, {
    queryKey: [name],
    queryFn: () => {
      fetches[name] = (fetches[name] ?? 0) + 1;
      return name;
    },
  });
  observer.subscribe(() => {});
  await vi.waitFor(() => expect(fetches[name]).toBe(1));
  fetches[name] = 0;
}

beforeEach(() => {
  vi.useFakeTimers();
  queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  fetches = {};
});
afterEach(() => {
  vi.useRealTimers();
  queryClient.clear();
});

describe('the views following a burst of the core’s changes', () => {
  it('ask the core again once for each list the burst changed', async () => {
    await shown('library');
    await shown('timeline');
    await shown('tags');
    const changed = burstInvalidation(queryClient);
    for (let save = 0; save < 7; save++) {
      changed.invalidate(['library']);
      changed.invalidate(['timeline']);
    }
    expect(fetches).toEqual({ library: 0, timeline: 0, tags: 0 });
    await vi.advanceTimersByTimeAsync(100);
    expect(fetches).toEqual({ library: 1, timeline: 1, tags: 0 });
  });

  it('ask again for a change that came after the burst was answered', async () => {
    await shown('library');
    const changed = burstInvalidation(queryClient);
    changed.invalidate(['library']);
    await vi.advanceTimersByTimeAsync(100);
    changed.invalidate(['library']);
    await vi.advanceTimersByTimeAsync(100);
    expect(fetches.library).toBe(2);
  });

  it('ask at once for what was gathered when the window stops following', async () => {
    await shown('library');
    const changed = burstInvalidation(queryClient);
    changed.invalidate(['library']);
    changed.dispose();
    await vi.advanceTimersByTimeAsync(0);
    expect(fetches.library).toBe(1);
  });
});
