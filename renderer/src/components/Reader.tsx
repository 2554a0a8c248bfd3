import { ArrowLeft } from 'lucide-react';
import { type CSSProperties, useEffect, useMemo, useRef, useState } from 'react';
import { defaultSettings } from '../../../electron/contract/model.ts';
import { parseQuery } from '../../../electron/contract/search-query.ts';
import { useEscapeLayer } from '../lib/escape-layers.ts';
import { useMeasureNotesRoom, useNotesRoom } from '../lib/notes-room.ts';
import { formatCount, plural } from '../lib/plural.ts';
import { useFocusAfterRecovery } from '../lib/use-focus-after-recovery.ts';
import { useNotesPanel } from '../lib/use-sidebar.ts';
import type { ResolvedTheme } from '../reader/article-document.ts';
import { findMatches } from '../reader/paint-highlights.ts';
import { useServices, useUi } from '../state/app-context.tsx';
import { useAnnotations, useArticle, useArticleContent, useArticleTimeline, useSettings } from '../state/queries.ts';
import { useFailure } from '../state/use-failure.ts';
import { Button } from '../ui/Button.tsx';
import { paneOf } from '../ui/Popover.tsx';
import { returnFocus } from '../ui/return-focus.ts';
import { AppearanceControls } from './AppearanceControls.tsx';
import { ArticleFrame, type ArticleFrameHandle, type TextSelection } from './ArticleFrame.tsx';
import { FailureBanner } from './FailureBanner.tsx';
import { HighlightPopover, HighlightToolbar } from './HighlightControls.tsx';
import { NotesPanel } from './NotesPanel.tsx';
import { PendingContent } from './PendingContent.tsx';
import { ReaderHeader } from './ReaderHeader.tsx';
import { ReaderToolbar } from './ReaderToolbar.tsx';
import { useHighlightSelection } from './reader/use-highlight-selection.ts';
import { ArrivingNotice } from './sync/ArrivingNotice.tsx';
import { MissingText } from './versions/MissingText.tsx';
import { VersionsControl } from './versions/VersionsControl.tsx';
import { VersionView } from './versions/VersionView.tsx';

const PROGRESS_SAVE_DELAY_MS = 600;

