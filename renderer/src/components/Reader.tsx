import { useEffect, useMemo, useRef, useState } from 'react';
import type { HighlightColor } from '../../../electron/contract/model.ts';
import { defaultSettings } from '../../../electron/contract/model.ts';
import { parseQuery } from '../../../electron/contract/search-query.ts';
import { formatPublished, formatReadingTime } from '../lib/dates.ts';
import type { ResolvedTheme } from '../reader/article-document.ts';
import { findMatches } from '../reader/paint-highlights.ts';
import { snapToWords } from '../reader/text-map.ts';
import { useServices, useUi } from '../state/app-context.tsx';
import { useAnnotations, useArticle, useArticleContent, useArticleTimeline, useSettings } from '../state/queries.ts';
import { AppearanceControls } from './AppearanceControls.tsx';
import { ArticleActions } from './ArticleActions.tsx';
import { ArticleFrame, type ArticleFrameHandle, type ScreenRect, type TextSelection } from './ArticleFrame.tsx';
import { HighlightPopover, HighlightToolbar } from './HighlightControls.tsx';
import { NotesPanel } from './NotesPanel.tsx';
import { PendingContent } from './PendingContent.tsx';
import { MissingText } from './versions/MissingText.tsx';
import { VersionsControl } from './versions/VersionsControl.tsx';
import { VersionView } from './versions/VersionView.tsx';

const PROGRESS_SAVE_DELAY_MS = 600;

export function Reader({ id, theme }: { id: string; theme: ResolvedTheme }) {
  const { ui, library, client, timeline } = useServices();
  const article = useArticle(id);
  const content = useArticleContent(id);
  const settings = useSettings();
  const scroller = useRef<HTMLDivElement>(null);
  const [progress, setProgress] = useState(0);
  const restored = useRef(false);
  const pending = useRef<number | null>(null);
  const [showAppearance, setShowAppearance] = useState(false);
  // An earlier text of the article, open read-only in place of the current one.
  const [versionId, setVersionId] = useState<string | null>(null);
  const annotations = useAnnotations(id);
  const frame = useRef<ArticleFrameHandle>(null);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [editing, setEditing] = useState<{ id: string; rect: ScreenRect; focusNote: boolean } | null>(null);
  const notesOpen = useUi((state) => state.notesOpen);
  const highlightRequest = useUi((state) => state.highlightRequest);
  const revealId = useUi((state) => state.revealAnnotationId);
  const fromTimeline = useUi((state) => state.pane === 'timeline');
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

  async function highlightSelection(color: HighlightColor, withNote: boolean) {
    const current = frame.current?.selection() ?? selection;
    if (!current) {
      ui.toast('Select some words in the article first.', 'error');
      return;
    }
    frame.current?.clearSelection();
    setSelection(null);
    const text = content.data?.text ?? '';
    const range = text ? snapToWords(text, current.start, current.end) : current;
    const created = await library.highlight(id, { start: range.start, end: range.end }, color);
    if (created && withNote) setEditing({ id: created.id, rect: current.rect, focusNote: true });
  }

  // h, from anywhere in the reader.
  const firstRequest = useRef(highlightRequest);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per request, with the selection of that moment
  useEffect(() => {
    if (highlightRequest !== firstRequest.current) void highlightSelection('yellow', false);
  }, [highlightRequest]);

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

  if (article.isError || content.isError) {
    const message = (article.error ?? content.error)?.message;
    return (
      <main className="reader" aria-label="Reader">
        <div className="banner banner-error" role="alert">
          This article could not be opened: {message}
        </div>
        <button type="button" className="button" onClick={() => ui.close()}>
          Back to the list
        </button>
      </main>
    );
  }

  const published = formatPublished(record?.publishedAt ?? null);
  const reader = settings.data?.reader ?? defaultSettings.reader;
  return (
    <main className="reader" aria-label="Reader">
      <div className="reader-toolbar">
        <button type="button" className="button" onClick={() => ui.close()} aria-keyshortcuts="Escape">
          {fromTimeline ? '← Timeline' : '← Library'}
        </button>
        <ArticleActions article={record ?? null} />
        {record && <VersionsControl articleId={record.id} openVersionId={versionId} onOpen={setVersionId} />}
        {matches.length > 0 && (
          <span className="match-count" role="status">
            {matchIndex >= 0 && matchCount > 0
              ? `Match ${(((matchIndex % matchCount) + matchCount) % matchCount) + 1} of ${matchCount}`
              : `${matches.length} ${matches.length === 1 ? 'match' : 'matches'} (n / N)`}
          </span>
        )}
        <button
          type="button"
          className="button"
          aria-pressed={notesOpen}
          aria-keyshortcuts="i"
          onClick={() => ui.toggleNotes()}
        >
          Notes{list.length > 0 ? ` (${list.length})` : ''}
        </button>
        <button
          type="button"
          className="button"
          aria-expanded={showAppearance}
          aria-controls="appearance-panel"
          onClick={() => setShowAppearance((shown) => !shown)}
        >
          Aa<span className="visually-hidden"> Appearance</span>
        </button>
      </div>
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
        <div ref={scroller} className="reader-scroll" tabIndex={-1} onScroll={onScroll}>
          {record && (
            <article className="reader-page" style={{ maxWidth: `calc(${reader.lineWidth}ch + 48px)` }}>
              <header className="reader-header">
                {record.siteName && <p className="reader-site">{record.siteName}</p>}
                <h1 className={`reader-title font-${reader.font}`}>{record.title}</h1>
                <p className="reader-meta">
                  {[record.byline, published, !record.contentStatus && formatReadingTime(record.readingMinutes)]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                {!leadImageInText && record.leadImage && (
                  <img className="reader-lead" src={client.assetUrl(record.id, record.leadImage)} alt="" />
                )}
              </header>
              {record.contentStatus && <PendingContent article={record} />}
              {record.textMissing && !versionId && <MissingText article={record} onOpenVersion={setVersionId} />}
              {versionId && (
                <VersionView
                  articleId={record.id}
                  versionId={versionId}
                  currentText={content.data?.text ?? ''}
                  onBack={() => setVersionId(null)}
                />
              )}
              {content.data && !record.contentStatus && !versionId && (
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
        </div>
        {notesOpen && record && (
          <NotesPanel
            articleId={record.id}
            annotations={list}
            onReveal={(annotation) => frame.current?.reveal(annotation.id)}
          />
        )}
      </div>
      {selection && !editing && (
        <HighlightToolbar
          rect={selection.rect}
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
              rect={editing.rect}
              focusNote={editing.focusNote}
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
