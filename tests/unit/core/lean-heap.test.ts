import { describe, expect, it } from 'vitest';
import { withLeanHeap } from '../../../electron/core/concurrency/lean-heap.ts';

const MB = 1024 * 1024;

/** Some 60 MB of objects that outlive a few young collections, as a library's opening leaves behind. */
function oldGarbage(): { drop: () => void } {
  let held: Array<{ id: number; text: string }> | null = [];
  for (let i = 0; i < 600_000; i++) held.push({ id: i, text: `entry ${i} `.repeat(4) });
  return {
    drop: () => {
      held = null;
    },
  };
}

describe('bulk work on a lean heap', () => {
  it('starts with a full collection, so garbage left by earlier work is given back before the backup adds its own', async () => {
    const garbage = oldGarbage();
    garbage.drop();
    const before = process.memoryUsage().heapUsed;
    const during = await withLeanHeap(async () => process.memoryUsage().heapUsed);
    expect(before - during).toBeGreaterThan(30 * MB);
  });

  it('answers what the work answers, nested or not, and passes its failure on', async () => {
    expect(await withLeanHeap(async () => withLeanHeap(async () => 'inner'))).toBe('inner');
    await expect(
      withLeanHeap(async () => {
        throw new Error('the disk is full');
      }),
    ).rejects.toThrow('the disk is full');
    expect(await withLeanHeap(async () => 42)).toBe(42);
  });
});
