import type { ArticleSummary, LibraryView } from '../../contract/index.ts';

export interface ListFilter {
  tags?: string[];
  tagMode?: 'all' | 'any';
  /** Only the articles that came from this feed. */
  feedId?: string;
}

export function inView(article: ArticleSummary, view: LibraryView): boolean {
  switch (view) {
    case 'inbox':
      return article.state !== 'archived';
    case 'archive':
      return article.state === 'archived';
    case 'favorites':
      return article.favorite;
    case 'all':
      return true;
  }
}
