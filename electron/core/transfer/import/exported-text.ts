import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ArticleId } from '../../../contract/index.ts';
import { makePrivateFolder, PRIVATE_FILE_MODE } from '../../storage/private-files.ts';

/**
 * Article text an export carried (Omnivore's content/*.html, Wallabag's content), kept in the
 * library folder until the background work extracts and stores it: importing stays quick however
 * many articles carry text, and their images are fetched like any other article's.
 */
export class ExportedText {
  private readonly dir: string;

  constructor(libraryDir: string) {
    this.dir = join(libraryDir, 'import-text');
  }

  /**
   * A plain write, not a durable one: this is a copy of the export's own text, read back once. A copy a
   * crash tore fails extraction, and the article's address is fetched instead.
   */
  async keep(id: string, html: string | Uint8Array): Promise<void> {
    await makePrivateFolder(this.dir);
    await writeFile(this.path(id), html, { mode: PRIVATE_FILE_MODE });
  }

  async read(id: string): Promise<string | null> {
    try {
      return await readFile(this.path(id), 'utf8');
    } catch {
      return null;
    }
  }

  async drop(id: string): Promise<void> {
    await rm(this.path(id), { force: true });
  }

  private path(id: string): string {
    return join(this.dir, `${ArticleId.parse(id)}.html`);
  }
}
