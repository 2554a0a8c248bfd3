import { cancelTypedAhead, startTypedAhead } from '../lib/typed-ahead.ts';
import type { UiStore } from './ui-store.ts';

/**
 * A dialog opening, or the search or save field asked for, keeps the keys typed until its field has the focus
 * (see typed-ahead.ts); a dialog closing with no field asked for lets them go their own way again.
 * Answers the unsubscribe.
 */
export function keepKeysForRequestedFields(store: UiStore): () => void {
  return store.subscribe((state, before) => {
    const fieldAsked =
      (state.dialog !== null && state.dialog !== before.dialog) ||
      state.searchFocus > before.searchFocus ||
      state.saveFieldFocus > before.saveFieldFocus;
    if (fieldAsked) startTypedAhead();
    else if (state.dialog === null && before.dialog !== null) cancelTypedAhead();
  });
}
