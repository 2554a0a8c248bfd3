import { ASSET_SCHEME } from './constants.ts';

/**
 * The Content-Security-Policy header of every page served from app://annals/. Scripts only from
 * the app itself; images also from stored assets and data: URLs; the article frame is `about:srcdoc`.
 */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    `img-src 'self' ${ASSET_SCHEME}: data:`,
    "style-src 'self' 'unsafe-inline'",
    "frame-src 'self' about:",
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "connect-src 'self'",
  ].join('; ');
}

/** For stored images: nothing in them may run or load anything, even if opened on their own. */
export function assetContentSecurityPolicy(): string {
  return "default-src 'none'; style-src 'unsafe-inline'; sandbox";
}
