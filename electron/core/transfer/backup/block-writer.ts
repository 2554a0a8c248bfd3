import type { FileHandle } from 'node:fs/promises';

/** Bytes gathered before each write: one small write per zip header is slow. */
export const BLOCK_BYTES = 1024 * 1024;

/**
 * Bytes on their way to a file, gathered in one block made once and written when it is full. Headers
 * are filled in where they will be written, and small files copied in: a buffer of their own for each
 * header and kept for each file until its block was written, the 400,000 files of a large library made
 * as many buffers awaiting collection, a hundred megabytes and more beside the library's index.
 */
export class BlockWriter {
  private readonly block = Buffer.allocUnsafeSlow(BLOCK_BYTES);
  private used = 0;
  /** Bytes written to the file so far. */
  private flushed = 0;

  /** `positioned`: each write says where (the file is also read at positions meanwhile). */
  constructor(
    private readonly handle: FileHandle,
    private readonly positioned = false,
  ) {}

  /** Bytes written or gathered so far: where the next byte goes. */
  get position(): number {
    return this.flushed + this.used;
  }

  /** Bytes written to the file so far. */
  get written(): number {
    return this.flushed;
  }

  /**
   * Room for `length` bytes (at most a block) at the end: a view to fill in at once, before anything
   * else is written.
   */
  async reserve(length: number): Promise<Buffer> {
    if (length > BLOCK_BYTES) throw new RangeError(`${length} bytes do not fit in one block`);
    if (length > BLOCK_BYTES - this.used) await this.flush();
    const view = this.block.subarray(this.used, this.used + length);
    this.used += length;
    return view;
  }

  /** Appends bytes: copied into the block, or written as they are when a block could not hold them. */
  async copy(bytes: Uint8Array): Promise<void> {
    if (bytes.length > BLOCK_BYTES - this.used) await this.flush();
    if (bytes.length >= BLOCK_BYTES) {
      await this.write(bytes);
      return;
    }
    this.block.set(bytes, this.used);
    this.used += bytes.length;
  }

  /** Writes what the block gathered. */
  async flush(): Promise<void> {
    if (this.used === 0) return;
    const used = this.used;
    this.used = 0;
    await this.write(this.block.subarray(0, used));
  }

  private async write(bytes: Uint8Array): Promise<void> {
    const at = this.positioned ? this.flushed : null;
    const { bytesWritten } = await this.handle.write(bytes, 0, bytes.length, at);
    if (bytesWritten !== bytes.length)
      throw new Error(`the archive was written short (${bytesWritten} of ${bytes.length} bytes)`);
    this.flushed += bytes.length;
  }
}
