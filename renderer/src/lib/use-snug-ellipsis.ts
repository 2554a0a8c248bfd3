import { type RefObject, useLayoutEffect } from 'react';

/**
 * Narrows a one-line, `text-overflow: ellipsis` element to where its cut text and its "…" end. The browser
 * cuts at a whole letter and leaves the rest of the box empty (up to a letter's width, more after a
 * space), so whatever follows the element would stand apart from the "…". Measured again when the
 * row it sits in changes width, its `text` changes or the fonts arrive.
 */
export function useSnugEllipsis(element: RefObject<HTMLElement | null>, text: string): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: measured again when the text changes
  useLayoutEffect(() => {
    const target = element.current;
    const row = target?.parentElement;
    if (!target || !row || typeof ResizeObserver !== 'function') return;
    const snug = () => {
      target.style.maxWidth = '';
      const end = snugEnd(target);
      if (end !== null) target.style.maxWidth = `${end}px`;
    };
    const observer = new ResizeObserver(snug);
    observer.observe(row);
    let live = true;
    void document.fonts?.ready.then(() => live && snug());
    return () => {
      live = false;
      observer.disconnect();
      target.style.maxWidth = '';
    };
  }, [element, text]);
}

/** The width that holds the letters the browser shows and the "…" after them; null when nothing is cut. */
function snugEnd(target: HTMLElement): number | null {
  if (target.scrollWidth <= target.clientWidth) return null;
  const text = target.firstChild;
  if (!(text instanceof Text)) return null;
  const box = target.getBoundingClientRect();
  const style = getComputedStyle(target);
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return null;
  context.font = style.font;
  const ellipsis = context.measureText('…').width;
  const room = box.right - (Number.parseFloat(style.paddingRight) || 0) - ellipsis;
  const range = document.createRange();
  let lastShown = -1;
  for (let index = 0; index < text.length; index++) {
    range.setStart(text, index);
    range.setEnd(text, index + 1);
    const right = range.getBoundingClientRect().right;
    if (right > room + 0.5) break;
    // A space before the cut would stand between the last word and the "…": the cut goes before it.
    if (text.data[index]?.trim()) lastShown = right;
  }
  if (lastShown < 0) return null;
  // Half a pixel to spare keeps the last letter in; less than a space, so a space after it stays out.
  return Math.ceil(lastShown - box.left + ellipsis + (Number.parseFloat(style.paddingRight) || 0) + 0.5);
}
