const MAX_URL_LENGTH = 8_192;

/**
 * Whether a link may be handed to the operating system's browser: http(s) only, a real host,
 * no embedded credentials (a classic way to disguise where a link goes), no control characters.
 */
export function isSafeExternalUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_URL_LENGTH) return false;
  // Whitespace or control characters are silently dropped by the URL parser; refuse instead of guessing.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  if (/[\u0000-\u0020\u007f-\u009f]/.test(url)) return false;
  // The parser forgives `https:example.com`, `http:///host` and backslashes; a link that needs forgiving is refused.
  if (!/^https?:\/\/[^/\\]/i.test(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  return parsed.hostname !== '';
}
