import { useEffect, useRef } from 'react';

/**
 * What Esc closes, innermost last: a panel or popover opened over the view registers itself while it is
 * open, so Esc closes it before the view behind it (the article) goes away. Dialogs handle their own Esc.
 */
const layers: { close: () => void }[] = [];

/** Closes the innermost open layer; answers whether there was one. */
export function closeInnermostLayer(): boolean {
  const layer = layers.at(-1);
  if (!layer) return false;
  layer.close();
  return true;
}

/** While `open`, Esc calls `onEscape` (the newest open layer first). */
export function useEscapeLayer(open: boolean, onEscape: () => void): void {
  const latest = useRef(onEscape);
  latest.current = onEscape;
  useEffect(() => {
    if (!open) return;
    const layer = { close: () => latest.current() };
    layers.push(layer);
    return () => {
      const at = layers.indexOf(layer);
      if (at !== -1) layers.splice(at, 1);
    };
  }, [open]);
}
