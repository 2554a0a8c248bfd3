import type { ArticleSummary } from '../../../electron/contract/model.ts';
import { findCommand } from '../commands/registry.ts';
import { useCommands } from '../commands/use-commands.ts';
import { describeShortcut } from '../lib/keys.ts';

/**
 * The article commands as buttons, acting on the open, selected or ticked articles (the same commands as
 * the keys). The bar is always there, its buttons disabled while nothing is chosen, so choosing an
 * article never moves what is below it. In the reader, tags and the original page are in the header.
 */
export function ArticleActions({
  article,
  ticked = 0,
  inReader = false,
}: {
  article: ArticleSummary | null;
  ticked?: number;
  inReader?: boolean;
}) {
  const { run } = useCommands();
  const runId = (id: string) => {
    const command = findCommand(id);
    if (command) run(command);
  };
  const none = !article && ticked === 0;
  const archived = ticked === 0 && article?.state === 'archived';
  const label =
    ticked > 0
      ? `Actions for ${ticked} ticked articles`
      : article
        ? `Actions for “${article.title}”`
        : 'Article actions';
  const action = (id: string, text: string, shortcut: string, extra: { danger?: boolean; pressed?: boolean } = {}) => (
    <button
      type="button"
      className={`button${extra.danger ? ' button-danger' : ''}`}
      disabled={none}
      aria-pressed={extra.pressed}
      aria-keyshortcuts={shortcut}
      title={`${text} (${describeShortcut(shortcut)})`}
      onClick={() => runId(id)}
    >
      {text}
    </button>
  );
  return (
    <div className="article-actions" role="toolbar" aria-label={label}>
      {ticked > 0 && <span className="muted ticked-count">{ticked} ticked</span>}
      {action('article.archive', archived ? 'Move to Inbox' : 'Archive', 'a')}
      {action('article.favorite', ticked === 0 && article?.favorite ? '★ Favorite' : '☆ Favorite', 'f', {
        ...(ticked === 0 && article ? { pressed: article.favorite } : {}),
      })}
      {action(
        'article.read',
        ticked > 0 || !article || article.state === 'unread' ? 'Mark as read' : 'Mark as unread',
        'm',
      )}
      {!inReader && action('article.tags', 'Tags…', 't')}
      {action('article.delete', 'Delete', 'Delete', { danger: true })}
      {!inReader && ticked === 0 && article && /^https?:/i.test(article.url) && (
        <button
          type="button"
          className="button"
          aria-keyshortcuts="v"
          title="Open the original page in your browser (v)"
          onClick={() => runId('article.original')}
        >
          Original page ↗
        </button>
      )}
    </div>
  );
}
