import { app, type Session, shell, type WebContents } from 'electron';
import { isSafeExternalUrl } from './external-links.ts';
import { navigationDecision } from './navigation.ts';
import { permissionGranted } from './permissions.ts';

/** Opens a validated http(s) link in the system browser; anything else is dropped. */
export function openOutside(url: string): void {
  if (!isSafeExternalUrl(url)) return;
  shell.openExternal(new URL(url).href).catch((error: unknown) => {
    console.warn(`Annals: could not open ${url} in the browser (${String(error)}).`);
  });
}

/** Every web contents, ours or any other: no webviews, no new windows, no navigation away. */
export function guardAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}

function guardWebContents(contents: WebContents): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    if (navigationDecision(event.url, true) === 'open-externally') openOutside(event.url);
  });
  // The main frame is will-navigate's business above; this one is for the article frame.
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame) return;
    const decision = navigationDecision(event.url, false);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-externally') openOutside(event.url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
}

/**
 * Annals needs no camera, microphone, location, notifications, clipboard reads, devices or downloads: only its own
 * UI writing the clipboard (permissions.ts). Chromium checks before it asks, so both handlers decide alike.
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(permissionGranted(permission, details.requestingUrl, details.isMainFrame)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    permissionGranted(permission, details.requestingUrl ?? requestingOrigin, details.isMainFrame),
  );
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event) => event.preventDefault());
}
