import { ArrowLeft, NotebookPen, Type } from 'lucide-react';
import { type ReactNode, useRef } from 'react';
import type { CommandId } from '../../../electron/contract/commands.ts';
import type { ArticleSummary } from '../../../electron/contract/model.ts';
import { useFittingStep } from '../lib/use-fitting-step.ts';
import { useNotesPanel } from '../lib/use-sidebar.ts';
import { useServices, useUi } from '../state/app-context.tsx';
import { Button, IconButton } from '../ui/Button.tsx';
import { ArticleActions } from './ArticleActions.tsx';

const backTo = {
  library: { label: 'Library', tooltip: 'Back to the list' },
  annotations: { label: 'Highlights', tooltip: 'Back to the highlights' },
  timeline: { label: 'Timeline', tooltip: 'Back to the timeline' },
} as const;

/**
 * What gives way, step by step, as the reader narrows (the sidebar open beside it, a small window): first
 * the words beside the icons of Versions and Notes, then the commands used least go into a More menu, then
 * the back button's word, then the rest of the commands. Names stay what they were, for the keyboard and
 * assistive technology; tooltips still say them.
 */
const steps: { iconsOnly: boolean; backIconOnly: boolean; inMore: readonly CommandId[] }[] = [
  { iconsOnly: false, backIconOnly: false, inMore: [] },
  { iconsOnly: true, backIconOnly: false, inMore: [] },
  { iconsOnly: true, backIconOnly: false, inMore: ['article.read', 'article.delete'] },
  { iconsOnly: true, backIconOnly: true, inMore: ['article.read', 'article.delete'] },
  {
    iconsOnly: true,
    backIconOnly: true,
    inMore: ['article.archive', 'article.favorite', 'article.read', 'article.delete'],
  },
];

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
  /** The article's earlier texts, when it has any: with words, or an icon and a count when room is short. */
  versions?: (compact: boolean) => ReactNode;
}) {
  const { ui } = useServices();
  const notes = useNotesPanel();
  // Back goes to the pane the article was opened from, and says which.
  const back = useUi((state) => backTo[state.pane]);
  const bar = useRef<HTMLDivElement>(null);
  const stepIndex = useFittingStep(
    bar,
    steps.length - 1,
    [article?.id, article?.state, article?.favorite, matchLabel, notesCount, back.label].join('|'),
  );
  const step = steps[stepIndex]!;
  return (
    <div ref={bar} className="reader-toolbar" data-fit-step={stepIndex}>
      <Button variant="ghost" icon={ArrowLeft} command="reader.close" tooltip={back.tooltip} onClick={() => ui.close()}>
        <span className={step.backIconOnly ? 'visually-hidden' : undefined}>{back.label}</span>
      </Button>
      <ArticleActions article={article} inReader inMore={step.inMore} />
      {versions?.(step.iconsOnly)}
      {matchLabel && (
        <span className="match-count" role="status">
          {matchLabel}
        </span>
      )}
      <span className="toolbar-end">
        <Button
          variant="ghost"
          icon={NotebookPen}
          aria-pressed={notes.shown}
          command="reader.notes"
          tooltip="Highlights and notes"
          // Takes the keyboard back when the notes drawer closes.
          data-return-focus="notes"
          onClick={notes.toggle}
        >
          <span className={step.iconsOnly ? 'visually-hidden' : undefined}>Notes</span>
          {notesCount > 0 ? <span className="count-pill">{notesCount}</span> : null}
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
