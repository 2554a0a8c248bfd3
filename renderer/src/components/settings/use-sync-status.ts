import { useQuery } from '@tanstack/react-query';
import { useServices } from '../../state/app-context.tsx';
import { keys } from '../../state/query-keys.ts';

// Under the library's key: every libraryChanged (another device's files arriving, a conflict copy merged)
// refetches it, as App invalidates the library on that event.
export const syncStatusKey = [...keys.library, 'sync-status'] as const;

/** This device, the others seen in the library, conflict copies merged and articles still arriving. */
export function useSyncStatus() {
  const { client } = useServices();
  return useQuery({ queryKey: syncStatusKey, queryFn: () => client.call('sync.status', {}) });
}
