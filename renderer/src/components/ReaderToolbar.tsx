import type { ArticleSummary } from '../../../electron/contract/model.ts';
import { useServices, useUi } from '../state/app-context.tsx';
import { ArticleActions } from './ArticleActions.tsx';

/** Above the article, on one line: back, the article's commands, search matches, notes and appearance. */
export function ReaderToolbar({
  article,
  notesCount,
  matchLabel,
  appearanceShown,
  onToggleAppearance,
}: {
  article: ArticleSummary | null;
  notesCount: number;
  /** "3 matches (n / N)" or "Match 2 of 3" while the article was opened from a search. */
  matchLabel: string | null;
  appearanceShown: boolean;
  onToggleAppearance(): void;
}) {
  const { ui } = useServices();
  const notesOpen = useUi((state) => state.notesOpen);
  const fromTimeline = useUi((state) => state.pane === 'timeline');
  return (
    <div className="reader-toolbar">
      <button
        type="button"
        className="button"
        onClick={() => ui.close()}
        aria-keyshortcuts="Escape"
        title={fromTimeline ? 'Back to the timeline (Esc)' : 'Back to the list (Esc)'}
      >
        {fromTimeline ? '← Timeline' : '← Library'}
      </button>
      <ArticleActions article={article} inReader />
      {matchLabel && (
        <span className="match-count" role="status">
          {matchLabel}
        </span>
      )}
      <span className="toolbar-end">
        <button
          type="button"
          className="button"
          aria-pressed={notesOpen}
          aria-keyshortcuts="i"
          title="Highlights and notes (i)"
          onClick={() => ui.toggleNotes()}
        >
          Notes{notesCount > 0 ? ` (${notesCount})` : ''}
        </button>
        <button
          type="button"
          className="button"
          aria-expanded={appearanceShown}
          aria-controls="appearance-panel"
          title="Appearance: theme, font, size and width"
          onClick={onToggleAppearance}
        >
          Aa<span className="visually-hidden"> Appearance</span>
        </button>
      </span>
    </div>
  );
}
