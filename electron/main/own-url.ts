/**
 * `url` parsed when it is one of the app's own addresses (`scheme://host/…`, no user name or
 * password), else null: the one check behind serving the UI, serving stored images, trusting an
 * IPC sender and letting a frame navigate.
 */
export function parseOwnUrl(url: string, scheme: string, host: string): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const own =
    parsed.protocol === `${scheme}:` && parsed.host === host && parsed.username === '' && parsed.password === '';
  return own ? parsed : null;
}
