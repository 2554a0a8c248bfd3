import { errorMessage } from '../api/client.ts';
import type { UiActions } from './ui-store.ts';

/** Runs work for the reader; a failure is said in the status area in words, and answers undefined. */
export function attempter(ui: Pick<UiActions, 'toast'>) {
  return async function attempt<T>(work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await work();
    } catch (error) {
      ui.toast(errorMessage(error), 'error');
      return undefined;
    }
  };
}