export function Reader({ id, theme }: { id: string; theme: ResolvedTheme }) {
  const { ui, library, client, timeline } = useServices();
  const article = useArticle(id);
  const content = useArticleContent(id);
  const settings = useSettings();
  const scroller = useRef<HTMLElement>(null);
  const [progress, setProgress] = useState(0);
  const restored = useRef(false);
  const pending = useRef<number | null>(null);
  const [showAppearance, setShowAppearance] = useState(false);
  // An earlier text of the article, open read-only in place of the current one.
  const [versionId, setVersionId] = useState<string | null>(null);
  const annotations = useAnnotations(id);
  const frame = useRef<ArticleFrameHandle>(null);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const { editing, setEditing, highlightSelection, takeTyped } = useHighlightSelection({
    articleId: id,
    frame,
    selection,
    setSelection,
    text: content.data?.text ?? '',
  });
  const notes = useNotesPanel();
  const notesOpen = notes.shown;
  // The reader's own width says whether the notes fit beside the article (the sidebar may take the window's).
  const [readerElement, setReaderElement] = useState<HTMLElement | null>(null);
  useMeasureNotesRoom(readerElement, settings.data?.reader.fontSize ?? defaultSettings.reader.fontSize);
  const { notesWidth } = useNotesRoom();
  // The keyboard follows the article: opened, it takes the focus the list (or the timeline) had, so the
  // arrows and Page Down scroll it; closed, the focus goes back to the list, on the article it was.
  useEffect(() => {
    if (document.activeElement === null || document.activeElement === document.body) {
      scroller.current?.focus({ preventScroll: true });
    }
    return () => returnFocus('reader');
  }, []);
  // Esc closes what is open over the article first: the appearance panel, the selection's toolbar.
  useEscapeLayer(showAppearance, () => setShowAppearance(false));
  useEscapeLayer(selection !== null && editing === null, () => {
    frame.current?.clearSelection();
    setSelection(null);
  });
  const revealId = useUi((state) => state.revealAnnotationId);
  // Opened at a timeline event: its sentence stays marked while the article is open.
  const askedSentence = useUi((state) => state.revealSentence);
  const [sentence] = useState(askedSentence);
  const articleEvents = useArticleTimeline(id).data?.events ?? [];
  const [laidOut, setLaidOut] = useState(false);
  const list = annotations.data?.annotations ?? [];
  const search = useUi((state) => state.search);
  const matchStep = useUi((state) => state.matchStep);
  const [matchIndex, setMatchIndex] = useState(-1);
  const [matchCount, setMatchCount] = useState(0);
  const matches = useMemo(() => {
    const text = content.data?.text;
    if (!text || !search.trim()) return [];
    try {
      const query = parseQuery(search);
      return findMatches(text, query.terms, query.phrases);
    } catch {
      return [];
    }
  }, [content.data?.text, search]);

  // n and N: the next or previous match, wrapping around.
  const firstStep = useRef(matchStep.n);
  // biome-ignore lint/correctness/useExhaustiveDependencies: steps once per key press
  useEffect(() => {
    if (matchStep.n === firstStep.current) return;
    const next = matchIndex + matchStep.delta;
    setMatchCount(frame.current?.showMatch(next) ?? 0);
    setMatchIndex(next);
  }, [matchStep]);

  // Arrived from the timeline: go to the event's sentence once the page has its height.
  useEffect(() => {
    if (!sentence || !laidOut) return;
    if (frame.current?.revealSentence()) ui.sentenceRevealed();
  }, [sentence, laidOut, ui]);

  // Arrived from the annotations view: go to that highlight once the page has its height.
  useEffect(() => {
    if (!revealId || !laidOut || !annotations.data) return;
    if (frame.current?.reveal(revealId)) ui.revealed();
  }, [revealId, laidOut, annotations.data, ui]);

  const record = article.data;
  const startState = useRef<string | null>(null);
  useEffect(() => {
    if (record && startState.current === null) {
      startState.current = record.state;
      void library.markOpened(record.id, record.state);
    }
  }, [record, library]);

  useEffect(() => {
    scroller.current?.focus({ preventScroll: true });
  }, []);

  // Leaving the reader saves where it stopped, even mid-delay.
  useEffect(
    () => () => {
      if (pending.current !== null) {
        window.clearTimeout(pending.current);
        void library.setProgress(id, currentProgress(scroller.current));
      }
    },
    [id, library],
  );

  function onScroll() {
    setSelection(null);
    if (!restored.current || versionId) return;
    const value = currentProgress(scroller.current);
    setProgress(value);
    if (pending.current !== null) window.clearTimeout(pending.current);
    pending.current = window.setTimeout(() => {
      pending.current = null;
      void library.setProgress(id, value);
    }, PROGRESS_SAVE_DELAY_MS);
  }

  /** Called when the article has its full height: go back to where the reader left off. */
  function onLaidOut() {
    setLaidOut(true);
    if (sentence) restored.current = true; // the sentence decides where to look, not the last visit
    if (restored.current || !record) return;
    const element = scroller.current;
    const target = record.scrollAnchor ?? record.progress;
    if (element && target > 0 && target < 1) {
      element.scrollTop = target * (element.scrollHeight - element.clientHeight);
    }
    setProgress(currentProgress(element));
    restored.current = true;
  }

  const leadImageInText = useMemo(
    () => !record?.leadImage || (content.data?.html.includes(record.leadImage) ?? true),
    [record?.leadImage, content.data?.html],
  );

  const articleFailure = useFailure(article);
  const contentFailure = useFailure(content);
  // Still arriving by sync: its text may be unreadable for now, which is no error.
  const arriving = record?.arriving === true;
  const failure = articleFailure ?? (arriving ? null : contentFailure);
  // Retry worked: the keys go on from the article (arrows and Page Down scroll it), not from the page.
  useFocusAfterRecovery(failure !== null, record !== undefined && record !== null, () => scroller.current);
  if (failure) {
    return (
      <main className="reader" aria-label="Reader" ref={setReaderElement}>
        <FailureBanner
          failure="This article could not be opened"
          reason={failure.reason}
          onRetry={() => Promise.all([articleFailure && article.refetch(), contentFailure && content.refetch()])}
        />
        <Button icon={ArrowLeft} onClick={() => ui.close()}>
          Back to the list
        </Button>
      </main>
    );
  }

  const reader = settings.data?.reader ?? defaultSettings.reader;
  const matchLabel =
    matches.length === 0
      ? null
      : matchIndex >= 0 && matchCount > 0
        ? `Match ${formatCount((((matchIndex % matchCount) + matchCount) % matchCount) + 1)} of ${formatCount(matchCount)}`
        : `${plural(matches.length, 'match', 'matches')} (n / N)`;
  // The column is centred in the reader's whole width, notes panel included, as long as it fits beside it (a drawer
  // over the article leaves it where it is).
  const columnStyle = {
    '--column': `calc(${reader.lineWidth}ch + 48px)`,
    '--panel': notesOpen && record && !notes.drawer ? 'var(--notes-width)' : '0px',
  } as CSSProperties;
  return (
    <main
      className="reader"
      aria-label="Reader"
      ref={setReaderElement}
      style={{ '--notes-width': `${notesWidth}px` } as CSSProperties}
    >
      <ReaderToolbar
        article={record ?? null}
        notesCount={list.length}
        matchLabel={matchLabel}
        appearanceShown={showAppearance}
        onToggleAppearance={() => setShowAppearance((shown) => !shown)}
        versions={(compact) =>
          record ? (
            <VersionsControl articleId={record.id} openVersionId={versionId} onOpen={setVersionId} compact={compact} />
          ) : null
        }
      />
      {showAppearance && (
        <div id="appearance-panel" className="appearance-panel">
          <AppearanceControls />
        </div>
      )}
      <div
        className="reading-progress"
        role="progressbar"
        aria-label="Reading progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(progress * 100)}
      >
        <div style={{ width: `${progress * 100}%` }} />
      </div>
      <div className="reader-body">
        <section
          ref={scroller}
          className="reader-scroll"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region is reached with Tab so the arrow keys and Page Down scroll the article
          tabIndex={0}
          aria-label="Article"
          data-return-focus="view"
          onScroll={onScroll}
        >
          {record && (
            <article className="reader-page" data-reading-column style={columnStyle}>
              <ReaderHeader
                article={record}
                font={reader.font}
                leadImage={!leadImageInText && record.leadImage ? client.assetUrl(record.id, record.leadImage) : null}
              />
              {record.contentStatus && <PendingContent article={record} />}
              {arriving && <ArrivingNotice />}
              {record.textMissing && !versionId && <MissingText article={record} onOpenVersion={setVersionId} />}
              {versionId && (
                <VersionView
                  articleId={record.id}
                  versionId={versionId}
                  currentText={content.data?.text ?? ''}
                  onBack={() => setVersionId(null)}
                />
              )}
              {content.data && !record.contentStatus && !versionId && !arriving && (
                <ArticleFrame
                  ref={frame}
                  articleId={record.id}
                  html={content.data.html}
                  text={content.data.text}
                  lang={record.lang}
                  reader={reader}
                  theme={theme}
                  annotations={list}
                  matches={matches}
                  sentence={sentence}
                  onLaidOut={onLaidOut}
                  onSelectText={setSelection}
                  onHighlightClick={(annotationId, rect) => {
                    setSelection(null);
                    setEditing({ id: annotationId, rect, focusNote: false });
                  }}
                />
              )}
            </article>
          )}
          {!record && <p className="muted reader-loading">Opening…</p>}
        </section>
        {notesOpen && record && (
          <NotesPanel
            articleId={record.id}
            annotations={list}
            awaitingText={!!record.contentStatus}
            drawer={notes.drawer}
            onClose={notes.toggle}
            onReveal={(annotation) => frame.current?.reveal(annotation.id)}
          />
        )}
      </div>
      {selection && !editing && (
        <HighlightToolbar
          anchor={() => frame.current?.selection()?.rect ?? selection.rect}
          within={() => paneOf(scroller.current)}
          onHighlight={(color, withNote) => void highlightSelection(color, withNote)}
        />
      )}
      {editing &&
        (() => {
          const annotation = list.find((candidate) => candidate.id === editing.id);
          if (!annotation) return null;
          return (
            <HighlightPopover
              key={annotation.id}
              annotation={annotation}
              anchor={() => frame.current?.highlightBox(annotation.id) ?? editing.rect}
              within={() => paneOf(scroller.current)}
              focusNote={editing.focusNote}
              takeTyped={takeTyped(editing)}
              onSave={(patch) => void library.updateAnnotation(annotation, patch)}
              timelineEvent={articleEvents.find((event) => event.annotationId === annotation.id) ?? null}
              suggestedDate={
                articleEvents.find(
                  (event) =>
                    event.origin === 'extracted' &&
                    annotation.anchor !== null &&
                    event.start <= annotation.anchor.start &&
                    event.end >= annotation.anchor.end,
                )?.date ?? ''
              }
              onPromote={(date, precision) => void timeline.promoteHighlight(id, annotation.id, date, precision)}
              onDelete={() => {
                setEditing(null);
                void library.deleteAnnotation(annotation);
              }}
              onClose={() => setEditing(null)}
            />
          );
        })()}
    </main>
  );
}

function currentProgress(element: HTMLElement | null): number {
  if (!element) return 0;
  const room = element.scrollHeight - element.clientHeight;
  if (room <= 0) return 1;
  return Math.min(1, Math.max(0, element.scrollTop / room));
}
