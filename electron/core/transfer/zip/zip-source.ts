import { open } from 'node:fs/promises';

/** Bytes of an archive read at any position: a file on disk, or bytes already in memory (an upload). */
export interface ZipSource {
  readonly size: number;
  /** Exactly `length` bytes from `position` (fewer only at the end of the archive). */
  read(position: number, length: number): Promise<Uint8Array>;
  close(): Promise<void>;
}

export function memorySource(bytes: Uint8Array): ZipSource {
  return {
    size: bytes.length,
    read: async (position, length) => bytes.subarray(position, position + length),
    close: async () => {},
  };
}

/** An archive on disk, read a piece at a time: only what is asked for is ever in memory. */
export async function openFileSource(path: string): Promise<ZipSource> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    return {
      size,
      async read(position, length) {
        const want = Math.max(0, Math.min(length, size - position));
        const buffer = Buffer.allocUnsafe(want);
        let got = 0;
        while (got < want) {
          const { bytesRead } = await handle.read(buffer, got, want - got, position + got);
          if (bytesRead === 0) break;
          got += bytesRead;
        }
        return buffer.subarray(0, got);
      },
      close: () => handle.close(),
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/**
 * Reads through a source in blocks: a zip's headers and small files lie one after another, so one
 * read of a block serves a hundred of them. Holds one block at a time.
 */
export class BlockReader {
  private start = 0;
  private block: Uint8Array = new Uint8Array(0);

  constructor(
    private readonly source: ZipSource,
    private readonly blockBytes = 1024 * 1024,
  ) {}

  async read(position: number, length: number): Promise<Uint8Array> {
    const offset = position - this.start;
    if (offset >= 0 && offset + length <= this.block.length) return this.block.subarray(offset, offset + length);
    if (length > this.blockBytes) return this.source.read(position, length);
    this.block = await this.source.read(position, this.blockBytes);
    this.start = position;
    return this.block.subarray(0, length);
  }
}
