// The two plain pages of saving from the browser that the server writes itself: no script, nothing secret.

/** Pages without script: only their own inline style, in no frame. */
export const plainPageCsp =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function plainPage(title: string, paragraphs: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:32rem;padding:0 1rem;color:#222;background:#fdfcf9}h1{font-size:1.25rem}</style></head><body><h1>${title}</h1>${paragraphs.map((text) => `<p>${text}</p>`).join('')}</body></html>`;
}

/** What the bookmarklet's window says in a browser that was never connected (or whose token was renewed). */
export const notConnectedPage = plainPage('This browser is not connected to Annals', [
  'To save pages from this browser, open Annals, go to Settings › Save from your browser, and open the “Connect this browser” address here, once.',
  'If you renewed the save token in Annals, connect again the same way.',
]);

/** The answer to the connect address: the cookie that lets this browser save is set with it. */
export const connectedPage = plainPage('This browser is connected to Annals', [
  'The “Save to Annals” bookmarklet now saves pages from this browser while Annals runs. You can close this tab.',
  'No page you visit can read what connects it: it is kept where only Annals’ own pages reach it.',
]);
