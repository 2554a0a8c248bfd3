// Formulas kept as text a reader can follow. The sanitizer drops <math> with everything inside (MathML is
// foreign content), so a page typeset by MathJax, KaTeX or a browser's own MathML lost every formula and its
// sentences read "there are two solutions to and they are". Here MathML becomes plain inline markup
// (letters in italics, <sup>/<sub> for scripts, fractions with a slash, roots with √), and a MathJax 2 page
// that was never typeset keeps its TeX source. Screen-reader copies and visual copies are not doubled:
// Readability already drops aria-hidden visual layers (KaTeX's glyphs, MathJax's rendered spans).

/** Operators written with a space either side ("a = b", "x ≤ 1"); others (parentheses, "−b") stay tight. */
const SPACED_OPERATORS = new Set([
  '=',
  '≠',
  '≈',
  '≡',
  '<',
  '>',
  '≤',
  '≥',
  '+',
  '−',
  '-',
  '±',
  '∓',
  '×',
  '÷',
  '·',
  '⋅',
  '→',
  '←',
  '↔',
  '⇒',
  '⇐',
  '⇔',
  '∈',
  '∉',
  '⊂',
  '⊆',
  '⊃',
  '⊇',
  '∪',
  '∩',
  '∧',
  '∨',
  '∼',
  '∝',
  ':=',
  '≔',
]);
const MAX_DEPTH = 64;
/** Containers whose children are simply read in order. */
const ROWS = new Set(['math', 'mrow', 'mstyle', 'mpadded', 'menclose', 'merror', 'maction', 'mlabeledtr']);
/** MathJax 2 typesets next to a <script type="math/tex">: its preview and its rendered spans. */
const MATHJAX_RENDERED = /(?:^|\s)MathJax(?:_\w+)?(?:\s|$)/;

type Out = (Node | string)[];

/**
 * A token's own text only: markup nested in a token (a <style> or an <img> smuggled into <mtext>, as in the
 * mutation-XSS vectors) is no part of any formula, and even its text is not carried into the article.
 */
function ownText(element: Element): string {
  let text = '';
  for (let node = element.firstChild; node; node = node.nextSibling)
    if (node.nodeType === 3) text += (node as Text).data;
  return text;
}

function textOf(element: Element): string {
  return ownText(element).replace(/\s+/g, ' ').trim();
}

function wrapped(doc: Document, tag: string, children: Out): Element {
  const element = doc.createElement(tag);
  element.append(...children);
  return element;
}

/** Already one unit when read: a token, a root, a scripted token, or a group in its own parentheses. */
function isSimple(element: Element | undefined): boolean {
  if (!element) return true;
  const tag = element.localName;
  if (['mi', 'mn', 'mtext', 'mo'].includes(tag)) return !/\s/.test(textOf(element));
  if (tag === 'msqrt' || tag === 'mfenced') return true;
  if (['msup', 'msub', 'msubsup'].includes(tag)) return isSimple(element.children[0]);
  if (!ROWS.has(tag)) return false;
  const children = [...element.children];
  if (children.length === 1) return isSimple(children[0]);
  return isOneBracketedGroup(children);
}

/** "(1 − q)" is one group; "(1 − q)(1 − q²)" is two. */
function isOneBracketedGroup(children: Element[]): boolean {
  let depth = 0;
  for (const [i, child] of children.entries()) {
    const text = child.localName === 'mo' ? textOf(child) : '';
    if (/^[([{]$/.test(text)) depth++;
    else if (/^[)\]}]$/.test(text)) depth--;
    else if (i === 0) return false;
    if (depth === 0 && i < children.length - 1) return false;
  }
  return depth === 0 && children.length > 1;
}

function grouped(doc: Document, element: Element | undefined, depth: number): Out {
  const inner = element ? linear(doc, element, depth) : [];
  return isSimple(element) ? inner : ['(', ...inner, ')'];
}

function rowOf(doc: Document, children: Iterable<Element>, depth: number): Out {
  const out: Out = [];
  let first = true;
  for (const child of children) {
    if (child.localName === 'mo' && !first && SPACED_OPERATORS.has(textOf(child))) out.push(' ', textOf(child), ' ');
    else if (child.localName === 'mo' && textOf(child) === ',') out.push(', ');
    // A function's name ("cos", "log") is a word of its own: "A cos(ωt)", not "Acos(ωt)".
    else if (child.localName === 'mi' && !first && [...textOf(child)].length > 1)
      out.push(' ', ...linear(doc, child, depth));
    else out.push(...linear(doc, child, depth));
    first = false;
  }
  return out;
}

