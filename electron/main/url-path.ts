import path from 'node:path';

/** Characters no served file name contains: separators, drive colons, escapes and control characters. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const FORBIDDEN_IN_SEGMENT = /[\u0000-\u001f\u007f/\\:%]/;

/**
 * Decodes the segments of a URL path for use as a relative file path, or answers null when any
 * segment could climb out of its folder: `.`/`..` (also percent-encoded), encoded separators, NUL,
 * drive letters, empty segments, or names Windows would silently trim (trailing dot or space).
 */
export function decodePathSegments(pathname: string): string[] | null {
  if (!pathname.startsWith('/')) return null;
  const raw = pathname.slice(1).split('/');
  const segments: string[] = [];
  for (const part of raw) {
    let segment: string;
    try {
      segment = decodeURIComponent(part);
    } catch {
      return null;
    }
    if (segment === '' || /^\.+$/.test(segment) || FORBIDDEN_IN_SEGMENT.test(segment)) return null;
    if (segment.endsWith('.') || segment.endsWith(' ')) return null;
    segments.push(segment);
  }
  return segments;
}

/** Joins checked segments under a root folder, refusing (null) anything that would land outside it. */
export function joinInside(rootDir: string, segments: readonly string[]): string | null {
  const root = path.resolve(rootDir);
  const joined = path.resolve(root, ...segments);
  const relative = path.relative(root, joined);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return joined;
}
