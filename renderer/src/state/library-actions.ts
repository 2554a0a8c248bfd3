import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../api/client.ts';
import { annotationActions } from './library/annotations.ts';
import { articleActions } from './library/articles.ts';
import { backupAndSampleActions } from './library/backup-and-sample.ts';
import { browserSavingActions } from './library/browser-saving.ts';
import { feedActions } from './library/feeds.ts';
import { importActions } from './library/imports.ts';
import { settingsActions } from './library/settings.ts';
import { tagActions } from './library/tags.ts';
import { actionKit } from './mutate.ts';
import { keys } from './query-keys.ts';
import type { UiActions, UiStore } from './ui-store.ts';

/**
 * What the reader can do to the library, each change undoable, each failure said in words.
 * Components and commands call these; none of them talks to the client directly.
 */
export function libraryActions(client: ApiClient, ui: UiActions, queryClient: QueryClient, store: UiStore) {
  const kit = actionKit({ client, ui, queryClient, store }, [keys.library]);
  const settings = settingsActions(kit);
  return {
    ...articleActions(kit),
    ...tagActions(kit),
    ...annotationActions(kit),
    ...feedActions(kit),
    ...importActions(kit),
    ...backupAndSampleActions(kit, settings.setSettings),
    ...browserSavingActions(kit),
    ...settings,
    refresh: () => kit.invalidate([keys.library]),
  };
}

export type LibraryActions = ReturnType<typeof libraryActions>;
