import { useQuery } from '@tanstack/react-query';
import type { LibraryView, SortKey } from '../../../electron/contract/model.ts';
import type { TimelineScope } from '../../../electron/contract/timeline.ts';
import { useServices } from './app-context.tsx';
import { keys } from './query-keys.ts';

export { keys };

export function useInfo() {
  const { client } = useServices();
  return useQuery({ queryKey: keys.info, queryFn: () => client.call('app.info', {}) });
}

export function useSettings() {
  const { client } = useServices();
  return useQuery({ queryKey: keys.settings, queryFn: () => client.call('settings.get', {}) });
}

/** Pages saved more than once (Settings › Library offers to merge them). */
export function useDuplicates() {
  const { client } = useServices();
  return useQuery({ queryKey: keys.duplicates, queryFn: () => client.call('duplicates.find', {}) });
}

export function useArticleList(
  view: LibraryView,
  sort: SortKey | undefined,
  tags: readonly string[] = [],
  tagMode: 'all' | 'any' = 'all',
  feedId: string | null = null,
) {
  const { client } = useServices();
  return useQuery({
    queryKey: keys.list(view, sort ?? 'saved', tags, tagMode, feedId),
    queryFn: () =>
      client.call('library.list', {
        view,
        sort: sort ?? 'saved',
        tags: [...tags],
        tagMode,
        ...(feedId ? { feedId } : {}),
      }),
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

export function useTags() {
  const { client } = useServices();
  return useQuery({ queryKey: keys.tags, queryFn: () => client.call('tags.list', {}) });
}

/** One article's highlights and note in text order, or (null) every annotation, newest first. */
export function useAnnotations(articleId: string | null) {
  const { client } = useServices();
  return useQuery({
    queryKey: keys.annotations(articleId),
    queryFn: () => client.call('annotations.list', articleId ? { articleId } : {}),
  });
}

export function useFeeds() {
  const { client } = useServices();
  return useQuery({ queryKey: keys.feeds, queryFn: () => client.call('feeds.list', {}) });
}

/** The background fetch of imported articles: pending, done, failed with reasons, paused. */
export function useImportStatus() {
  const { client } = useServices();
  return useQuery({ queryKey: keys.importStatus, queryFn: () => client.call('import.status', {}) });
}

export function useTimeline(scope: TimelineScope, includeHidden: boolean) {
  const { client } = useServices();
  return useQuery({
    queryKey: keys.timeline(scope, includeHidden),
    queryFn: () => client.call('timeline.get', { scope, includeHidden }),
    placeholderData: (previous) =>
      previous && JSON.stringify(previous.scope) === JSON.stringify(scope) ? previous : undefined,
  });
}

/** Stories of at least this many articles (two: those worth a timeline), most recently active first. */
export function useStories(minArticles = 2) {
  const { client } = useServices();
  return useQuery({ queryKey: keys.stories(minArticles), queryFn: () => client.call('stories.list', { minArticles }) });
}

/** One article's events, its story and the story's other articles. */
export function useArticleTimeline(id: string) {
  const { client } = useServices();
  return useQuery({
    queryKey: keys.articleTimeline(id),
    queryFn: () => client.call('timeline.article', { articleId: id }),
  });
}
