import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

/**
 * Writes exported files: into the folder `out` (created if needed) for formats with one file per
 * article, else to the file `out`. File names come from the exporter, which keeps them safe; basename
 * is applied again so nothing lands outside the folder.
 */
export async function writeExport(
  out: string,
  asFolder: boolean,
  files: { fileName: string; content: string }[],
): Promise<string[]> {
  if (asFolder) {
    await mkdir(out, { recursive: true });
    const written: string[] = [];
    for (const file of files) {
      const target = join(out, basename(file.fileName));
      await writeFile(target, file.content);
      written.push(target);
    }
    return written;
  }
  const [file] = files;
  if (!file) return [];
  await writeFile(out, file.content);
  return [out];
}
