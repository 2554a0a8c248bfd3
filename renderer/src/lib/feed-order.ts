import { sameFolder } from '../../../electron/contract/model.ts';

// Where a feed or folder lands when it is dropped, or moved up or down from the keyboard.

export interface PlacedFeed {
  id: string;
  folderPath: string[];
}

export type Dragged = { kind: 'feed'; id: string } | { kind: 'folder'; path: string[] };

/** Dropped on a feed or folder (in its upper half, or `after` it), or on the list's heading (the top level). */
export type DropTarget =
  | { kind: 'feed'; id: string; after: boolean }
  | { kind: 'folder'; path: string[]; after: boolean }
  | { kind: 'top' };

export type Move =
  | { kind: 'feed'; id: string; folderPath: string[]; beforeId: string | null }
  | { kind: 'folder'; path: string[]; before: string[] | null };

/** The move a drop asks for, or null when it means nothing (a folder dropped on a feed). */
export function dropMove(
  dragged: Dragged,
  target: DropTarget,
  feeds: readonly PlacedFeed[],
  folders: readonly string[][],
): Move | null {
  if (dragged.kind === 'feed') {
    if (target.kind === 'top') {
      const first = feeds.find((feed) => feed.folderPath.length === 0 && feed.id !== dragged.id);
      return { kind: 'feed', id: dragged.id, folderPath: [], beforeId: first?.id ?? null };
    }
    if (target.kind === 'folder') return { kind: 'feed', id: dragged.id, folderPath: target.path, beforeId: null };
    const onto = feeds.find((feed) => feed.id === target.id);
    if (!onto || onto.id === dragged.id) return null;
    const siblings = feeds.filter((feed) => sameFolder(feed.folderPath, onto.folderPath) && feed.id !== dragged.id);
    const beforeId = target.after ? (siblings[siblings.indexOf(onto) + 1]?.id ?? null) : onto.id;
    return { kind: 'feed', id: dragged.id, folderPath: onto.folderPath, beforeId };
  }
  if (target.kind !== 'folder' || sameFolder(target.path, dragged.path)) return null;
  const others = folders.filter((path) => !sameFolder(path, dragged.path));
  const at = others.findIndex((path) => sameFolder(path, target.path));
  const before = target.after ? (others[at + 1] ?? null) : target.path;
  return { kind: 'folder', path: dragged.path, before };
}

/** Moving a feed one place up or down within its folder (null at either end). */
export function stepFeed(feeds: readonly PlacedFeed[], id: string, step: -1 | 1): Move | null {
  const feed = feeds.find((candidate) => candidate.id === id);
  if (!feed) return null;
  const siblings = feeds.filter((candidate) => sameFolder(candidate.folderPath, feed.folderPath));
  const at = siblings.indexOf(feed);
  if (step === -1) {
    return at <= 0 ? null : { kind: 'feed', id, folderPath: feed.folderPath, beforeId: siblings[at - 1]!.id };
  }
  if (at === siblings.length - 1) return null;
  return { kind: 'feed', id, folderPath: feed.folderPath, beforeId: siblings[at + 2]?.id ?? null };
}

/** Moving a folder one place up or down (null at either end). */
export function stepFolder(folders: readonly string[][], path: string[], step: -1 | 1): Move | null {
  const at = folders.findIndex((candidate) => sameFolder(candidate, path));
  if (at === -1) return null;
  if (step === -1) return at === 0 ? null : { kind: 'folder', path, before: folders[at - 1]! };
  if (at === folders.length - 1) return null;
  return { kind: 'folder', path, before: folders[at + 2] ?? null };
}
