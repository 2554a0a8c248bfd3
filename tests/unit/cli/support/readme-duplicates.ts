// The README's `annals duplicates` lines, checked against the fixture library once an older Annals (before a
// page had one key) has listed its first article a second time.
import { expect } from 'vitest';
import { annalsIn } from '../../helpers/cli.ts';
import { addOlderCopy } from './fixture-site.ts';
import { type Check, listed } from './readme-fixture.ts';

export const duplicatesChecks: Record<string, Check> = {
  'duplicates --json': {
    shows: 'names the page an older Annals listed twice, the copy saved first to keep',
    run: async (argv, fixture) => {
      const show = async (form: string) => (await annalsIn(['show', fixture.articleId, form], fixture.env)).stdout;
      const { url, title } = JSON.parse(await show('--json'));
      const kept = { url, title, text: await show('--text'), html: await show('--html') };
      fixture.copyId = await addOlderCopy(fixture.env, kept, 'newsletter');
      fixture.libraryCount++;
      return annalsIn(argv, fixture.env, { cwd: fixture.work });
    },
    check: async ({ code, stdout }, fixture) => {
      expect(code).toBe(0);
      const { url } = JSON.parse((await annalsIn(['show', fixture.articleId, '--json'], fixture.env)).stdout);
      expect(JSON.parse(stdout)).toEqual([{ keep: fixture.articleId, merge: [fixture.copyId], url }]);
      expect(await listed(fixture)).toHaveLength(fixture.libraryCount);
    },
  },
  'duplicates --merge': {
    shows: 'merges the copy into the article saved first, its tag with it, and puts the copy in the trash',
    check: async ({ code, stdout }, fixture) => {
      expect(code).toBe(0);
      expect(stdout).toMatch(
        new RegExp(
          `^Merged ${fixture.copyId} into ${fixture.articleId}  \\S+: 0 texts added as versions, 0 highlights moved, tags newsletter added\\n`,
        ),
      );
      expect(stdout).toMatch(
        /\nThe merged articles are in the trash, with everything they held; nothing was deleted\.\n$/,
      );
      fixture.libraryCount--;
      expect((await listed(fixture)).map((row) => row.id)).not.toContain(fixture.copyId);
      const kept = JSON.parse((await annalsIn(['show', fixture.articleId, '--json'], fixture.env)).stdout);
      expect(kept.tags).toEqual(['climate', 'long reads', 'newsletter']);
      expect(JSON.parse((await annalsIn(['duplicates', '--json'], fixture.env)).stdout)).toEqual([]);
    },
  },
};
