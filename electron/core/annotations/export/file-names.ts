/** Names Windows keeps for devices, with or without an extension ("CON", "con.txt", "COM1"). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
/** Characters no file system accepts, plus # ^ [ ] which break Obsidian's links to a note. */
const FORBIDDEN = /[/\\:*?"<>|#^[\]]/g;
const MAX_CHARS = 100;
/** Most file systems cap a name at 255 bytes; leave room for " (99)" and the extension. */
const MAX_BYTES = 200;

/** A file name from a title that every system accepts, unique (ignoring case) within one export. */
export function safeFileNames(titles: string[], extension: string): string[] {
  const used = new Set<string>();
  return titles.map((title) => {
    const base = safeBase(title);
    let name = `${base}.${extension}`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} (${n}).${extension}`;
    used.add(name.toLowerCase());
    return name;
  });
}

function safeBase(title: string): string {
  const cleaned = title
    .normalize('NFC')
    .replace(FORBIDDEN, ' ')
    // Control characters, and the direction overrides that can disguise a name ("txt.exe" shown as "exe.txt").
    .replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\u2028\u2029]/gu, ' ')
    .replace(/\p{Surrogate}/gu, '')
    .replace(/\s+/g, ' ')
    // A leading dot hides the file on macOS and Linux.
    .replace(/^[. ]+/, '');
  const base = shorten(cleaned).replace(/[. ]+$/, '');
  if (!base || RESERVED.test(base)) return `Article ${base}`.trim();
  return base;
}

/** Cut by whole characters (never half an emoji), within both the character and the byte budget. */
function shorten(name: string): string {
  let out = '';
  let bytes = 0;
  for (const char of [...name].slice(0, MAX_CHARS)) {
    bytes += Buffer.byteLength(char);
    if (bytes > MAX_BYTES) break;
    out += char;
  }
  return out;
}
