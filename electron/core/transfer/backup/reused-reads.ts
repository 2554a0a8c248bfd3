import { open, readFile } from 'node:fs/promises';

/** Most article files are smaller than this; a larger one is read into a buffer of its own. */
const SLOT_BYTES = 256 * 1024;

/** A file's bytes, valid until released: the buffer holding them is then read into again. */
export interface ReadFile {
  bytes: Uint8Array;
  release(): void;
}

/**
 * Reads files into a few buffers used again and again. Read each into a buffer of its own, the
 * 400,000 files of a backup of 100,000 articles were gigabytes of buffers to collect, a hundred
 * megabytes and more of them awaiting collection at any moment.
 */
export class ReusedReads {
  private readonly free: Buffer[] = [];

  /** The file's bytes; null when it holds more than `maxBytes` (the caller streams it instead). */
  async read(path: string, maxBytes = Number.POSITIVE_INFINITY): Promise<ReadFile | null> {
    const handle = await open(path, 'r');
    let slot: Buffer | null = null;
    try {
      const { size } = await handle.stat();
      if (size > maxBytes) return null;
      if (size > SLOT_BYTES) return own(await handle.readFile());
      slot = this.free.pop() ?? Buffer.allocUnsafeSlow(SLOT_BYTES);
      let length = 0;
      for (;;) {
        const { bytesRead } = await handle.read(slot, length, SLOT_BYTES - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length === SLOT_BYTES) {
          // Grown since it was measured: read whole, as it now is.
          this.free.push(slot);
          slot = null;
          return own(await readFile(path));
        }
      }
      const taken = slot;
      slot = null;
      let released = false;
      return {
        bytes: taken.subarray(0, length),
        release: () => {
          if (released) return;
          released = true;
          this.free.push(taken);
        },
      };
    } finally {
      if (slot) this.free.push(slot);
      await handle.close();
    }
  }
}

function own(bytes: Uint8Array): ReadFile {
  return { bytes, release: () => {} };
}
