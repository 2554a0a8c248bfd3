// Runs a part of the README's "Command line" block as shown, in the README's order, against a fixture
// library of its own, each command checked for what its reader would see. The parts together are the
// whole block: a command added to the README without a check fails the part it falls in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annalsIn } from '../../helpers/cli.ts';
import { tempDir } from '../../helpers/library.ts';
import { floodReports, startFixtureSite, writeReadmeFiles } from './fixture-site.ts';
import { readmeCommands, shellWords } from './readme-block.ts';
import type { Check, Fixture } from './readme-fixture.ts';

/** The words `highlight --quote "exact words"` stands for: a sentence of the article `add` saves. */
export const QUOTE = 'Kremlin confirmed that president Vladimir Putin';

/** The first command of the README's second part (following feeds, the timeline, moving the library). */
export const FIRST_FEED_COMMAND = 'feed add https://example.com/';

/** The README's commands before `until` (the first part), or from `from` on (the second). */
function commandsOf(part: { from?: string; until?: string }): string[] {
  const commands = readmeCommands();
  const at = (command: string) => {
    const index = commands.indexOf(command);
    expect(index, `the README shows \`annals ${command}\``).toBeGreaterThanOrEqual(0);
    return index;
  };
  return commands.slice(part.from ? at(part.from) : 0, part.until ? at(part.until) : commands.length);
}

/** README words as the test runs them: the example site is the fixture site, `<id>` the article or story. */
function argvOf(command: string, fixture: Fixture, check: Check | undefined): string[] {
  const words = shellWords(command);
  return words.map((word, index) => {
    if (word === '<id>' || word === '[<id>]') {
      if (words[index - 1] === '--story') return fixture.storyId;
      return check?.id?.(fixture) ?? fixture.articleId;
    }
    if (word === '<versionId>') return fixture.versionId;
    if (word === 'exact words') return QUOTE;
    return word.replace('https://example.com', fixture.origin);
  });
}

/** The fixture library: the sample's five reports of the Kellbridge flood, tagged kellbridge, and one more article. */
async function openFixture(): Promise<{ fixture: Fixture; cleanup(): Promise<void> }> {
  const site = await startFixtureSite();
  const folders = [await tempDir(), await tempDir('annals-readme-work-')];
  const [library, work] = folders.map((folder) => folder.dir) as [string, string];
  const fixture: Fixture = {
    site,
    origin: site.origin,
    work,
    // As the test device: no command makes a device file in the home folder.
    env: { ANNALS_LIBRARY: library, ANNALS_ALLOW_PRIVATE_NETWORK: '1', ANNALS_DEVICE_ID: 'readmedevice' },
    articleId: '',
    spareId: '',
    storyId: '',
    versionId: '',
    copyId: '',
    libraryCount: 0,
  };
  const cleanup = async () => {
    await site.close();
    for (const folder of folders) await folder.cleanup();
  };
  await writeReadmeFiles(work, site.origin);
  const added = await annalsIn(
    ['add', ...floodReports.map((file) => `${site.origin}/sample/${file}`), '--json'],
    fixture.env,
  );
  expect(added.code).toBe(0);
  for (const line of added.stdout.trim().split('\n')) {
    expect((await annalsIn(['tag', JSON.parse(line).id, 'kellbridge'], fixture.env)).code).toBe(0);
  }
  // The one more article, for `delete` to take.
  const spare = await annalsIn(['add', `${site.origin}/rail-strike.html`, '--json'], fixture.env);
  fixture.spareId = JSON.parse(spare.stdout).id;
  fixture.libraryCount = floodReports.length + 1;
  return { fixture, cleanup };
}

/** Runs this part of the README's commands, one test each, with these checks (one per command, in order). */
export function describeReadmeCommands(
  title: string,
  part: { from?: string; until?: string },
  checks: Record<string, Check>,
): void {
  let opened: Awaited<ReturnType<typeof openFixture>> | null = null;
  beforeAll(async () => {
    opened = await openFixture();
  }, 120_000);
  afterAll(async () => {
    await opened?.cleanup();
  });

  describe(title, () => {
    it('shows only commands this test runs, and this test runs every command it shows', () => {
      expect(commandsOf(part)).toEqual(Object.keys(checks));
    });

    for (const command of commandsOf(part)) {
      const check = checks[command];
      it(
        `annals ${command}: ${check?.shows ?? 'has a check'}`,
        async () => {
          expect(check).toBeDefined();
          const { fixture } = opened!;
          const argv = argvOf(command, fixture, check);
          const result = check!.run
            ? await check!.run(argv, fixture)
            : await annalsIn(argv, fixture.env, { cwd: fixture.work });
          await check!.check(result, fixture);
        },
        check?.timeoutMs ?? 60_000,
      );
    }
  });
}
