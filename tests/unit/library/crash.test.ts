import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../../../electron/core/library/library.ts';
import { extractedArticle, noImages, tempDir, testDevice } from '../helpers/library.ts';

let cleanup: () => Promise<void> = async () => {};
afterEach(() => cleanup());

const child = fileURLToPath(new URL('./write-burst-child.ts', import.meta.url));

describe('a crash during a burst of writes', () => {
  it('keeps every acknowledged write when the writer is killed with SIGKILL', async () => {
    const temp = await tempDir();
    cleanup = temp.cleanup;
    const seed = await Library.open(temp.dir, { device: testDevice });
    for (let n = 0; n < 5; n++) await seed.save(extractedArticle(n), { loadImage: noImages });
    await seed.close();

    const acknowledged = await new Promise<string[]>((resolve, reject) => {
      const proc = spawn(process.execPath, ['--import', 'tsx', child, temp.dir], { stdio: ['ignore', 'pipe', 'pipe'] });
      const lines: string[] = [];
      let buffer = '';
      let stderr = '';
      proc.stderr.on('data', (chunk) => {
        stderr += chunk;
      });
      proc.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const complete = buffer.split('\n');
        buffer = complete.pop() ?? '';
        lines.push(...complete.filter((line) => line !== 'ready'));
        if (lines.length >= 60 && !proc.killed) proc.kill('SIGKILL');
      });
      proc.on('exit', (_code, signal) => {
        if (signal === 'SIGKILL') resolve(lines);
        else reject(new Error(`the writer stopped by itself: ${stderr}`));
      });
    });

    const library = await Library.open(temp.dir, { device: testDevice });
    try {
      const lastProgress = new Map<string, number>();
      let saves = 0;
      for (const line of acknowledged) {
        const [kind, id, value] = line.split(' ');
        if (kind === 'saved') {
          saves++;
          expect(library.summary(id!).title).toMatch(/^Story number \d+$/);
        } else if (kind === 'progress') {
          lastProgress.set(id!, Number(value));
        }
      }
      expect(saves).toBeGreaterThan(5);
      // A later write may have landed without its acknowledgement being read; never an earlier one.
      for (const [id, progress] of lastProgress) expect(library.summary(id).progress).toBeGreaterThanOrEqual(progress);
    } finally {
      await library.close();
    }
  });
});
