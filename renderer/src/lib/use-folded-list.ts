import { useState } from 'react';

/**
 * A list that shows its first `shown` items until asked for all: a story of hundreds of articles, an event that
 * dozens report. One or two more than `shown` are listed whole, since a button that reveals a line saves nothing.
 */
export function useFoldedList<T>(items: T[], shown: number) {
  const [showAll, setShowAll] = useState(false);
  const folds = items.length > shown + 2;
  return {
    all: items,
    visible: folds && !showAll ? items.slice(0, shown) : items,
    folds,
    showAll,
    toggle: () => setShowAll(!showAll),
  };
}
