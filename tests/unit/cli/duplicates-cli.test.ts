import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annalsIn } from '../helpers/cli.ts';
import { writeDuplicatePair } from '../helpers/duplicates.ts';
import { tempDir } from '../helpers/library.ts';

let library: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  const temp = await tempDir();
  library = temp.dir;
  cleanup = temp.cleanup;
});
afterEach(() => cleanup());

const annals = (...args: string[]) => annalsIn(args, { ANNALS_LIBRARY: library });

// The first run loads the CLI's modules cold: on a busy machine that alone can take seconds.
describe('annals duplicates', { timeout: 30_000 }, () => {
  it('lists each page saved twice as the article to keep and those to merge into it', async () => {
    const { kept, other } = await writeDuplicatePair(library);
    const { code, stdout } = await annals('duplicates', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([{ keep: kept, merge: [other], url: 'https://example.com/news/ferry' }]);
    // Listing writes nothing: both are still in the library.
    expect(JSON.parse((await annals('list', '--json')).stdout)).toHaveLength(2);
  });

  it('merges with --merge, says what it did, and finds nothing to merge afterwards', async () => {
    const { kept, other } = await writeDuplicatePair(library);
    await annals('tag', other, 'ferries');
    const merged = await annals('duplicates', '--merge');
    expect(merged.code).toBe(0);
    expect(merged.stdout).toContain(`Merged ${other} into ${kept}`);
    expect(merged.stdout).toContain('1 text added as versions');
    expect(merged.stdout).toContain('tags ferries added');

    const listed = JSON.parse((await annals('list', '--json')).stdout) as { id: string; tags: string[] }[];
    expect(listed.map((article) => [article.id, article.tags])).toEqual([[kept, ['ferries']]]);
    expect(JSON.parse((await annals('versions', kept, '--json')).stdout)).toHaveLength(2);

    expect(JSON.parse((await annals('duplicates', '--json')).stdout)).toEqual([]);
    const again = await annals('duplicates', '--merge', '--json');
    expect(JSON.parse(again.stdout)).toEqual([]);
    expect((await annals('duplicates')).stdout).toContain('No duplicate articles.');
  });
});
