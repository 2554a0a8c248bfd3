import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { type ApiClient, errorMessage } from '../api/client.ts';
import type { UiActions, UiStore } from './ui-store.ts';

/** How a change is taken back: said on the toast, undone by one call. */
export interface Undo {
  label: string;
  run(): Promise<unknown>;
}

/** One change the reader asks for. */
export interface Change<T> {
  /** The calls that make it; their answer is what `done` and `undo` get. */
  run(): Promise<T>;
  /** What to read again once it is made (and once it is undone); the kit's default when left out. */
  refresh?: readonly QueryKey[];
  /** Says what happened, once what shows it has been read again. */
  done?(result: T): void;
  /** Offers an Undo for it (a toast with an Undo button, and `u`); null for none. */
  undo?(result: T): Undo | null;
  /** Says a failure itself, in place of the plain error toast (one that must keep the reader's words). */
  failed?(message: string): void;
}

export interface ActionKit {
  client: ApiClient;
  ui: UiActions;
  queryClient: QueryClient;
  store: UiStore;
  /** Runs work for the reader; a failure is said in the status area in words (or to `failed`), and answers undefined. */
  attempt<T>(work: () => Promise<T>, failed?: (message: string) => void): Promise<T | undefined>;
  /** Makes a change, reads again what shows it, says so and offers Undo; a failure is said, never thrown. */
  mutate<T>(change: Change<T>): Promise<T | undefined>;
  /** Reads these queries again (all at once). */
  invalidate(keys: readonly QueryKey[]): Promise<void>;
}

/** What every action module shares; `refresh` is what a change reads again unless it says otherwise. */
export function actionKit(
  services: Pick<ActionKit, 'client' | 'ui' | 'queryClient' | 'store'>,
  refresh: readonly QueryKey[],
): ActionKit {
  const { ui, queryClient } = services;

  async function attempt<T>(work: () => Promise<T>, failed?: (message: string) => void): Promise<T | undefined> {
    try {
      return await work();
    } catch (error) {
      if (failed) failed(errorMessage(error));
      else ui.toast(errorMessage(error), 'error');
      return undefined;
    }
  }

  async function invalidate(keys: readonly QueryKey[]): Promise<void> {
    await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
  }

  function mutate<T>(change: Change<T>): Promise<T | undefined> {
    const keys = change.refresh ?? refresh;
    return attempt(async () => {
      const result = await change.run();
      await invalidate(keys);
      change.done?.(result);
      const undo = change.undo?.(result);
      if (undo) {
        ui.pushUndo(undo.label, async () => {
          await attempt(async () => {
            await undo.run();
            await invalidate(keys);
          });
        });
      }
      return result;
    }, change.failed);
  }

  return { ...services, attempt, mutate, invalidate };
}
