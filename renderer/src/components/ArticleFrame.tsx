import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef } from 'react';
import type { Annotation, ReaderSettings } from '../../../electron/contract/model.ts';
import { openExternal } from '../commands/use-commands.ts';
import { articleDocument, type ResolvedTheme } from '../reader/article-document.ts';
import { limitImageScale } from '../reader/image-scale.ts';
import {
  flashHighlight,
  flashSentence,
  MARK_CLASS,
  type MarkedSentence,
  paintHighlights,
  showMatch,
} from '../reader/paint-highlights.ts';
import type { TextMap } from '../reader/text-map.ts';
import { useServices } from '../state/app-context.tsx';

/** Where something sits on screen, in the app window's coordinates. */
export interface ScreenRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface TextSelection {
  start: number;
  end: number;
  rect: ScreenRect;
}

export interface ArticleFrameHandle {
  /** Scrolls to a highlight and flashes it; answers whether it is on the page. */
  reveal(annotationId: string): boolean;
  /** Scrolls to the marked sentence (of a timeline event) and flashes it; answers whether it is on the page. */
  revealSentence(): boolean;
  /** Shows search match `index` (wrapping around); answers how many there are. */
  showMatch(index: number): number;
  /** Where a highlight is on screen now (all its pieces), if it is on the page. */
  highlightBox(annotationId: string): ScreenRect | null;
  /** The current selection as text offsets, if any. */
  selection(): TextSelection | null;
  clearSelection(): void;
}

interface Props {
  articleId: string;
  html: string;
  text: string;
  lang: string | null;
  reader: ReaderSettings;
  theme: ResolvedTheme;
  annotations: Annotation[];
  /** Words of the search the article was opened from, to mark. */
  matches: { start: number; end: number }[];
  /** The sentence of the timeline event the article was opened at, to mark. */
  sentence: MarkedSentence | null;
  /** Called once the text and its images have their final height. */
  onLaidOut(): void;
  onSelectText(selection: TextSelection | null): void;
  onHighlightClick(id: string, rect: ScreenRect): void;
}

const IMAGE_WAIT_MS = 2_000;

/**
 * The article text in a frame that may not run anything (sandbox without allow-scripts, a CSP of its
 * own). It is as tall as its text, so the reader scrolls one page; its links leave the app; the parent
 * paints highlights into it and listens for selections.
 */
