// A page that nests its elements thousands deep (a hostile page, or a broken generator) is read as browsers read it:
// content past a depth is kept, its wrappers are not. Readability's time grows with the cube of the nesting (a 30 KB
// page 2,000 deep took 23 s, 10,000 deep overflowed the stack); news pages nest 20 to 60 deep, and Chromium's parser
// stops nesting at 512.

/**
 * Elements nested deeper than this that hold other elements are unwrapped; their content stays, one level up. An
 * element holding text only (a link, a paragraph's words) is kept, so the tree is at most one level deeper.
 */
export const DEEPEST_NESTING = 256;

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
  // Deepest first within each chain (a child is found after its parent), so each unwrap moves what is left of it.
  for (let index = tooDeep.length - 1; index >= 0; index--) {
    const element = tooDeep[index]!;
    const parent = element.parentNode;
    if (!parent) continue;
    while (element.firstChild) parent.insertBefore(element.firstChild, element);
    element.remove();
  }
  return tooDeep.length;
}
