import { type RefObject, useEffect, useState } from 'react';

/**
 * After "Show more" the keyboard goes to the first item it added, not to a button that moved down the page.
 * Returns the function to call with the index of that item, before the items are added.
 */
export function useFocusAdded(list: RefObject<HTMLElement | null>, count: number): (index: number) => void {
  const [focusAt, setFocusAt] = useState<number | null>(null);
  useEffect(() => {
    if (focusAt === null || count <= focusAt) return;
    list.current?.children[focusAt]?.querySelector('button')?.focus();
    setFocusAt(null);
  }, [focusAt, count, list]);
  return setFocusAt;
}
