import { ArrowLeft, NotebookPen, Type } from 'lucide-react';
import type { ReactNode } from 'react';
import type { ArticleSummary } from '../../../electron/contract/model.ts';
import { useServices, useUi } from '../state/app-context.tsx';
import { Button, IconButton } from '../ui/Button.tsx';
import { ArticleActions } from './ArticleActions.tsx';

const backTo = {
  library: { label: 'Library', tooltip: 'Back to the list' },
  annotations: { label: 'Highlights', tooltip: 'Back to the highlights' },
  timeline: { label: 'Timeline', tooltip: 'Back to the timeline' },
} as const;

/** Above the article, on one line: back, the article's commands, search matches, notes and appearance. */
export function ReaderToolbar({
  article,
  notesCount,
  matchLabel,
  appearanceShown,
  onToggleAppearance,
  versions,
}: {
  article: ArticleSummary | null;
  notesCount: number;
  /** "3 matches (n / N)" or "Match 2 of 3" while the article was opened from a search. */
  matchLabel: string | null;
  appearanceShown: boolean;
  onToggleAppearance(): void;
  /** The article's earlier texts, when it has any. */
  versions?: ReactNode;
}) {
  const { ui } = useServices();
  const notesOpen = useUi((state) => state.notesOpen);
  // Back goes to the pane the article was opened from, and says which.
  const back = useUi((state) => backTo[state.pane]);
  return (
    <div className="reader-toolbar">
      <Button variant="ghost" icon={ArrowLeft} command="reader.close" tooltip={back.tooltip} onClick={() => ui.close()}>
        {back.label}
      </Button>
      <ArticleActions article={article} inReader />
      {versions}
      {matchLabel && (
        <span className="match-count" role="status">
          {matchLabel}
        </span>
      )}
      <span className="toolbar-end">
        <Button
          variant="ghost"
          icon={NotebookPen}
          aria-pressed={notesOpen}
          command="reader.notes"
          tooltip="Highlights and notes"
          onClick={() => ui.toggleNotes()}
        >
          Notes{notesCount > 0 ? <span className="count-pill">{notesCount}</span> : null}
        </Button>
        <IconButton
          label="Appearance"
          icon={Type}
          aria-expanded={appearanceShown}
          aria-controls="appearance-panel"
          onClick={onToggleAppearance}
        />
      </span>
    </div>
  );
}
