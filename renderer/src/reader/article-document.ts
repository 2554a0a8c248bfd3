import DOMPurify from 'dompurify';
import { HighlightColor, type ReaderSettings } from '../../../electron/contract/model.ts';
// The app's design tokens, embedded in the frame so the article reads the same colours and type.
import tokens from '../styles/tokens.css?raw';
import { fontFaceCss, fontSource } from '../ui/fonts.ts';

export type ResolvedTheme = 'light' | 'dark' | 'sepia';

export interface ArticleDocumentOptions {
  articleId: string;
  lang: string | null;
  /** Turns a stored file name (assets/<sha>.png) into a URL this window can load. */
  assetUrl(articleId: string, file: string): string;
  /** The CSP source of those URLs. */
  assetSource: string;
  reader: ReaderSettings;
  theme: ResolvedTheme;
}

const STORED_ASSET = /^assets\/[a-f0-9]{64}\.[a-z0-9]+$/;
const SAFE_LINK = /^(https?:|mailto:|#)/i;
const highlightColors = HighlightColor.options;

/**
 * Cleans stored article HTML once more before display (it was sanitized at save; a library file may
 * have been edited since) and points images at the stored copies. Images that were never stored are
 * dropped rather than fetched: reading must not call out to the network.
 */
export function sanitizeArticleHtml(
  html: string,
  options: Pick<ArticleDocumentOptions, 'articleId' | 'assetUrl'>,
): string {
  const purify = DOMPurify(window);
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'IMG') {
      const src = node.getAttribute('src') ?? '';
      node.removeAttribute('srcset');
      node.removeAttribute('sizes');
      if (STORED_ASSET.test(src)) node.setAttribute('src', options.assetUrl(options.articleId, src));
      else node.remove();
    } else if (node.nodeName === 'SOURCE') {
      node.remove();
    } else if (node.nodeName === 'A') {
      const href = node.getAttribute('href');
      if (href !== null && !SAFE_LINK.test(href.trim())) node.removeAttribute('href');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  return purify.sanitize(html, {
    FORBID_TAGS: [
      'style',
      'form',
      'input',
      'button',
      'textarea',
      'select',
      'iframe',
      'frame',
      'object',
      'embed',
      'link',
      'meta',
      'base',
    ],
    FORBID_ATTR: ['style', 'target', 'ping', 'action', 'formaction'],
  });
}

/**
 * The whole document shown in the article frame. The frame is sandboxed without scripts; the CSP
 * here also keeps it from loading anything but the stored images.
 */
export function articleDocument(html: string, options: ArticleDocumentOptions): string {
  const { font, fontSize, lineWidth } = options.reader;
  const csp = `default-src 'none'; img-src ${options.assetSource} data:; style-src 'unsafe-inline'; font-src ${fontSource()}; form-action 'none'`;
  const lang = options.lang && /^[a-zA-Z-]{2,20}$/.test(options.lang) ? options.lang : 'und';
  return `<!doctype html><html lang="${lang}" data-theme="${options.theme}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}"><title>Article text</title>
<style>
${fontFaceCss()}
${tokens}
html, body { margin: 0; padding: 0; background: var(--bg); color: var(--fg); }
body { font-family: ${font === 'serif' ? 'var(--font-serif)' : 'var(--font-sans)'}; font-size: ${fontSize}px;
  line-height: var(--leading-reading); overflow: hidden; overflow-wrap: break-word; -webkit-font-smoothing: antialiased; }
main { max-width: ${lineWidth}ch; margin: 0 auto; padding: 0 var(--space-12) var(--space-32); }
h1, h2, h3, h4 { line-height: 1.25; margin: 1.6em 0 0.6em; }
p, ul, ol, blockquote, figure, pre, table { margin: 0 0 1.1em; }
a { color: var(--link); text-underline-offset: 2px; }
img { max-width: 100%; height: auto; display: block; margin: 0 auto; border-radius: var(--radius-sm); }
figure { margin-left: 0; margin-right: 0; }
/* Pictures are centred (a small one is not stretched to the column), so their captions are too. */
figcaption { color: var(--muted); font-size: 0.85em; margin-top: 0.5em; font-family: var(--font-sans);
  text-align: center; text-wrap: balance; }
blockquote { border-left: 3px solid var(--rule); margin-left: 0; padding-left: 1em; color: var(--muted); }
pre, code { font-family: var(--font-mono); font-size: 0.9em; }
pre { overflow-x: auto; padding: var(--space-6); background: var(--rule); border-radius: var(--radius-sm); }
table { border-collapse: collapse; display: block; overflow-x: auto; }
td, th { border: 1px solid var(--rule); padding: var(--space-2) var(--space-4); }
hr { border: 0; border-top: 1px solid var(--rule); }
mark.annals-hl { color: inherit; border-radius: var(--radius-xs); cursor: pointer; padding: 0.05em 0; }
${highlightColors.map((color) => `mark.annals-hl-${color} { background: var(--highlight-${color}); }`).join('\n')}
mark.annals-hl-noted { text-decoration: underline dotted var(--muted); text-underline-offset: 3px; }
mark.annals-find { background: transparent; color: inherit; box-shadow: inset 0 -0.45em var(--find); }
mark.annals-find.is-current { box-shadow: inset 0 -1.2em var(--find-current); }
mark.annals-event { color: inherit; background: color-mix(in srgb, var(--event) 14%, transparent);
  border-bottom: 2px solid var(--event); padding: 0.05em 0; }
mark.annals-event-date { color: inherit; background: color-mix(in srgb, var(--event) 30%, transparent); font-weight: 600; }
mark.annals-hl.is-flashing { --flash: var(--focus); animation: annals-flash var(--duration-flash) ease-out; }
mark.annals-event.is-flashing { --flash: var(--event); animation: annals-flash var(--duration-flash) ease-out; }
@keyframes annals-flash { 0%, 40% { outline: 3px solid var(--flash); } 100% { outline: 3px solid transparent; } }
</style></head><body><main>${sanitizeArticleHtml(html, options)}</main></body></html>`;
}
