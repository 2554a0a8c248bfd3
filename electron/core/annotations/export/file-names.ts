const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
const MAX_LENGTH = 100;

/** A file name from a title that every system accepts, unique within one export. */
export function safeFileNames(titles: string[], extension: string): string[] {
  const used = new Set<string>();
  return titles.map((title) => {
    let base = title
      .normalize('NFC')
      .replace(/[/\\:*?"<>|]/g, ' ')
      .replace(/\p{Cc}/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, MAX_LENGTH)
      .replace(/[. ]+$/, '');
    if (!base || RESERVED.test(base)) base = `Article ${base}`.trim();
    let name = `${base}.${extension}`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} (${n}).${extension}`;
    used.add(name.toLowerCase());
    return name;
  });
}
