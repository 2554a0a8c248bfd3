import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type ConflictCopy, parseConflictName } from './conflict-names.ts';
import type { ConflictRules } from './conflict-rules.ts';

/** A conflict copy found in the library, by paths relative to it (forward slashes). */
export interface FoundConflictCopy {
  copy: string;
  /** The file it is a copy of (a copy of a copy names the first file). */
  original: string;
  tool: ConflictCopy['tool'];
}

/** Folders of a library no sync tool should carry, where copies are never looked for. */
const SKIPPED_TOP_LEVEL = new Set(['corrupt', 'backups']);
/** A copy of a copy of a copy…: past this depth the name is left alone. */
const MAX_NESTING = 8;

/**
 * Every conflict copy in the library, or only in the folders `dirs` (relative paths, not their
 * subfolders) when given, e.g. the folders a watcher saw change. Hidden entries (`.annals`, the
 * sync tools' own files and temp files) and `corrupt/` and `backups/` are passed over.
 */
export async function findConflictCopies(
  libraryDir: string,
  rules: ConflictRules,
  options: { dirs?: Iterable<string> } = {},
): Promise<FoundConflictCopy[]> {
  const found: FoundConflictCopy[] = [];
  const recursive = options.dirs === undefined;
  const pending = recursive ? [''] : [...new Set(options.dirs)].map(normalize).filter(isSearched);
  while (pending.length > 0) {
    const dir = pending.pop()!;
    const entries = await readdir(join(libraryDir, dir), { withFileTypes: true }).catch(() => []);
    const names = new Set(entries.map((entry) => entry.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (recursive && isSearched(path)) pending.push(path);
      } else if (entry.isFile()) {
        const copy = copyOf(entry.name, dir, names, rules);
        if (copy)
          found.push({ copy: path, original: dir ? `${dir}/${copy.original}` : copy.original, tool: copy.tool });
      }
    }
  }
  return found.sort((a, b) => (a.copy < b.copy ? -1 : a.copy > b.copy ? 1 : 0));
}

/**
 * What `name` is a conflict copy of, following copies of copies down to the first file. The shapes
 * that are also ordinary names ("notes 2.json", "notes-LAPTOP.json") count only when the file they
 * would copy is one Annals writes and it is there.
 */
function copyOf(name: string, dir: string, siblings: Set<string>, rules: ConflictRules): ConflictCopy | null {
  const owned = (original: string) =>
    siblings.has(original) && rules.ruleFor(dir ? `${dir}/${original}` : original) !== undefined;
  let copy = parseConflictName(name, owned);
  if (!copy) return null;
  for (let depth = 0; depth < MAX_NESTING; depth++) {
    const deeper = parseConflictName(copy.original, owned);
    if (!deeper) return copy;
    copy = { original: deeper.original, tool: copy.tool };
  }
  return null;
}

function normalize(dir: string): string {
  return dir.replaceAll('\\', '/').replace(/^\/+|\/+$/g, '');
}

function isSearched(dir: string): boolean {
  const segments = dir.split('/');
  if (segments.some((segment) => segment === '..' || segment.startsWith('.'))) return false;
  return !SKIPPED_TOP_LEVEL.has(segments[0]!);
}
