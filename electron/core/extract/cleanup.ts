import {
  cleanText,
  cleanTextSurelyLongerThan,
  descendantsByTag,
  firstDescendantsByTag,
  hasDescendant,
  shortText,
} from './dom.ts';
import { removeTeaserGrids } from './teaser-grid.ts';

// Site-independent cleanups of what Readability keeps: share bars, "related" and comment sections, link
// lists trailing the story, calls to subscribe, captions repeated as paragraphs and the byline in the body.
// Each rule looks at a block's words and links, never at one site's markup, and none removes long prose.

/** Only the names of sharing services and the verbs around them. */
const SHARE_WORDS =
  /^(?:share|shares|sharing|share this|share on|share via|teilen|geteilt|partager|compartir|condividi|delen|tweet|twitter|x|facebook|whatsapp|linkedin|pinterest|pin it|reddit|xing|telegram|messenger|flipboard|tumblr|mastodon|threads|bluesky|email|e-mail|mail|print|drucken|imprimer|copy|copy link|link kopieren|link|comment|comments|kommentare|on|via|this|article|artikel|dieser|diesen|story|page|seite|the|auf|per|\d+)$/i;

/** Headings that open a section of furniture at the end of a story. */
const FURNITURE_HEADING =
  /^(?:related(?: (?:articles|stories|posts|content|coverage|news|reading|topics))?|more (?:on|about) (?:this|the topic)|more from|more stories|read more|read next|read also|also read|see also|siehe auch|you (?:may|might) also like|recommended(?: for you)?|most (?:read|popular|viewed)|popular (?:now|posts|stories)|trending|latest (?:news|stories|posts)|recent posts|leave a (?:reply|comment)|(?:\d+ )?comments?|join the conversation|newsletter|sign up for (?:our|the) newsletter|tags?|share this(?: article| story| post)?|mehr zum thema|weitere artikel|neueste artikel|ähnliche artikel|das könnte sie auch interessieren|lesen sie auch|auch interessant|meistgelesen|kommentare|schreibe einen kommentar|verwandte artikel|à lire aussi|lire aussi|sur le même sujet|articles similaires|te puede interesar|le puede interesar|lee también|vea también|noticias relacionadas|leggi anche|czytaj też|zobacz też|czytaj także|schon gelesen\??|das (?:thema )?könnte (?:dich|sie) auch interessieren|meist ?gelesene?(?: artikel| beiträge)?|weiterführende links|mehr zu(?:m thema)?(?: [^\s:]+){1,3}|(?:heute )?empfehlen wir|unsere empfehlungen|keine kommentare(?: \(.*\))?)\s*:?$/i;

/** Calls to subscribe or follow, as a short block of their own. */
const CALL_TO_ACTION =
  /\b(?:sign up for (?:our|the) [\w\s-]*newsletter|subscribe to (?:our|the) [\w\s-]*newsletter|newsletter abonnieren|abonnieren sie (?:unseren|den) newsletter|follow us on|folgen sie uns|suivez-nous|síguenos|download (?:the|our) (?:[\w-]+ )?apps?|get the app|subscribe now|pour lire la suite|créez votre compte|abonnez-vous|suscríbete|cancela cuando quieras|zapraszamy (?:też )?do subskrypcji|jetzt abonnieren|sie müssen sich (?:einloggen|anmelden)|you must be logged in to (?:post a )?comment|log in to comment)\b/i;

/** A pointer to another story ("Read also: …"), or a lone word of page chrome ("Back", "Advertisement"). */
const CROSS_REFERENCE_OR_CHROME =
  /^(?:(?:read (?:also|more)|see also|also read|lesen sie (?:auch|hier)|lire aussi|à lire aussi|lee también|leggi anche|czytaj (?:też|także|również)|zobacz (?:też|także))\s*:|(?:zurück|back|back to top|nach oben|anzeige|advertisement|werbung|kommentieren|zurück zu(?:r|m)? (?:vorherigen seite|übersicht|newsübersicht|startseite)|back to (?:the )?(?:previous page|overview|home ?page))\s*:?$)/i;

const BLOCKS = new Set([
  'p',
  'div',
  'ul',
  'ol',
  'section',
  'aside',
  'figure',
  'table',
  'blockquote',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'dl',
]);
const HEADING_LIKE = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div', 'strong', 'b']);
const BYLINE_HOLDERS = new Set(['p', 'div', 'span', 'address']);
const BYLINE_BLOCKERS = new Set(['p', 'div', 'img']);

function textOf(element: Element): string {
  return cleanText(element.textContent);
}

function linkTextLength(element: Element): number {
  let length = 0;
  for (const link of element.getElementsByTagName('a')) length += cleanText(link.textContent).length;
  return length;
}

/** Share of the text inside links (0 for an empty element). */
export function linkDensity(element: Element): number {
  const length = textOf(element).length;
  return length === 0 ? 0 : linkTextLength(element) / length;
}

/** Long text outside links: what no rule here may remove. */
function isProse(element: Element): boolean {
  const text = textOf(element);
  return text.length - linkTextLength(element) > 200;
}

/** Text with a space between every text node: list items and links of a bar run together otherwise. */
function spacedText(element: Element): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === 3) parts.push((node as Text).data);
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
  };
  visit(element);
  return cleanText(parts.join(' '));
}

/** Words of SHARE_WORDS that also stand alone in prose: one of them on its own is a link, not a share bar. */
const GENERIC_SHARE_WORDS =
  /^(?:link|mail|e-mail|email|print|copy|comment|comments|on|via|this|article|story|page|seite|the|\d+)$/i;

