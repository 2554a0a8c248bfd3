import { sameFolder } from '../../contract/index.ts';

// The reader's order of folders: a list of their own; folders never ordered come after, as their feeds appear.

interface Placed {
  id: string;
  folderPath: string[];
}

const key = (path: readonly string[]) => path.join('\u0000');

/** The folders that hold feeds, in the reader's order; folders never ordered come last, as they appear. */
export function foldersInOrder(feeds: readonly Placed[], ordered: readonly string[][]): string[][] {
  const used = new Map<string, string[]>();
  for (const feed of feeds) if (feed.folderPath.length > 0) used.set(key(feed.folderPath), feed.folderPath);
  const result = ordered.filter((path) => used.delete(key(path)));
  return [...result, ...used.values()];
}

/** The folder order with one folder moved just before another (to the end when `before` is null). */
export function placeFolder(order: readonly string[][], path: string[], before: string[] | null): string[][] {
  const rest = order.filter((existing) => !sameFolder(existing, path));
  const at = before ? rest.findIndex((existing) => sameFolder(existing, before)) : -1;
  return at === -1 ? [...rest, path] : [...rest.slice(0, at), path, ...rest.slice(at)];
}
