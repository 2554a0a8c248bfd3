import { isTrustedSender } from './trusted-sender.ts';

/**
 * Chromium's name for writing to the clipboard (navigator.clipboard.writeText): "Copy the note" on a highlight that
 * could not be saved. Chromium itself lets it run only from a user gesture, and writes text sanitized.
 */
export const CLIPBOARD_WRITE = 'clipboard-sanitized-write';

/**
 * Whether a page may have a web permission. Annals needs none but writing the clipboard, and only for its own UI
 * (the top frame of app://annals/): no camera, microphone, location, notifications, clipboard reads or devices, and
 * nothing at all for the article frame or any other page.
 */
export function permissionGranted(
  permission: string,
  requestingUrl: string | undefined,
  isMainFrame: boolean,
): boolean {
  return permission === CLIPBOARD_WRITE && isTrustedSender(requestingUrl, isMainFrame);
}
