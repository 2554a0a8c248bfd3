// The core without a library: what a shell can ask about pages it does not save (`annals extract`, `events`, `stories`).
import type { Envelope } from '../../contract/index.ts';
import { createDispatcher } from '../dispatcher.ts';
import { createPageHandlers } from './page-handlers.ts';

export interface PageTools {
  /** The contract's dispatcher; methods that need a library answer BAD_INPUT. */
  dispatch(method: string, input: unknown): Promise<Envelope<unknown>>;
}

/** `allowLocalNetwork`: addresses not typed by the reader may be on this computer or the local network too. */
export function openPageTools(options: { allowLocalNetwork?: boolean } = {}): PageTools {
  return { dispatch: createDispatcher(createPageHandlers(() => options.allowLocalNetwork === true)) };
}
