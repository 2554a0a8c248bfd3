import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { useStore } from 'zustand';
import type { ApiClient } from '../api/client.ts';
import { type LibraryActions, libraryActions } from './library-actions.ts';
import { type TimelineActions, timelineActions } from './timeline-actions.ts';
import { createUiStore, type UiActions, type UiState, type UiStore, uiActions } from './ui-store.ts';

interface AppServices {
  client: ApiClient;
  store: UiStore;
  ui: UiActions;
  library: LibraryActions;
  timeline: TimelineActions;
  queryClient: QueryClient;
}

const AppContext = createContext<AppServices | null>(null);

export function createQueryClient(): QueryClient {
  // Data comes from the local core, which tells us when it changes: no polling, no refetch on focus.
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Number.POSITIVE_INFINITY, refetchOnWindowFocus: false, retry: false },
      mutations: { retry: false },
    },
  });
}

export function AppProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  const services = useMemo(() => {
    const store = createUiStore();
    const ui = uiActions(store);
    const queryClient = createQueryClient();
    return {
      client,
      store,
      ui,
      queryClient,
      library: libraryActions(client, ui, queryClient, store),
      timeline: timelineActions(client, ui, queryClient, store),
    };
  }, [client]);
  return (
    <AppContext.Provider value={services}>
      <QueryClientProvider client={services.queryClient}>{children}</QueryClientProvider>
    </AppContext.Provider>
  );
}

export function useServices(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useServices needs an <AppProvider>');
  return services;
}

export function useUi<T>(selector: (state: UiState) => T): T {
  return useStore(useServices().store, selector);
}
