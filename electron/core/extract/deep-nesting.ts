// A page that nests its elements thousands deep (a hostile page, or a broken generator) is read as browsers read it:
// content past a depth is kept, its wrappers are not. Readability's time grows with the cube of the nesting (a 30 KB
// page 2,000 deep took 23 s, 10,000 deep overflowed the stack); news pages nest 20 to 60 deep, and Chromium's parser
// stops nesting at 512.

/**
 * Elements nested deeper than this that hold other elements are unwrapped; their content stays, one level up. An
 * element holding text only (a link, a paragraph's words) is kept, so the tree is at most one level deeper.
 */
export const DEEPEST_NESTING = 256;

// What a reader never sees: removed with its content, as the rest of extraction would have removed it, rather than
// unwrapped into the text around it (where nothing marks it hidden any more).
const NEVER_SHOWN = new Set(['TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'SELECT', 'CANVAS']);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
// Elements inside a line of text: unwrapping them joins nothing. Any other element ends a line where it stood.
const PHRASING = new Set(
  'A ABBR B BDI BDO CITE CODE DATA DEL DFN EM FONT I INS KBD MARK Q S SAMP SMALL SPAN STRONG SUB SUP TIME U VAR'.split(
    ' ',
  ),
);

/** Unwraps every element deeper than `DEEPEST_NESTING` that holds elements; returns how many were unwrapped. */
export function flattenDeepNesting(doc: Document): number {
  const root = doc.documentElement;
  if (!root) return 0;
  const tooDeep: Element[] = [];
  // An explicit stack: a recursive walk is what overflows on such a page.
  const stack: { element: Element; depth: number }[] = [{ element: root, depth: 0 }];
  while (stack.length > 0) {
    const { element, depth } = stack.pop()!;
    if (depth > DEEPEST_NESTING && element.firstElementChild) tooDeep.push(element);
    for (let child = element.firstElementChild; child; child = child.nextElementSibling)
      stack.push({ element: child, depth: depth + 1 });
  }
  // Parents first: each unwrap moves only the element's own children. Deepest first would move each level's gathered
  // content again at every level above it (a word at each of 30,000 levels took 28 s).
  for (const element of tooDeep) {
    const parent = element.parentNode;
    if (!parent) continue;
    if (neverShown(element)) {
      element.remove();
      continue;
    }
    const ownLine = !PHRASING.has(element.tagName.toUpperCase());
    if (ownLine) parent.insertBefore(doc.createElement('br'), element);
    while (element.firstChild) parent.insertBefore(element.firstChild, element);
    if (ownLine) parent.insertBefore(doc.createElement('br'), element);
    element.remove();
  }
  return tooDeep.length;
}

function neverShown(element: Element): boolean {
  return (
    NEVER_SHOWN.has(element.tagName.toUpperCase()) ||
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true' ||
    HIDDEN_STYLE.test(element.getAttribute('style') ?? '')
  );
}
