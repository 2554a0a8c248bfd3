import type { ArticleSummary } from '../../../electron/contract/model.ts';
import { findCommand } from '../commands/registry.ts';
import { useCommands } from '../commands/use-commands.ts';

/** The article commands as buttons, acting on the open or selected article (the same commands as the keys). */
export function ArticleActions({ article }: { article: ArticleSummary | null }) {
  const { run } = useCommands();
  const runId = (id: string) => {
    const command = findCommand(id);
    if (command) run(command);
  };
  if (!article) return null;
  const archived = article.state === 'archived';
  return (
    <div className="article-actions" role="toolbar" aria-label={`Actions for “${article.title}”`}>
      <button type="button" className="button" aria-keyshortcuts="a" onClick={() => runId('article.archive')}>
        {archived ? 'Move to Inbox' : 'Archive'}
      </button>
      <button
        type="button"
        className="button"
        aria-pressed={article.favorite}
        aria-keyshortcuts="f"
        onClick={() => runId('article.favorite')}
      >
        {article.favorite ? '★ Favorite' : '☆ Favorite'}
      </button>
      <button type="button" className="button" aria-keyshortcuts="m" onClick={() => runId('article.read')}>
        {article.state === 'unread' ? 'Mark as read' : 'Mark as unread'}
      </button>
      <button
        type="button"
        className="button button-danger"
        aria-keyshortcuts="Delete"
        onClick={() => runId('article.delete')}
      >
        Delete
      </button>
      {/^https?:/i.test(article.url) && (
        <button type="button" className="button" aria-keyshortcuts="v" onClick={() => runId('article.original')}>
          Original page ↗
        </button>
      )}
    </div>
  );
}
