import DOMPurify from 'dompurify';
import type { ReaderSettings } from '../../../electron/contract/model.ts';

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

/** Highlight colours per theme: translucent enough that text stays readable on every background. */
const highlightColors: Record<ResolvedTheme, Record<string, string>> = {
  light: { yellow: '#fbe47a', green: '#b8e6b0', blue: '#bcdcf7', pink: '#f8c6da', purple: '#dccbf6' },
  sepia: { yellow: '#f1d46a', green: '#c2dca0', blue: '#b9d3e6', pink: '#eebfc8', purple: '#d6c3e8' },
  dark: { yellow: '#6b5a14', green: '#2f5a2b', blue: '#244a6b', pink: '#6b2f4a', purple: '#4b3a6e' },
};

const palettes: Record<ResolvedTheme, { bg: string; fg: string; muted: string; link: string; rule: string }> = {
  light: { bg: '#ffffff', fg: '#1d1d1f', muted: '#5f6368', link: '#0b57d0', rule: '#e3e3e3' },
  dark: { bg: '#17181a', fg: '#e6e3de', muted: '#a09d98', link: '#8ab4f8', rule: '#33353a' },
  sepia: { bg: '#f6efdf', fg: '#3b2f22', muted: '#6f604d', link: '#8a4b12', rule: '#e2d6bb' },
};

export const fontStacks = {
  serif: "Charter, 'Bitstream Charter', 'Iowan Old Style', Georgia, 'Noto Serif', 'DejaVu Serif', serif",
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif",
};

/**
 * The whole document shown in the article frame. The frame is sandboxed without scripts; the CSP
 * here also keeps it from loading anything but the stored images.
 */
export function articleDocument(html: string, options: ArticleDocumentOptions): string {
  const colors = palettes[options.theme];
  const { font, fontSize, lineWidth } = options.reader;
  const csp = `default-src 'none'; img-src ${options.assetSource} data:; style-src 'unsafe-inline'; font-src 'none'; form-action 'none'`;
  const lang = options.lang && /^[a-zA-Z-]{2,20}$/.test(options.lang) ? options.lang : 'und';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<style>
:root { color-scheme: ${options.theme === 'dark' ? 'dark' : 'light'}; }
html, body { margin: 0; padding: 0; background: ${colors.bg}; color: ${colors.fg}; }
body { font-family: ${fontStacks[font]}; font-size: ${fontSize}px; line-height: 1.6; overflow: hidden;
  overflow-wrap: break-word; -webkit-font-smoothing: antialiased; }
main { max-width: ${lineWidth}ch; margin: 0 auto; padding: 0 24px 64px; }
h1, h2, h3, h4 { line-height: 1.25; margin: 1.6em 0 0.6em; }
p, ul, ol, blockquote, figure, pre, table { margin: 0 0 1.1em; }
a { color: ${colors.link}; text-underline-offset: 2px; }
img { max-width: 100%; height: auto; display: block; margin: 0 auto; border-radius: 4px; }
figure { margin-left: 0; margin-right: 0; }
figcaption { color: ${colors.muted}; font-size: 0.85em; margin-top: 0.5em; font-family: ${fontStacks.sans}; }
blockquote { border-left: 3px solid ${colors.rule}; margin-left: 0; padding-left: 1em; color: ${colors.muted}; }
pre, code { font-family: ui-monospace, 'DejaVu Sans Mono', monospace; font-size: 0.9em; }
pre { overflow-x: auto; padding: 12px; background: ${colors.rule}; border-radius: 4px; }
table { border-collapse: collapse; display: block; overflow-x: auto; }
td, th { border: 1px solid ${colors.rule}; padding: 4px 8px; }
hr { border: 0; border-top: 1px solid ${colors.rule}; }
mark.annals-hl { color: inherit; border-radius: 2px; cursor: pointer; padding: 0.05em 0; }
${Object.entries(highlightColors[options.theme])
  .map(([name, color]) => `mark.annals-hl-${name} { background: ${color}; }`)
  .join('\n')}
mark.annals-hl-noted { text-decoration: underline dotted ${colors.muted}; text-underline-offset: 3px; }
mark.annals-find { background: transparent; color: inherit; box-shadow: inset 0 -0.45em ${options.theme === 'dark' ? '#7a5b1c' : '#ffd27a'}; }
mark.annals-find.is-current { box-shadow: inset 0 -1.2em ${options.theme === 'dark' ? '#9a6b10' : '#ffb84d'}; }
mark.annals-event { color: inherit; background: color-mix(in srgb, ${colors.link} 14%, transparent);
  border-bottom: 2px solid ${colors.link}; padding: 0.05em 0; }
mark.annals-hl.is-flashing, mark.annals-event.is-flashing { animation: annals-flash 1.2s ease-out; }
@keyframes annals-flash { 0%, 40% { outline: 3px solid ${colors.link}; } 100% { outline: 3px solid transparent; } }
</style></head><body><main>${sanitizeArticleHtml(html, options)}</main></body></html>`;
}
