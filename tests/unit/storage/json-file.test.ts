import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { z } from 'zod';
import { readJsonFile } from '../../../electron/core/storage/json-file.ts';
import { tempDir } from '../helpers/library.ts';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

it('refuses a file over its bound before reading it, naming its size and the bound', async () => {
  const temp = await tempDir();
  cleanup = temp.cleanup;
  const file = join(temp.dir, 'cache.json');
  await writeFile(file, JSON.stringify({ words: 'x'.repeat(3 * 1024 * 1024) }));
  const schema = z.object({ words: z.string() });
  expect(await readJsonFile(file, schema, { maxBytes: 2 * 1024 * 1024 })).toEqual({
    status: 'corrupt',
    reason: 'the file is 3.0 MB, more than the 2.0 MB it may be',
    tooLarge: true,
  });
  expect((await readJsonFile(file, schema, { maxBytes: 4 * 1024 * 1024 })).status).toBe('ok');
  expect(await readJsonFile(join(temp.dir, 'absent.json'), schema, { maxBytes: 1024 })).toEqual({ status: 'missing' });
});
