import { APP_HOST, APP_SCHEME } from './constants.ts';

/**
 * Whether an IPC message comes from our own UI: the top frame of a page served from
 * app://annals/. Subframes (the article frame) and any other origin are refused.
 */
export function isTrustedSender(frameUrl: string | null | undefined, isMainFrame: boolean): boolean {
  if (!isMainFrame || typeof frameUrl !== 'string') return false;
  let parsed: URL;
  try {
    parsed = new URL(frameUrl);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === ''
  );
}
