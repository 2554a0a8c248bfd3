import type { LucideIcon } from 'lucide-react';
import { Archive, ArchiveRestore, Ellipsis, ExternalLink, Mail, MailOpen, Star, Tag, Trash2 } from 'lucide-react';
import type { CommandId } from '../../../electron/contract/commands.ts';
import type { ArticleSummary } from '../../../electron/contract/model.ts';
import { findCommand } from '../commands/registry.ts';
import { useCommands } from '../commands/use-commands.ts';
import { IconButton } from '../ui/Button.tsx';
import { MenuButton } from '../ui/Menu.tsx';

/** One article command as a button: its name, its icon, and how it reads in the More menu. */
interface ArticleAction {
  command: CommandId;
  label: string;
  /** What the More menu calls it, where no pressed state shows (a star that is on). */
  menuLabel?: string;
  icon: LucideIcon;
  pressed?: boolean;
  className?: string;
  danger?: boolean;
  returnFocus?: string;
}

/**
 * The article commands as buttons, acting on the open, selected or ticked articles (the same commands as
 * the keys). The bar is always there, its buttons disabled while nothing is chosen, so choosing an
 * article never moves what is below it. In the reader, tags and the original page are in the header, and
 * a narrow reader moves the commands named in `inMore` into a More menu.
 */
export function ArticleActions({
  article,
  ticked = 0,
  inReader = false,
  inMore = [],
}: {
  article: ArticleSummary | null;
  ticked?: number;
  inReader?: boolean;
  inMore?: readonly CommandId[];
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
  const actions: ArticleAction[] = [
    {
      command: 'article.archive',
      label: archived ? 'Move to Inbox' : 'Archive',
      icon: archived ? ArchiveRestore : Archive,
    },
    {
      command: 'article.favorite',
      label: 'Favorite',
      menuLabel: favorite ? 'Remove from Favorites' : 'Add to Favorites',
      icon: Star,
      className: favorite ? 'is-favorite' : undefined,
      pressed: ticked === 0 && article ? favorite : undefined,
    },
    { command: 'article.read', label: unread ? 'Mark as read' : 'Mark as unread', icon: unread ? MailOpen : Mail },
    ...(inReader
      ? []
      : [{ command: 'article.tags', label: 'Tags…', icon: Tag, returnFocus: 'tags' } satisfies ArticleAction]),
    { command: 'article.delete', label: 'Delete', icon: Trash2, danger: true },
    ...(!inReader && ticked === 0 && article && /^https?:/i.test(article.url)
      ? [{ command: 'article.original', label: 'Original page', icon: ExternalLink } satisfies ArticleAction]
      : []),
  ];
  const shown = actions.filter((action) => !inMore.includes(action.command));
  const folded = actions.filter((action) => inMore.includes(action.command));
  return (
    <div className="article-actions" role="toolbar" aria-label={label}>
      {ticked > 0 && <span className="muted ticked-count">{ticked} ticked</span>}
      {shown.map((action) => (
        <IconButton
          key={action.command}
          label={action.label}
          icon={action.icon}
          className={action.className}
          aria-pressed={action.pressed}
          command={action.command}
          data-return-focus={action.returnFocus}
          // The original page is there only while there is one to open.
          disabled={none && action.command !== 'article.original'}
          onClick={() => runId(action.command)}
        />
      ))}
      {folded.length > 0 && (
        <MenuButton
          label="More"
          icon={Ellipsis}
          items={folded.map((action) => ({
            label: action.menuLabel ?? action.label,
            icon: action.icon,
            command: action.command,
            danger: action.danger,
            disabled: none,
            onSelect: () => runId(action.command),
          }))}
        />
      )}
    </div>
  );
}
