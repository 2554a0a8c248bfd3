import type { ArticleSummary } from '../../../electron/contract/model.ts';
import { findCommand } from '../commands/registry.ts';
import { useCommands } from '../commands/use-commands.ts';

/** The article commands as buttons, acting on the open or selected article (the same commands as the keys). */
export function ArticleActions({ article, ticked = 0 }: { article: ArticleSummary | null; ticked?: number }) {
  const { run } = useCommands();
  const runId = (id: string) => {
    const command = findCommand(id);
    if (command) run(command);
  };
  if (!article && ticked === 0) return null;
  const archived = ticked === 0 && article?.state === 'archived';
  const label = ticked > 0 ? `Actions for ${ticked} ticked articles` : `Actions for “${article?.title}”`;
  return (
    <div className="article-actions" role="toolbar" aria-label={label}>
      {ticked > 0 && <span className="muted ticked-count">{ticked} ticked</span>}
      <button type="button" className="button" aria-keyshortcuts="a" onClick={() => runId('article.archive')}>
        {archived ? 'Move to Inbox' : 'Archive'}
      </button>
      <button
        type="button"
        className="button"
        aria-pressed={ticked === 0 ? article?.favorite : undefined}
        aria-keyshortcuts="f"
        onClick={() => runId('article.favorite')}
      >
        {ticked === 0 && article?.favorite ? '★ Favorite' : '☆ Favorite'}
      </button>
      <button type="button" className="button" aria-keyshortcuts="m" onClick={() => runId('article.read')}>
        {ticked > 0 || article?.state === 'unread' ? 'Mark as read' : 'Mark as unread'}
      </button>
      <button type="button" className="button" aria-keyshortcuts="t" onClick={() => runId('article.tags')}>
        Tags…
      </button>
      <button
        type="button"
        className="button button-danger"
        aria-keyshortcuts="Delete"
        onClick={() => runId('article.delete')}
      >
        Delete
      </button>
      {ticked === 0 && article && /^https?:/i.test(article.url) && (
        <button type="button" className="button" aria-keyshortcuts="v" onClick={() => runId('article.original')}>
          Original page ↗
        </button>
      )}
    </div>
  );
}
