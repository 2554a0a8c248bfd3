import { useQuery } from '@tanstack/react-query';
import type { LibraryView, SortKey } from '../../../electron/contract/model.ts';
import { useServices } from './app-context.tsx';

export const keys = {
  info: ['info'] as const,
  settings: ['settings'] as const,
  library: ['library'] as const,
  list: (view: LibraryView, sort: SortKey) => ['library', 'list', view, sort] as const,
  article: (id: string) => ['library', 'article', id] as const,
  content: (id: string) => ['content', id] as const,
};

export function useInfo() {
  const { client } = useServices();
  return useQuery({ queryKey: keys.info, queryFn: () => client.call('app.info', {}) });
}

export function useSettings() {
  const { client } = useServices();
  return useQuery({ queryKey: keys.settings, queryFn: () => client.call('settings.get', {}) });
}

export function useArticleList(view: LibraryView, sort: SortKey | undefined) {
  const { client } = useServices();
  return useQuery({
    queryKey: keys.list(view, sort ?? 'saved'),
    queryFn: () => client.call('library.list', { view, sort: sort ?? 'saved' }),
    enabled: sort !== undefined,
    placeholderData: (previous) => previous,
  });
}

export function useArticle(id: string | null) {
  const { client } = useServices();
  return useQuery({
    queryKey: keys.article(id ?? ''),
    queryFn: () => client.call('article.get', { id: id ?? '' }),
    enabled: id !== null,
  });
}

/** Stored HTML never changes under an id except by saving again, which announces it. */
export function useArticleContent(id: string | null) {
  const { client } = useServices();
  return useQuery({
    queryKey: keys.content(id ?? ''),
    queryFn: () => client.call('article.content', { id: id ?? '' }),
    enabled: id !== null,
  });
}
