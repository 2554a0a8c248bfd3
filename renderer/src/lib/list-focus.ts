/**
 * Moving through the list by key (j, k, Home, End) takes the keyboard's place to the list, as in a mail client: a
 * button the mouse left focused (Archive, a sidebar view) would otherwise take the next Enter, which presses a focused
 * button, and archive or switch views instead of opening the article just chosen.
 */
export function takeFocusToList(doc: Document = document): void {
  const list = doc.querySelector<HTMLElement>('[role="listbox"][aria-label="Articles"]');
  const active = doc.activeElement;
  if (!list || (active && list.contains(active))) return;
  list.focus({ preventScroll: true });
}
