import { useMemo } from 'react';
import { cancelTypedAhead, startTypedAhead, takeTypedAhead } from './typed-ahead.ts';

/**
 * Keys typed before the field they are meant for is there ("Highlight + note" opens the note only once the highlight
 * is written): see typed-ahead.ts.
 */
export function useTypedAhead() {
  return useMemo(() => ({ start: startTypedAhead, cancel: cancelTypedAhead, take: takeTypedAhead }), []);
}
