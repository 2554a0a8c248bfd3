import { getDomainWithoutSuffix } from 'tldts';
import { cleanText } from './dom.ts';
import { type PageIndex, tagged } from './page-index.ts';

// A page's <title> and og:title often carry the site's name ("Headline | homify", "Site: Headline"). The
// reader wants the headline: a part of the title is dropped when it names the site, as the page says its
// name (og:site_name, publisher, the host) or as the page repeats it (the home link, the logo, the footer).

/** Title separators with spaces around them ("Headline | Site", "Site: Headline", "Headline › Site"). */
const SPACED = String.raw`\s+(?:[|\-–—·•:»›/~⋆]|::)\s+|:\s+`;
/** In Chinese and Japanese titles a site is joined with no spaces ("新闻标题-新华网"). */
const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}`;
const UNSPACED = String.raw`(?<=[${CJK}！？。」）])\s*[-_|｜]\s*(?=[${CJK}])`;
const SEPARATOR = new RegExp(`(${SPACED}|${UNSPACED})`, 'u');

/** A site name is a few words: a longer part is part of the headline. */
const MAX_SITE_WORDS = 8;
/** Words a part may add around a site name ("Rezept von Backen.de", "Zobacz na przepisy.pl"). */
const MAX_EXTRA_WORDS = 2;

/** Comparable form of a name: letters and digits only, lowercased. */
const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** A part that only dates the page ("06.11.2023, 11.41 Uhr"): no headline is made of digits. */
const DATE_ONLY = /^[\d\s.,:/-]+(?:uhr|h)?$/i;

/** The squashed names a site goes by, with "www" dropped and the host's registrable name ("homify" of homify.co.uk). */
function knownNames(names: (string | null | undefined)[]): Set<string> {
  const known = new Set<string>();
  for (const name of names) {
    const text = cleanText(name);
    if (!text) continue;
    known.add(squash(text).replace(/^www(?=.)/, ''));
    if (/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(text)) {
      const label = getDomainWithoutSuffix(text);
      if (label) known.add(squash(label));
    }
  }
  known.delete('');
  return known;
}

/**
 * Whether a part of a title names the site: is one of its names, or (loose, for a part after the headline)
 * one with a word or two around it.
 */
function namesSite(part: string, known: Set<string>, loose: boolean): boolean {
  const text = part.trim();
  if (DATE_ONLY.test(text)) return true;
  const partWords = words(text);
  if (partWords.length === 0 || partWords.length > MAX_SITE_WORDS + MAX_EXTRA_WORDS) return false;
  if (known.has(squash(text))) return true;
  if (!loose) return false;
  // A site's name at either end of the part, with up to two words besides.
  for (let cut = 1; cut <= MAX_EXTRA_WORDS && cut < partWords.length; cut++) {
    if (known.has(squash(partWords.slice(cut).join(' ')))) return true;
    if (known.has(squash(partWords.slice(0, -cut).join(' ')))) return true;
  }
  return false;
}

/**
 * Drops the parts of a title that name the site: a site's name (with its tagline or section after it) at
 * the end, then at the start. The headline itself is never dropped: a title that is all site names is kept.
 */
export function trimSiteName(title: string, siteNames: (string | null | undefined)[]): string {
  const known = knownNames(siteNames);
  // Odd indexes hold the separators.
  const pieces = title.split(SEPARATOR);
  if (pieces.length < 3 || known.size === 0) return title;
  const parts = pieces.filter((_, i) => i % 2 === 0);
  const joinedFrom = (from: number) => squash(parts.slice(from).join(' '));
  let end = parts.length;
  const wordsIn = (from: number, to: number) => words(parts.slice(from, to).join(' ')).length;
  // The first part after the headline that names the site, or whose remainder is the site's name, ends the
  // headline; what follows the name must be a tagline or a section, not more of the headline than came before.
  for (let at = 1; at < parts.length; at++) {
    const tail = wordsIn(at + 1, parts.length);
    if (tail > wordsIn(0, at)) continue;
    if (namesSite(parts[at]!, known, true) || known.has(joinedFrom(at))) {
      end = at;
      break;
    }
  }
  let start = 0;
  while (start < end - 1 && namesSite(parts[start]!, known, false)) start++;
  if (start === 0 && end === parts.length) return title;
  const kept = pieces.slice(start * 2, end * 2 - 1).join('');
  return kept.trim() || title;
}

/** An absolute link to a site's root: its host without "www.", and nothing after the slash but a query or hash. */
const ROOT_URL = /^https?:\/\/(?:www\.)?([^/?#:]+)(?::\d+)?\/?(?:[?#].*)?$/i;

/** Whether an href points at the site's home page: "/", "./", "index.html" or the host's root. */
function isHomeHref(href: string, pageHost: string | null): boolean {
  if (/^(?:\.?\/|\/?index\.\w+)$/i.test(href)) return true;
  const root = pageHost ? ROOT_URL.exec(href) : null;
  return !!root && root[1]!.toLowerCase() === pageHost;
}

const MAX_HOME_LINKS = 6;
const COPYRIGHT = /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*([^|.,©]{2,60})/i;

/**
 * Names the page repeats for itself: the text or logo of links to its home page, and the name after a
 * footer's "©". A title part equal to one of them names the site even when the page declares no site name.
 */
export function repeatedSiteNames(index: PageIndex, pageUrl: string | null): string[] {
  const found: string[] = [];
  const pageHost = pageUrl
    ? (ROOT_URL.exec(pageUrl.replace(/^(https?:\/\/[^/?#]+).*$/i, '$1'))?.[1]?.toLowerCase() ?? null)
    : null;
  let homeLinks = 0;
  for (const link of tagged(index, 'a')) {
    const href = link.getAttribute('href')?.trim();
    if (!href || !isHomeHref(href, pageHost)) continue;
    const text = cleanText(link.textContent);
    if (text && words(text).length <= MAX_SITE_WORDS) found.push(text);
    for (const attr of ['title', 'aria-label']) {
      const value = cleanText(link.getAttribute(attr));
      if (value) found.push(value);
    }
    for (const img of link.getElementsByTagName('img')) {
      const alt = cleanText(img.getAttribute('alt'));
      if (alt) found.push(alt.replace(/\s+logo$/i, ''));
    }
    if (++homeLinks >= MAX_HOME_LINKS) break;
  }
  const footer = tagged(index, 'footer').at(-1) ?? null;
  const copyright = footer ? COPYRIGHT.exec(cleanText(footer.textContent)) : null;
  if (copyright?.[1]) found.push(copyright[1].trim());
  return found;
}

/**
 * The headline from a declared title: the run of its parts that the page's own heading repeats ("Story |
 * Section | Paper" with <h1>Story</h1>), else the title without its site names.
 */
export function headlineFromTitle(title: string, heading: string, siteNames: (string | null | undefined)[]): string {
  const pieces = title.split(SEPARATOR);
  const wanted = squash(heading);
  if (heading && pieces.length >= 3 && wanted && squash(title) !== wanted) {
    for (let from = 0; from < pieces.length; from += 2) {
      for (let to = from; to < pieces.length; to += 2) {
        if (from === 0 && to === pieces.length - 1) continue;
        const run = pieces.slice(from, to + 1).join('');
        if (squash(run) === wanted) return cleanText(run);
      }
    }
  }
  return trimSiteName(title, siteNames);
}
