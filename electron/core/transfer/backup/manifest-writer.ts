// manifest.json written a file at a time as the backup goes, to a working file on disk: held in
// memory, the list of 400,000 files of a library of 100,000 articles would take a hundred megabytes
// as objects and as much again as text. Its shape is the one every Annals version reads (see
// manifest.ts), one file to a line.
import { type FileHandle, open } from 'node:fs/promises';
import { TEXT_BLOCK } from '../../storage/atomic-write.ts';
import { PRIVATE_FILE_MODE } from '../../storage/private-files.ts';
import type { ManifestHeader } from './manifest.ts';
import type { WrittenEntry } from './zip-writer.ts';

export class ManifestWriter {
  private pending: string[] = [];
  private pendingBytes = 0;
  private listed = 0;

  private constructor(
    readonly path: string,
    private readonly handle: FileHandle,
  ) {}

  /** Starts the manifest at `path` (a new file): its header, then the opening of its list of files. */
  static async create(path: string, header: ManifestHeader): Promise<ManifestWriter> {
    const handle = await open(path, 'wx', PRIVATE_FILE_MODE);
    const writer = new ManifestWriter(path, handle);
    writer.pending.push(`${JSON.stringify(header).slice(0, -1)},"files":[`);
    return writer;
  }

  async add(entry: WrittenEntry): Promise<void> {
    const { path, bytes, sha256 } = entry;
    const line = `${this.listed++ === 0 ? '' : ','}\n${JSON.stringify({ path, bytes, sha256 })}`;
    this.pending.push(line);
    this.pendingBytes += line.length;
    if (this.pendingBytes >= TEXT_BLOCK) await this.flush();
  }

  /** Closes the list and the file. */
  async finish(): Promise<void> {
    this.pending.push('\n]}\n');
    try {
      await this.flush();
    } finally {
      await this.handle.close();
    }
  }

  /** Closes the file, as it is, when the backup failed. */
  async abort(): Promise<void> {
    await this.handle.close().catch(() => {});
  }

  private async flush(): Promise<void> {
    const text = this.pending.join('');
    this.pending = [];
    this.pendingBytes = 0;
    await this.handle.write(text);
  }
}
