// The fonts Annals ships (SIL Open Font License, from @fontsource): Inter for the interface and
// sans-serif reading, Literata for serif reading, JetBrains Mono for key chips and code. Bundled with the app so they
// work offline and in the article frame, which may load nothing from outside the app. Latin and Latin Extended only
// (the monospace face Latin alone: 40 KB, for key names and code): other scripts fall back to the system's fonts.
import interLatinExtItalic from '@fontsource-variable/inter/files/inter-latin-ext-wght-italic.woff2?url';
import interLatinExt from '@fontsource-variable/inter/files/inter-latin-ext-wght-normal.woff2?url';
import interLatinItalic from '@fontsource-variable/inter/files/inter-latin-wght-italic.woff2?url';
import interLatin from '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2?url';
import monoLatin from '@fontsource-variable/jetbrains-mono/files/jetbrains-mono-latin-wght-normal.woff2?url';
import literataLatinExtItalic from '@fontsource-variable/literata/files/literata-latin-ext-wght-italic.woff2?url';
import literataLatinExt from '@fontsource-variable/literata/files/literata-latin-ext-wght-normal.woff2?url';
import literataLatinItalic from '@fontsource-variable/literata/files/literata-latin-wght-italic.woff2?url';
import literataLatin from '@fontsource-variable/literata/files/literata-latin-wght-normal.woff2?url';

/** The family names the tokens (styles/tokens.css) ask for. */
export const SANS_FAMILY = 'Annals Sans';
export const SERIF_FAMILY = 'Annals Serif';
export const MONO_FAMILY = 'Annals Mono';

const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';

interface FontFace {
  family: string;
  style: 'normal' | 'italic';
  weights: string;
  url: string;
  range: string;
}

export const fontFaces: FontFace[] = [
  { family: SANS_FAMILY, style: 'normal', weights: '100 900', url: interLatin, range: LATIN },
  { family: SANS_FAMILY, style: 'normal', weights: '100 900', url: interLatinExt, range: LATIN_EXT },
  { family: SANS_FAMILY, style: 'italic', weights: '100 900', url: interLatinItalic, range: LATIN },
  { family: SANS_FAMILY, style: 'italic', weights: '100 900', url: interLatinExtItalic, range: LATIN_EXT },
  { family: SERIF_FAMILY, style: 'normal', weights: '200 900', url: literataLatin, range: LATIN },
  { family: SERIF_FAMILY, style: 'normal', weights: '200 900', url: literataLatinExt, range: LATIN_EXT },
  { family: SERIF_FAMILY, style: 'italic', weights: '200 900', url: literataLatinItalic, range: LATIN },
  { family: SERIF_FAMILY, style: 'italic', weights: '200 900', url: literataLatinExtItalic, range: LATIN_EXT },
  { family: MONO_FAMILY, style: 'normal', weights: '100 800', url: monoLatin, range: LATIN },
];

/**
 * The @font-face rules, with absolute URLs: the article frame (about:srcdoc) resolves them against
 * the app's own origin, which its CSP admits for fonts and nothing else.
 */
export function fontFaceCss(base: string = document.baseURI): string {
  return fontFaces
    .map(
      (face) =>
        `@font-face { font-family: "${face.family}"; font-style: ${face.style}; font-weight: ${face.weights}; font-display: swap; src: url("${absolute(face.url, base)}") format("woff2"); unicode-range: ${face.range}; }`,
    )
    .join('\n');
}

/** The CSP source that admits the bundled fonts: the app's own origin ("http://127.0.0.1:4000", "app://annals"). */
export function fontSource(base: string = document.baseURI): string {
  const url = new URL(absolute(fontFaces[0]?.url ?? '', base));
  // A scheme that is not http(s) may have no origin to the URL parser (Electron's app:// has one in Chromium).
  return url.origin !== 'null' ? url.origin : `${url.protocol}//${url.host}`;
}

/** A bundled file's URL made absolute; one already absolute stays as it is. */
function absolute(url: string, base: string): string {
  try {
    return new URL(url, base).href;
  } catch {
    return new URL(url, globalThis.location?.href ?? 'app://annals/').href;
  }
}

/** Puts the bundled fonts into a document (the app's own, once at start). */
export function installFonts(doc: Document = document): void {
  if (doc.getElementById('annals-fonts')) return;
  const style = doc.createElement('style');
  style.id = 'annals-fonts';
  style.textContent = fontFaceCss(doc.baseURI);
  doc.head.append(style);
}
