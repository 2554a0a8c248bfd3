// The core tells each change as it happens: the seven saves of the sample library, or an import's, arrive as a burst
// of events, each asking for the lists, counts and timelines again. Each invalidation cancelled the fetch the one
// before had started, and the core answered every one of them (35 requests for one burst, the article clicked
// meanwhile waiting behind them). The keys a burst invalidates are gathered and invalidated once, a moment after it.
import type { QueryClient, QueryKey } from '@tanstack/react-query';

/** Long enough to gather the events of one burst, short beside anything a reader notices. */
const GATHER_MS = 30;

export interface BurstInvalidation {
  invalidate(queryKey: QueryKey): void;
  /** Stops: what was gathered is invalidated at once. */
  dispose(): void;
}

export function burstInvalidation(queryClient: QueryClient, gatherMs = GATHER_MS): BurstInvalidation {
  const gathered = new Map<string, QueryKey>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    timer = null;
    const keys = [...gathered.values()];
    gathered.clear();
    for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey });
  };
  return {
    invalidate(queryKey) {
      gathered.set(JSON.stringify(queryKey), queryKey);
      timer ??= setTimeout(flush, gatherMs);
    },
    dispose() {
      if (timer) clearTimeout(timer);
      flush();
    },
  };
}
