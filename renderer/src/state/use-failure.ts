import type { QueryState } from '@tanstack/react-query';
import { useRef } from 'react';

/** The parts of a react-query result that say whether it failed. */
export interface FailingQuery {
  isError: boolean;
  error: Error | null;
  isPending: boolean;
  isFetching: boolean;
  errorUpdateCount: number;
}

/**
 * Why a query could not be answered, while it has failed and while it is asked again after failing: react-query
 * puts a query with no data back to "pending" when it is refetched, which swapped the failure banner for
 * "Loading…" and back within a second. The banner, with its reason, stays until the new answer comes.
 */
export function useFailure(query: FailingQuery): { reason: string | undefined } | null {
  const reason = useRef<string | undefined>(undefined);
  if (query.isError) reason.current = query.error?.message;
  return showsFailure(query) ? { reason: reason.current } : null;
}

/** Whether a view shows its failure for this query: it failed, or it is asked again after failing. */
export function showsFailure(query: Omit<FailingQuery, 'error'>): boolean {
  const askingAgain = query.isPending && query.isFetching && query.errorUpdateCount > 0;
  return query.isError || askingAgain;
}

/** The same, from the query cache's state of a query (what a command sees, outside any component). */
export function stateShowsFailure(state: QueryState | undefined): boolean {
  if (!state) return false;
  return showsFailure({
    isError: state.status === 'error',
    isPending: state.status === 'pending',
    isFetching: state.fetchStatus === 'fetching',
    errorUpdateCount: state.errorUpdateCount,
  });
}
