/** The UI is served from app://annals/ (a standard, secure custom scheme), never from file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'annals';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Stored article images: annals-asset://article/<article id>/assets/<sha256>.<ext>. */
export const ASSET_SCHEME = 'annals-asset';
export const ASSET_HOST = 'article';

/** The loopback server's port on the desktop; a fixed one keeps the bookmarklet working across launches. */
export const DEFAULT_SERVER_PORT = 47813;