/** MathML as inline HTML nodes and text, in reading order. */
function linear(doc: Document, element: Element, depth: number): Out {
  if (depth > MAX_DEPTH) return [textOf(element)];
  const next = depth + 1;
  const [a, b, c] = element.children;
  switch (element.localName) {
    case 'mi': {
      const name = textOf(element);
      return [...name].length === 1 && /\p{L}/u.test(name) ? [wrapped(doc, 'i', [name])] : [name];
    }
    case 'mn':
      return [textOf(element)];
    case 'mo': {
      // Invisible operators (function application, invisible times) have nothing to read.
      const operator = textOf(element).replace(/[\u2061-\u2064]/g, '');
      return operator ? [operator] : [];
    }
    case 'mtext':
    case 'ms':
      // Words in a formula keep the spaces around them ("x > 0 for all x").
      return [ownText(element).replace(/\s+/g, ' ')];
    case 'mspace':
      return [' '];
    case 'mphantom':
    case 'annotation':
    case 'annotation-xml':
    case 'none':
    case 'mprescripts':
      return [];
    case 'semantics':
      return a ? linear(doc, a, next) : [];
    case 'msup':
    case 'mover':
      return [...grouped(doc, a, next), wrapped(doc, 'sup', grouped(doc, b, next).filter(notParen))];
    case 'msub':
    case 'munder':
      return [...grouped(doc, a, next), wrapped(doc, 'sub', grouped(doc, b, next).filter(notParen))];
    case 'msubsup':
    case 'munderover':
      return [
        ...grouped(doc, a, next),
        wrapped(doc, 'sub', grouped(doc, b, next).filter(notParen)),
        wrapped(doc, 'sup', grouped(doc, c, next).filter(notParen)),
      ];
    case 'mfrac':
      return [...grouped(doc, a, next), '/', ...grouped(doc, b, next)];
    case 'msqrt':
      return element.children.length === 1
        ? ['√', ...grouped(doc, a, next)]
        : ['√(', ...rowOf(doc, element.children, next), ')'];
    case 'mroot':
      return [wrapped(doc, 'sup', grouped(doc, b, next)), '√', ...grouped(doc, a, next)];
    case 'mfenced': {
      const open = element.getAttribute('open') ?? '(';
      const close = element.getAttribute('close') ?? ')';
      const parts = [...element.children].map((child) => linear(doc, child, next));
      return [open, ...parts.flatMap((part, i) => (i > 0 ? [', ', ...part] : part)), close];
    }
    case 'mtable':
      // One row a line; cells apart.
      return [...element.children].flatMap((row, i) => [
        ...(i > 0 ? [doc.createElement('br')] : []),
        ...[...row.children].flatMap((cell, j) =>
          j > 0 ? ['  ', ...linear(doc, cell, next)] : linear(doc, cell, next),
        ),
      ]);
    default:
      // mrow and the other containers (mtd, mtr, mstyle, menclose, mmultiscripts…): the children in order.
      return rowOf(doc, element.children, next);
  }
}

/** Parentheses around a whole superscript or subscript are not needed: the raised text groups it. */
function notParen(part: Node | string, index: number, all: (Node | string)[]): boolean {
  return !((index === 0 && part === '(') || (index === all.length - 1 && part === ')'));
}

/** Wrappers a typesetting library puts around a formula (never a paragraph, cell or list item of the page). */
const WRAPPERS = new Set(['span', 'nobr', 'div']);

/**
 * The outermost wrapper that holds this formula and nothing else a reader sees (MathJax's <mjx-container>,
 * its assistive copy, KaTeX's MathML span). Its class names are the library's, and Readability takes some of
 * them for page furniture ("CtxtMenu_Attached" reads as a menu), so the reading replaces the wrapper.
 */
function outermostWrapper(math: Element): Element {
  const allText = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  const reading = allText(math);
  let top = math;
  for (let at = math.parentElement; at; at = at.parentElement) {
    if (!(WRAPPERS.has(at.localName) || at.localName.includes('-')) || allText(at) !== reading) break;
    // A picture of the formula beside its MathML (Wikipedia's fallback image) is the page's own display of it.
    if (at.getElementsByTagName('img').length > 0) break;
    top = at;
  }
  return top;
}

/** Hidden by the page (MathML kept for screen readers beside an image of the formula): left as the page has it. */
function isHidden(element: Element): boolean {
  return (
    element.hasAttribute('hidden') ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(element.getAttribute('style') ?? '')
  );
}

/** Replaces a <math> element by its reading as inline markup (a block of its own when displayed as one). */
function replaceMath(doc: Document, math: Element): void {
  const target = outermostWrapper(math);
  for (let at: Element | null = math; at && at !== target.parentElement; at = at.parentElement)
    if (isHidden(at)) return;
  const display =
    math.getAttribute('display') === 'block' || math.getAttribute('mode') === 'display' || target.localName === 'div';
  const holder = doc.createElement(display ? 'div' : 'span');
  holder.append(...linear(doc, math, 0));
  // An empty reading (a formula of phantoms) still separates the words around it.
  if (!holder.textContent?.trim()) holder.append(' ');
  target.replaceWith(holder);
  // Typeset inline formulas are spaced by margins, so pages often run the next word on ("0and they are").
  const after = holder.nextSibling;
  if (!display && after?.nodeType === 3 && /^[\p{L}\p{N}]/u.test((after as Text).data)) holder.after(' ');
}

/** A MathJax 2 <script type="math/tex"> as its TeX, unless the typeset copy beside it carries MathML. */
function replaceTexScript(doc: Document, script: Element): void {
  const rendered: Element[] = [];
  for (let at = script.previousElementSibling; at && MATHJAX_RENDERED.test(at.getAttribute('class') ?? ''); ) {
    rendered.push(at);
    at = at.previousElementSibling;
  }
  const typesetAsMathMl = rendered.some((element) => element.getElementsByTagName('math').length > 0);
  if (typesetAsMathMl) {
    for (const element of rendered) if (/MathJax_Preview/.test(element.getAttribute('class') ?? '')) element.remove();
    script.remove();
    return;
  }
  for (const element of rendered) element.remove();
  const tex = (script.textContent ?? '').trim();
  const display = /mode\s*=\s*display/i.test(script.getAttribute('type') ?? '');
  const holder = doc.createElement(display ? 'div' : 'code');
  holder.textContent = tex;
  script.replaceWith(holder);
}

/** Makes the page's formulas readable text before Readability and the sanitizer see them. */
export function readableMath(doc: Document, maths: Element[], scripts: Element[]): void {
  for (const script of scripts) {
    if (script.isConnected && /^math\/tex\b/i.test(script.getAttribute('type')?.trim() ?? '')) {
      replaceTexScript(doc, script);
    }
  }
  for (const math of maths) {
    // Nested <math> (inside annotation-xml) went with its parent.
    if (math.isConnected) replaceMath(doc, math);
  }
}
