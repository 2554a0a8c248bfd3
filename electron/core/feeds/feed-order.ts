import { sameFolder } from '../../contract/index.ts';

// The reader's order of feeds and folders: feeds keep the order of the list, folders their own list.

interface Placed {
  id: string;
  folderPath: string[];
}

const key = (path: readonly string[]) => path.join('\u0000');

/**
 * The list with one feed moved into a folder (top level: []), just before another feed of that folder,
 * or after its last feed when `beforeId` is null or not in that folder.
 */
export function placeFeed<T extends Placed>(
  feeds: readonly T[],
  id: string,
  folderPath: string[],
  beforeId: string | null,
): T[] {
  const moving = feeds.find((feed) => feed.id === id);
  if (!moving) return [...feeds];
  const rest = feeds.filter((feed) => feed.id !== id);
  const moved = { ...moving, folderPath };
  let at = rest.findIndex((feed) => feed.id === beforeId && sameFolder(feed.folderPath, folderPath));
  if (at === -1) {
    const lastInFolder = rest.findLastIndex((feed) => sameFolder(feed.folderPath, folderPath));
    at = lastInFolder === -1 ? rest.length : lastInFolder + 1;
  }
  return [...rest.slice(0, at), moved, ...rest.slice(at)];
}

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
