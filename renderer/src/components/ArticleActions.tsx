import { Archive, ArchiveRestore, ExternalLink, Mail, MailOpen, Star, Tag, Trash2 } from 'lucide-react';
import type { CommandId } from '../../../electron/contract/commands.ts';
import type { ArticleSummary } from '../../../electron/contract/model.ts';
import { findCommand } from '../commands/registry.ts';
import { useCommands } from '../commands/use-commands.ts';
import { IconButton } from '../ui/Button.tsx';

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
  const runId = (id: CommandId) => {
    const command = findCommand(id);
    if (command) run(command);
  };
  const none = !article && ticked === 0;
  const archived = ticked === 0 && article?.state === 'archived';
  const favorite = ticked === 0 && (article?.favorite ?? false);
  const unread = ticked > 0 || !article || article.state === 'unread';
  const label =
    ticked > 0
      ? `Actions for ${ticked} ticked articles`
      : article
        ? `Actions for “${article.title}”`
        : 'Article actions';
  return (
    <div className="article-actions" role="toolbar" aria-label={label}>
      {ticked > 0 && <span className="muted ticked-count">{ticked} ticked</span>}
      <IconButton
        label={archived ? 'Move to Inbox' : 'Archive'}
        icon={archived ? ArchiveRestore : Archive}
        command="article.archive"
        disabled={none}
        onClick={() => runId('article.archive')}
      />
      <IconButton
        label="Favorite"
        icon={Star}
        className={favorite ? 'is-favorite' : undefined}
        aria-pressed={ticked === 0 && article ? favorite : undefined}
        command="article.favorite"
        disabled={none}
        onClick={() => runId('article.favorite')}
      />
      <IconButton
        label={unread ? 'Mark as read' : 'Mark as unread'}
        icon={unread ? MailOpen : Mail}
        command="article.read"
        disabled={none}
        onClick={() => runId('article.read')}
      />
      {!inReader && (
        <IconButton
          label="Tags…"
          icon={Tag}
          command="article.tags"
          data-return-focus="tags"
          disabled={none}
          onClick={() => runId('article.tags')}
        />
      )}
      <IconButton
        label="Delete"
        icon={Trash2}
        command="article.delete"
        disabled={none}
        onClick={() => runId('article.delete')}
      />
      {!inReader && ticked === 0 && article && /^https?:/i.test(article.url) && (
        <IconButton
          label="Original page"
          icon={ExternalLink}
          command="article.original"
          onClick={() => runId('article.original')}
        />
      )}
    </div>
  );
}
