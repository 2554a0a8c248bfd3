import { useEffect, useMemo, useRef } from 'react';
import type { ReaderSettings } from '../../../electron/contract/model.ts';
import { openExternal } from '../commands/use-commands.ts';
import { articleDocument, type ResolvedTheme } from '../reader/article-document.ts';
import { useServices } from '../state/app-context.tsx';

interface Props {
  articleId: string;
  html: string;
  lang: string | null;
  reader: ReaderSettings;
  theme: ResolvedTheme;
  /** Called once the text and its images have their final height. */
  onLaidOut(): void;
}

const IMAGE_WAIT_MS = 2_000;

/**
 * The article text in a frame that may not run anything (sandbox without allow-scripts, a CSP of its
 * own). It is as tall as its text, so the reader scrolls one page, and its links leave the app.
 */
export function ArticleFrame({ articleId, html, lang, reader, theme, onLaidOut }: Props) {
  const { client } = useServices();
  const frame = useRef<HTMLIFrameElement>(null);
  const laidOut = useRef(onLaidOut);
  laidOut.current = onLaidOut;
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

  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    let cleanup = () => {};
    const attach = () => {
      cleanup();
      const doc = element.contentDocument;
      if (!doc?.body) return;
      const fitHeight = () => {
        element.style.height = `${doc.documentElement.scrollHeight}px`;
      };
      fitHeight();
      const onClick = (event: MouseEvent) => {
        const link = (event.target as Element | null)?.closest?.('a[href]');
        if (!link) return;
        event.preventDefault();
        const href = link.getAttribute('href') ?? '';
        if (href.startsWith('#')) {
          doc.getElementById(decodeURIComponent(href.slice(1)))?.scrollIntoView();
          return;
        }
        openExternal(href);
      };
      // Keys pressed while the text has focus still reach the app's shortcuts.
      const onKeyDown = (event: KeyboardEvent) => {
        const forwarded = new KeyboardEvent('keydown', {
          key: event.key,
          ctrlKey: event.ctrlKey,
          metaKey: event.metaKey,
          altKey: event.altKey,
          shiftKey: event.shiftKey,
          cancelable: true,
        });
        if (!window.dispatchEvent(forwarded)) event.preventDefault();
      };
      doc.addEventListener('click', onClick);
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
        laidOut.current();
      });
      cleanup = () => {
        live = false;
        doc.removeEventListener('click', onClick);
        doc.removeEventListener('keydown', onKeyDown);
        doc.removeEventListener('load', fitHeight, true);
        doc.removeEventListener('error', fitHeight, true);
        window.removeEventListener('resize', fitHeight);
        observer?.disconnect();
      };
    };
    element.addEventListener('load', attach);
    if (element.contentDocument?.readyState === 'complete' && element.contentDocument.body?.childElementCount) attach();
    return () => {
      element.removeEventListener('load', attach);
      cleanup();
    };
  }, []);

  return (
    <iframe ref={frame} className="article-frame" title="Article text" sandbox="allow-same-origin" srcDoc={srcDoc} />
  );
}
