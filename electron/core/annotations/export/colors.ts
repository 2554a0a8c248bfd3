import type { HighlightColor } from '../../../contract/index.ts';

/** The reader's light-theme highlight colours (renderer/src/reader/article-document.ts), so exports look like the app. */
export const highlightColors: Record<HighlightColor, string> = {
  yellow: '#fbe47a',
  green: '#b8e6b0',
  blue: '#bcdcf7',
  pink: '#f8c6da',
  purple: '#dccbf6',
};