export const ArticleFrame = forwardRef<ArticleFrameHandle, Props>(function ArticleFrame(props, handle) {
  const { articleId, html, text, lang, reader, theme, annotations, matches, sentence } = props;
  const { client } = useServices();
  const frame = useRef<HTMLIFrameElement>(null);
  const callbacks = useRef(props);
  callbacks.current = props;
  const textMap = useRef<TextMap | null>(null);
  const painted = useRef<Annotation[]>(annotations);
  painted.current = annotations;

  const srcDoc = useMemo(
    () =>
      articleDocument(html, {
        articleId,
        lang,
        reader,
        theme,
        assetUrl: client.assetUrl,
        assetSource: client.assetSource,
      }),
    [html, articleId, lang, reader, theme, client],
  );

  useImperativeHandle(handle, () => ({
    reveal(annotationId) {
      const root = bodyOf(frame.current);
      const mark = root ? flashHighlight(root, annotationId) : null;
      mark?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      return mark !== null;
    },
    revealSentence() {
      const root = bodyOf(frame.current);
      const mark = root ? flashSentence(root) : null;
      mark?.scrollIntoView({ block: 'center' });
      return mark !== null;
    },
    highlightBox(annotationId) {
      const marks = frame.current?.contentDocument?.querySelectorAll(
        `mark.${MARK_CLASS}[data-annotation-id="${CSS.escape(annotationId)}"]`,
      );
      if (!marks || marks.length === 0) return null;
      const boxes = [...marks].map((mark) => toScreen(frame.current, mark.getBoundingClientRect()));
      return {
        top: Math.min(...boxes.map((box) => box.top)),
        left: Math.min(...boxes.map((box) => box.left)),
        bottom: Math.max(...boxes.map((box) => box.bottom)),
        right: Math.max(...boxes.map((box) => box.right)),
      };
    },
    selection: () => selectionIn(frame.current, textMap.current),
    showMatch(index) {
      const root = bodyOf(frame.current);
      return root ? showMatch(root, index) : 0;
    },
    clearSelection() {
      frame.current?.contentDocument?.getSelection()?.removeAllRanges();
    },
  }));

  // Repaint when highlights change (the frame's text nodes stay the page's own).
  useEffect(() => {
    const root = bodyOf(frame.current);
    if (root) textMap.current = paintHighlights(root, text, annotations, matches, sentence);
  }, [annotations, text, matches, sentence]);

  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    let cleanup = () => {};
    const attach = () => {
      cleanup();
      const doc = element.contentDocument;
      const root = doc?.querySelector('main');
      if (!doc?.body || !root) return;
      const { text: words, matches: found, sentence: marked } = callbacks.current;
      textMap.current = paintHighlights(root, words, painted.current, found, marked);
      const fitHeight = () => {
        element.style.height = `${doc.documentElement.scrollHeight}px`;
      };
      const stopLimitingImages = limitImageScale(doc);
      fitHeight();
      const onClick = (event: MouseEvent) => {
        const target = event.target as Element | null;
        const mark = target?.closest?.(`mark.${MARK_CLASS}`) as HTMLElement | null;
        const selecting = !(doc.getSelection()?.isCollapsed ?? true);
        if (mark?.dataset.annotationId && !selecting) {
          event.preventDefault();
          callbacks.current.onHighlightClick(
            mark.dataset.annotationId,
            toScreen(element, mark.getBoundingClientRect()),
          );
          return;
        }
        const link = target?.closest?.('a[href]');
        if (!link) return;
        event.preventDefault();
        const href = link.getAttribute('href') ?? '';
        if (href.startsWith('#')) {
          doc.getElementById(decodeURIComponent(href.slice(1)))?.scrollIntoView();
          return;
        }
        openExternal(href);
      };
      const reportSelection = () => callbacks.current.onSelectText(selectionIn(element, textMap.current));
      // Keys pressed while the text has focus still reach the app's shortcuts.
      const onKeyDown = (event: KeyboardEvent) => {
        const forwarded = new KeyboardEvent('keydown', {
          key: event.key,
          ctrlKey: event.ctrlKey,
          metaKey: event.metaKey,
          altKey: event.altKey,
          shiftKey: event.shiftKey,
          cancelable: true,
          bubbles: true,
        });
        // From the page's document, as a key pressed outside the frame goes: the window's capturing listeners (keys
        // typed ahead of a note) hear it before its others (the shortcuts), which at the window itself run in turn.
        if (!document.dispatchEvent(forwarded)) event.preventDefault();
      };
      doc.addEventListener('click', onClick);
      doc.addEventListener('mouseup', reportSelection);
      doc.addEventListener('keyup', reportSelection);
      doc.addEventListener('keydown', onKeyDown);
      doc.addEventListener('load', fitHeight, true);
      doc.addEventListener('error', fitHeight, true);
      window.addEventListener('resize', fitHeight);
      const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(fitHeight) : null;
      observer?.observe(doc.body);

      const images = [...doc.images].filter((image) => !image.complete);
      const settle = Promise.race([
        Promise.all(
          images.map(
            (image) =>
              new Promise((done) => {
                image.addEventListener('load', done, { once: true });
                image.addEventListener('error', done, { once: true });
              }),
          ),
        ),
        new Promise((done) => window.setTimeout(done, IMAGE_WAIT_MS)),
      ]);
      let live = true;
      void settle.then(() => {
        if (!live) return;
        fitHeight();
        callbacks.current.onLaidOut();
      });
      cleanup = () => {
        live = false;
        stopLimitingImages();
        doc.removeEventListener('click', onClick);
        doc.removeEventListener('mouseup', reportSelection);
        doc.removeEventListener('keyup', reportSelection);
        doc.removeEventListener('keydown', onKeyDown);
        doc.removeEventListener('load', fitHeight, true);
        doc.removeEventListener('error', fitHeight, true);
        window.removeEventListener('resize', fitHeight);
        observer?.disconnect();
      };
    };
    element.addEventListener('load', attach);
    if (element.contentDocument?.readyState === 'complete' && element.contentDocument.querySelector('main')) attach();
    return () => {
      element.removeEventListener('load', attach);
      cleanup();
    };
  }, []);

  return (
    <iframe ref={frame} className="article-frame" title="Article text" sandbox="allow-same-origin" srcDoc={srcDoc} />
  );
});

function bodyOf(frame: HTMLIFrameElement | null): HTMLElement | null {
  return frame?.contentDocument?.querySelector('main') ?? null;
}

/** A rectangle inside the frame, in the app window's coordinates. */
function toScreen(frame: HTMLIFrameElement | null, rect: DOMRect): ScreenRect {
  const origin = frame?.getBoundingClientRect() ?? { top: 0, left: 0 };
  return {
    top: origin.top + rect.top,
    left: origin.left + rect.left,
    bottom: origin.top + rect.bottom,
    right: origin.left + rect.right,
  };
}

/** The reader's selection in the article, as offsets into its text. */
function selectionIn(frame: HTMLIFrameElement | null, map: TextMap | null): TextSelection | null {
  const selection = frame?.contentDocument?.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !map) return null;
  const range = selection.getRangeAt(0);
  if (!bodyOf(frame)?.contains(range.commonAncestorContainer)) return null;
  const offsets = map.rangeToText(range);
  return offsets ? { ...offsets, rect: toScreen(frame, range.getBoundingClientRect()) } : null;
}
