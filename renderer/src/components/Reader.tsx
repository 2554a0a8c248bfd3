import { useEffect, useMemo, useRef, useState } from 'react';
import { defaultSettings } from '../../../electron/contract/model.ts';
import { formatPublished, formatReadingTime } from '../lib/dates.ts';
import type { ResolvedTheme } from '../reader/article-document.ts';
import { useServices } from '../state/app-context.tsx';
import { useArticle, useArticleContent, useSettings } from '../state/queries.ts';
import { AppearanceControls } from './AppearanceControls.tsx';
import { ArticleActions } from './ArticleActions.tsx';
import { ArticleFrame } from './ArticleFrame.tsx';

const PROGRESS_SAVE_DELAY_MS = 600;

export function Reader({ id, theme }: { id: string; theme: ResolvedTheme }) {
  const { ui, library, client } = useServices();
  const article = useArticle(id);
  const content = useArticleContent(id);
  const settings = useSettings();
  const scroller = useRef<HTMLDivElement>(null);
  const [progress, setProgress] = useState(0);
  const restored = useRef(false);
  const pending = useRef<number | null>(null);
  const [showAppearance, setShowAppearance] = useState(false);

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
    if (!restored.current) return;
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
          ← Library
        </button>
        <ArticleActions article={record ?? null} />
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
      <div ref={scroller} className="reader-scroll" tabIndex={-1} onScroll={onScroll}>
        {record && (
          <article className="reader-page" style={{ maxWidth: `calc(${reader.lineWidth}ch + 48px)` }}>
            <header className="reader-header">
              {record.siteName && <p className="reader-site">{record.siteName}</p>}
              <h1 className={`reader-title font-${reader.font}`}>{record.title}</h1>
              <p className="reader-meta">
                {[record.byline, published, formatReadingTime(record.readingMinutes)].filter(Boolean).join(' · ')}
              </p>
              {!leadImageInText && record.leadImage && (
                <img className="reader-lead" src={client.assetUrl(record.id, record.leadImage)} alt="" />
              )}
            </header>
            {content.data && (
              <ArticleFrame
                articleId={record.id}
                html={content.data.html}
                lang={record.lang}
                reader={reader}
                theme={theme}
                onLaidOut={onLaidOut}
              />
            )}
          </article>
        )}
        {!record && <p className="muted reader-loading">Opening…</p>}
      </div>
    </main>
  );
}

function currentProgress(element: HTMLElement | null): number {
  if (!element) return 0;
  const room = element.scrollHeight - element.clientHeight;
  if (room <= 0) return 1;
  return Math.min(1, Math.max(0, element.scrollTop / room));
}
