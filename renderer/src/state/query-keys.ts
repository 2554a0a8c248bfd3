// The react-query keys, apart from the hooks so the action modules can use them without importing the app context.
import type { LibraryView, SortKey } from '../../../electron/contract/model.ts';
import type { TimelineScope } from '../../../electron/contract/timeline.ts';

export const keys = {
  info: ['info'] as const,
  settings: ['settings'] as const,
  library: ['library'] as const,
  list: (
    view: LibraryView,
    sort: SortKey,
    tags: readonly string[],
    tagMode: 'all' | 'any',
    feedId: string | null = null,
  ) => ['library', 'list', view, sort, tags.join('\u0000'), tagMode, feedId ?? ''] as const,
  tags: ['library', 'tags'] as const,
  feeds: ['library', 'feeds'] as const,
  /** Under the library, so any change to it looks for duplicates again. */
  duplicates: ['library', 'duplicates'] as const,
  annotations: (articleId: string | null) => ['library', 'annotations', articleId ?? '*'] as const,
  article: (id: string) => ['library', 'article', id] as const,
  content: (id: string) => ['content', id] as const,
  importStatus: ['import', 'status'] as const,
  /** Everything the timeline shows: refetched when the core says events or stories changed. */
  timelineRoot: ['timeline'] as const,
  timeline: (scope: TimelineScope, includeHidden: boolean) =>
    ['timeline', 'get', JSON.stringify(scope), includeHidden] as const,
  stories: (minArticles: number) => ['timeline', 'stories', minArticles] as const,
  articleTimeline: (id: string) => ['timeline', 'article', id] as const,
  /** The build's notices file, read once: it changes only with the app. */
  thirdPartyNotices: ['third-party-notices'] as const,
};
