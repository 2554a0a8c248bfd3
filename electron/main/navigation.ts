import { APP_HOST, APP_SCHEME } from './constants.ts';
import { isSafeExternalUrl } from './external-links.ts';
import { parseOwnUrl } from './own-url.ts';

export type NavigationDecision = 'allow' | 'deny' | 'open-externally';

/**
 * What to do when a page tries to navigate. The app's own page never navigates away: a plain
 * http(s) link goes to the system browser instead. The article frame may load its srcdoc or a
 * page of the app; a link clicked inside it (it runs no script, so only the reader can click)
 * opens outside too.
 */
export function navigationDecision(url: string, isMainFrame: boolean): NavigationDecision {
  if (!isMainFrame && (url === 'about:srcdoc' || url === 'about:blank' || parseOwnUrl(url, APP_SCHEME, APP_HOST))) {
    return 'allow';
  }
  return isSafeExternalUrl(url) ? 'open-externally' : 'deny';
}
