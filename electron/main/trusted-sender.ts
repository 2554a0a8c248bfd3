import { APP_HOST, APP_SCHEME } from './constants.ts';
import { parseOwnUrl } from './own-url.ts';

/**
 * Whether an IPC message comes from our own UI: the top frame of a page served from
 * app://annals/. Subframes (the article frame) and any other origin are refused.
 */
export function isTrustedSender(frameUrl: string | null | undefined, isMainFrame: boolean): boolean {
  if (!isMainFrame || typeof frameUrl !== 'string') return false;
  return parseOwnUrl(frameUrl, APP_SCHEME, APP_HOST) !== null;
}
