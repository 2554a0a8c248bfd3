import { parseHTML } from 'linkedom';

// Elements that belong in <head> when a page leaves out its <head>/<body> tags (which HTML allows).
const HEAD_TAGS = new Set(['TITLE', 'META', 'LINK', 'STYLE', 'SCRIPT', 'BASE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * linkedom does not insert the <head>/<body> that the HTML parser implies when a page omits them, so
 * content can end up beside <body> rather than in it. Put head elements in <head> and the rest in <body>.
 */
function ensureHeadAndBody(doc: Document): void {
  const html = doc.documentElement;
  const children = [...html.children];
  let head = children.find((c) => c.tagName === 'HEAD');
  let body = children.find((c) => c.tagName === 'BODY');
  if (!head) {
    head = doc.createElement('head');
    html.insertBefore(head, html.firstChild);
  }
  if (!body) {
    body = doc.createElement('body');
    html.appendChild(body);
  }
  const before: Node[] = [];
  const after: Node[] = [];
  let seenBody = false;
  let seenContent = false;
  for (const node of [...html.childNodes]) {
    if (node === head) continue;
    if (node === body) {
      seenBody = true;
      continue;
    }
    if (node.nodeType === 3 && !node.textContent?.trim()) continue;
    if (!seenContent && node.nodeType === 1 && HEAD_TAGS.has((node as Element).tagName)) {
      head.appendChild(node);
      continue;
    }
    if (node.nodeType === 1 || node.nodeType === 3) seenContent = true;
    (seenBody ? after : before).push(node);
  }
  body.prepend(...before);
  body.append(...after);
}

/**
 * Parses a page with linkedom: a fast DOM that never runs scripts or loads subresources, which is all
 * metadata reading and Readability need. (It is no sanitizer host: see sanitize.ts.)
 * linkedom's own typings describe the same DOM, so it is used through the standard DOM types.
 */
export function parsePage(html: string): Document {
  let { document } = parseHTML(html);
  // Without an <html> element (a pasted fragment) linkedom makes the first element the root.
  if (document.documentElement?.tagName !== 'HTML') {
    const inner = html.replace(/^\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype[^>]*>)?/i, '');
    ({ document } = parseHTML(`<!DOCTYPE html><html>${inner}</html>`));
  }
  const doc = document as unknown as Document;
  ensureHeadAndBody(doc);
  return doc;
}

/** Text with runs of whitespace (incl. no-break spaces) collapsed, trimmed and NFC-normalised. */
export function cleanText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().normalize('NFC');
}

/** The element that most likely holds the article, for searches that must not wander into sidebars. */
export function articleRoot(doc: Document): Element | null {
  const articleBody = doc.querySelector('[itemprop="articleBody"]');
  return (
    articleBody?.closest('article') ??
    doc.getElementsByTagName('article')[0] ??
    articleBody ??
    doc.querySelector('main, [role="main"]') ??
    doc.body
  );
}

/**
 * Descendants of root whose tag name (lowercase) is in `tags`, in document order. On linkedom a selector
 * list costs a matcher call per element and selector; one walk with a Set lookup costs far less.
 */
export function descendantsByTag(root: Element, tags: ReadonlySet<string>): Element[] {
  const found: Element[] = [];
  const visit = (parent: Element) => {
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      if (tags.has(child.localName.toLowerCase())) found.push(child);
      visit(child);
    }
  };
  visit(root);
  return found;
}
