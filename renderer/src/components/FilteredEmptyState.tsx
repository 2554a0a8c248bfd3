import type { LibraryView } from '../../../electron/contract/model.ts';
import { useServices } from '../state/app-context.tsx';

/** What a view holds, as the start of "No … is tagged": the view's own word for its articles. */
const subjects: Record<LibraryView, string> = {
  inbox: 'No article in the Inbox',
  favorites: 'No favorite',
  archive: 'No archived article',
  all: 'No article',
};

const quoted = (tags: string[], joiner: string) => tags.map((tag) => `“${tag}”`).join(` ${joiner} `);

/** "No favorite of “Metro Wire” is tagged “courts” or “housing”": the view, its feed and its tags, as filtered. */
export function filteredEmptyTitle(
  view: LibraryView,
  filter: { tags: string[]; tagMode: 'all' | 'any'; feedTitle?: string | undefined },
): string {
  const feed = filter.feedTitle ? ` of “${filter.feedTitle}”` : '';
  const tags =
    filter.tags.length > 0 ? ` is tagged ${quoted(filter.tags, filter.tagMode === 'any' ? 'or' : 'and')}` : '';
  return `${subjects[view]}${feed}${tags}`;
}

/**
 * A view that a feed or tags filter leaves empty says so, and how to see everything again: not "Your Inbox is
 * clear" or "No favorites yet" with the first run's advice, in a library of thousands of articles.
 */
export function FilteredEmptyState({
  view,
  tags,
  tagMode,
  feedTitle,
}: {
  view: LibraryView;
  tags: string[];
  tagMode: 'all' | 'any';
  feedTitle: string | undefined;
}) {
  const { ui } = useServices();
  const title = filteredEmptyTitle(view, { tags, tagMode, feedTitle });
  return (
    <section className="empty-state" aria-label={title}>
      <h3>{title}</h3>
      {tags.length > 0 && (
        <button type="button" className="button" onClick={() => ui.clearTagFilter()}>
          Show everything
        </button>
      )}
    </section>
  );
}
