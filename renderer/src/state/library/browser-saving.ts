import type { ActionKit } from '../mutate.ts';
import { keys } from '../query-keys.ts';

/** Saving from the browser: the token the bookmarklet and connected browsers use. */
export function browserSavingActions({ client, ui, mutate }: ActionKit) {
  return {
    /** A new token for saving from the browser: every browser connected with the old one connects again. */
    async renewSaveToken() {
      await mutate({
        run: () => client.call('app.renewSaveToken', {}),
        refresh: [keys.info],
        done: () => ui.toast('Saving from the browser has a new token: connect your browsers again.'),
      });
    },
  };
}