function isShareBar(element: Element): boolean {
  const text = spacedText(element);
  if (!text || text.length > 120) return false;
  const words = text
    .toLowerCase()
    .split(/[\s|·•:/,()]+/)
    .filter(Boolean);
  if (words.length === 0 || !words.every((word) => SHARE_WORDS.test(word)) || !/[a-z]/i.test(text)) return false;
  // "Print · Email" is a toolbar; a lone "link" is a paragraph holding one link.
  return new Set(words).size > 1 || !GENERIC_SHARE_WORDS.test(words[0]!);
}

function isHeadingLike(element: Element): boolean {
  if (/^H[2-6]$/.test(element.tagName)) return true;
  const text = shortText(element, 59);
  return !!text && element.getElementsByTagName('p').length === 0;
}

/** A list or block made mostly of links: teasers, tags, "more stories". */
function isLinkList(element: Element): boolean {
  return element.getElementsByTagName('a').length >= 2 && linkDensity(element) > 0.6 && !isProse(element);
}

/** The last element child that holds any text, descending through single wrappers. */
function contentParent(root: Element): Element {
  let parent = root;
  while (parent.children.length === 1 && parent.firstElementChild) parent = parent.firstElementChild;
  return parent;
}

/** Removes a heading like "Related stories" and the link lists or short blocks that follow it. */
function removeFurnitureSections(root: Element): void {
  for (const heading of descendantsByTag(root, HEADING_LIKE)) {
    if (!root.contains(heading) || !isHeadingLike(heading)) continue;
    const text = textOf(heading);
    if (!FURNITURE_HEADING.test(text)) continue;
    // The heading may be wrapped (<p><strong>Read more</strong></p>); work on the outermost short wrapper.
    let block: Element = heading;
    while (
      block.parentElement &&
      block.parentElement !== root &&
      shortText(block.parentElement, text.length) === text
    ) {
      block = block.parentElement;
    }
    let next = block.nextElementSibling;
    while (next && (isLinkList(next) || isShareBar(next))) {
      const after = next.nextElementSibling;
      next.remove();
      next = after;
    }
    block.remove();
  }
}

/** A host's last two labels ("news.example.org" -> "example.org"): links within one site share it. */
export function siteOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.split('.').slice(-2).join('.').toLowerCase();
  } catch {
    return null;
  }
}

/**
 * Teasers point at the page's own site; a list whose links mostly leave it (sources, references, external
 * links, picture credits) is part of what the author wrote. Without the page's address every list is a teaser.
 */
function linksLeaveSite(list: Element, site: string | null): boolean {
  if (!site) return false;
  let away = 0;
  const links = list.getElementsByTagName('a');
  for (const link of links) {
    const target = siteOf(link.getAttribute('href'));
    if (target && target !== site) away++;
  }
  return away * 2 > links.length;
}

/** Removes link lists and share bars trailing the story (teasers without a heading). */
function removeTrailingLinkLists(root: Element, site: string | null): void {
  const parent = contentParent(root);
  for (let last = parent.lastElementChild; last; last = parent.lastElementChild) {
    const holdsImage = last.localName === 'img' || last.getElementsByTagName('img').length > 0;
    if (!textOf(last) && !holdsImage) last.remove();
    else if (isShareBar(last) || (isLinkList(last) && !linksLeaveSite(last, site))) last.remove();
    else break;
  }
}

function removeShareBarsAndCalls(root: Element): void {
  for (const block of descendantsByTag(root, BLOCKS)) {
    // A block of more than 200 characters is neither a share bar nor a call to action (and may be prose).
    const text = shortText(block, 199);
    if (text === null || !root.contains(block)) continue;
    if (isShareBar(block) || CALL_TO_ACTION.test(text) || CROSS_REFERENCE_OR_CHROME.test(text)) block.remove();
  }
}

/** A paragraph right after a figure that only repeats the figure's caption. */
function removeRepeatedCaptions(root: Element): void {
  for (const caption of [...root.getElementsByTagName('figcaption')]) {
    const text = textOf(caption);
    const figure = caption.closest('figure');
    const next = figure?.nextElementSibling;
    if (text && next && textOf(next) === text) next.remove();
  }
}

/** "By Jane Doe" (or the page's own byline) as one of the first blocks of the text. */
function removeBylineInBody(root: Element, byline: string | null): void {
  const known = byline ? cleanText(byline).toLowerCase() : null;
  const blocks = firstDescendantsByTag(root, BYLINE_HOLDERS, 8);
  for (const block of blocks) {
    if (!root.contains(block)) continue;
    // The first blocks are often wrappers of the whole story: known too long before their text is cleaned.
    const raw = block.textContent ?? '';
    if (cleanTextSurelyLongerThan(raw, 100)) continue;
    const text = cleanText(raw);
    if (!text || text.length > 100 || hasDescendant(block, BYLINE_BLOCKERS)) continue;
    const plain = text.replace(/^(?:by|von|par|por|door|av|di)\s*:?\s+/i, '').toLowerCase();
    const isByline = /^(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor)\s+\p{Lu}/u.test(text) && text.split(/\s+/).length <= 8;
    if (isByline || (known && plain === known)) {
      block.remove();
      return;
    }
  }
}

/**
 * Cleans Readability's article tree in place. `byline` is the one read from the page's metadata, `pageUrl` the
 * address the page's links are resolved against.
 */
export function cleanArticle(root: Element, byline: string | null, pageUrl: string | null = null): void {
  removeFurnitureSections(root);
  removeTeaserGrids(root, siteOf(pageUrl), siteOf);
  removeShareBarsAndCalls(root);
  removeRepeatedCaptions(root);
  removeBylineInBody(root, byline);
  removeTrailingLinkLists(root, siteOf(pageUrl));
}
