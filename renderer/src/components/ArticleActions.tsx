import { Archive, ArchiveRestore, ExternalLink, Mail, MailOpen, Star, Tag, Trash2 } from 'lucide-react';
import type { CommandId } from '../../../electron/contract/commands.ts';
import type { ArticleSummary } from '../../../electron/contract/model.ts';
import { findCommand } from '../commands/registry.ts';
import { useCommands } from '../commands/use-commands.ts';
import { IconButton } from '../ui/Button.tsx';

/** The article commands as buttons, acting on the open or selected article (the same commands as the keys). */
export function ArticleActions({ article, ticked = 0 }: { article: ArticleSummary | null; ticked?: number }) {
  const { run } = useCommands();
  const runId = (id: CommandId) => {
    const command = findCommand(id);
    if (command) run(command);
  };
  if (!article && ticked === 0) return null;
  const archived = ticked === 0 && article?.state === 'archived';
  const favorite = ticked === 0 && (article?.favorite ?? false);
  const unread = ticked > 0 || article?.state === 'unread';
  const label = ticked > 0 ? `Actions for ${ticked} ticked articles` : `Actions for “${article?.title}”`;
  return (
    <div className="article-actions" role="toolbar" aria-label={label}>
      {ticked > 0 && <span className="muted ticked-count">{ticked} ticked</span>}
      <IconButton
        label={archived ? 'Move to Inbox' : 'Archive'}
        icon={archived ? ArchiveRestore : Archive}
        command="article.archive"
        onClick={() => runId('article.archive')}
      />
      <IconButton
        label="Favorite"
        icon={Star}
        className={favorite ? 'is-favorite' : undefined}
        aria-pressed={ticked === 0 ? favorite : undefined}
        command="article.favorite"
        onClick={() => runId('article.favorite')}
      />
      <IconButton
        label={unread ? 'Mark as read' : 'Mark as unread'}
        icon={unread ? MailOpen : Mail}
        command="article.read"
        onClick={() => runId('article.read')}
      />
      <IconButton label="Tags…" icon={Tag} command="article.tags" onClick={() => runId('article.tags')} />
      <IconButton label="Delete" icon={Trash2} command="article.delete" onClick={() => runId('article.delete')} />
      {ticked === 0 && article && /^https?:/i.test(article.url) && (
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
