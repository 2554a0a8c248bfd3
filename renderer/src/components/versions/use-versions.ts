import { useQuery } from '@tanstack/react-query';
import { useServices } from '../../state/app-context.tsx';
import { keys } from '../../state/query-keys.ts';

// Under the library's key, so every libraryChanged (a save that added a version, a removal) refetches the list.
const versionsKey = (id: string) => [...keys.library, 'versions', id] as const;
// A version never changes under its id (it is named by its text): fetched once.
const versionKey = (id: string, versionId: string) => ['version', id, versionId] as const;

/** Every text the article has had, newest first, the one shown now marked. */
export function useArticleVersions(id: string) {
  const { client } = useServices();
  return useQuery({ queryKey: versionsKey(id), queryFn: () => client.call('article.versions', { id }) });
}

/** One earlier text of an article, read-only. */
export function useArticleVersion(id: string, versionId: string | null) {
  const { client } = useServices();
  return useQuery({
    queryKey: versionKey(id, versionId ?? ''),
    queryFn: () => client.call('article.version', { id, versionId: versionId ?? '' }),
    enabled: versionId !== null,
  });
}

/** Removes an earlier text; answers whether it was removed (the reader is told either way). */
export function useRemoveVersion(id: string) {
  const { client, ui, queryClient } = useServices();
  return async (versionId: string, label: string): Promise<boolean> => {
    try {
      const { removed } = await client.call('article.removeVersion', { id, versionId });
      await queryClient.invalidateQueries({ queryKey: versionsKey(id) });
      ui.toast(removed ? `Removed the version saved ${label}` : 'That version was already gone');
      return removed;
    } catch (error) {
      ui.toast(error instanceof Error ? error.message : String(error), 'error');
      return false;
    }
  };
}

const savedAtFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** When a version was saved, to the minute (two saves of one day stay apart), in the reader's time zone. */
export function formatVersionDate(iso: string): string {
  const parsed = Date.parse(iso);
  return Number.isNaN(parsed) ? iso : savedAtFormat.format(parsed);
}
