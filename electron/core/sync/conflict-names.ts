/**
 * The names sync tools give the copy they keep when two computers changed one file:
 *   Syncthing            notes.sync-conflict-20261202-101500-ABCDEF1.json
 *   Dropbox              notes (Ana's conflicted copy 2026-12-02).json
 *                        notes (conflicted copy 2026-12-02 101500).json
 *   Nextcloud, ownCloud  notes (conflicted copy 2026-12-02 101500).json
 *   OneDrive             notes-LAPTOP.json        (only recognised for names Annals writes)
 *   iCloud Drive         notes 2.json             (likewise)
 * Answers the name of the file it is a copy of, and which tool made it, or null.
 */
export interface ConflictCopy {
  /** The file name the copy stands for, in the same folder. */
  original: string;
  tool: 'syncthing' | 'dropbox' | 'nextcloud' | 'onedrive' | 'icloud';
}

const SYNCTHING = /^(.*)\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]{7}(\.[^.]*)?$/;
const DROPBOX_NAMED = /^(.*) \([^()]*'s conflicted copy \d{4}-\d{2}-\d{2}(?: \(\d+\))?\)(\.[^.]*)?$/;
const CONFLICTED_COPY = /^(.*) \(conflicted copy \d{4}-\d{2}-\d{2}(?: \d{6})?(?: \(\d+\))?\)(\.[^.]*)?$/;
const ICLOUD = /^(.*) \d{1,3}(\.[^.]*)?$/;

export function parseConflictName(
  name: string,
  isOwnedName: (name: string) => boolean = () => true,
): ConflictCopy | null {
  const syncthing = SYNCTHING.exec(name);
  if (syncthing) return { original: `${syncthing[1]}${syncthing[2] ?? ''}`, tool: 'syncthing' };
  const dropbox = DROPBOX_NAMED.exec(name);
  if (dropbox) return { original: `${dropbox[1]}${dropbox[2] ?? ''}`, tool: 'dropbox' };
  const copy = CONFLICTED_COPY.exec(name);
  if (copy) return { original: `${copy[1]}${copy[2] ?? ''}`, tool: 'nextcloud' };
  // The last two shapes are ordinary names too ("chapter 2.json"): a copy only of a file we write.
  const icloud = ICLOUD.exec(name);
  if (icloud) {
    const original = `${icloud[1]}${icloud[2] ?? ''}`;
    if (isOwnedName(original)) return { original, tool: 'icloud' };
  }
  // OneDrive appends "-<computer name>", which may hold dashes itself: try each dash.
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const extension = dot > 0 ? name.slice(dot) : '';
  for (let dash = stem.indexOf('-'); dash > 0; dash = stem.indexOf('-', dash + 1)) {
    const original = `${stem.slice(0, dash)}${extension}`;
    if (/^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$/.test(stem.slice(dash + 1)) && isOwnedName(original))
      return { original, tool: 'onedrive' };
  }
  return null;
}
