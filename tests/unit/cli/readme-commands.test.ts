// Every command the README's "Command line" block shows, run as shown against a fixture library, checked
// for what its reader would see. A command added to the README without a check here fails this test.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../../electron/cli/run.ts';
import { annalsIn } from '../helpers/cli.ts';
import { tempDir } from '../helpers/library.ts';
import { editedSeedArticle, floodReports, startFixtureSite, writeReadmeFiles } from './support/fixture-site.ts';
import { readmeCommands, shellWords } from './support/readme-block.ts';
import { duplicatesChecks } from './support/readme-duplicates.ts';
import { type Check, type Fixture, listed } from './support/readme-fixture.ts';

const QUOTE = 'Kremlin confirmed that president Vladimir Putin';
const SEED_TITLE = 'Kremlin Confirms Putin’s Ignore Russia-Ukraine Peace Talk Scheduled To Hold In Turkey';

const checks: Record<string, Check> = {
  'add https://example.com/story': {
    shows: 'saves the page and names it',
    check: ({ code, stdout }, fixture) => {
      expect(code).toBe(0);
      const saved = new RegExp(
        `^Saved (\\w+)  ${SEED_TITLE.replace(/[()?]/g, '\\$&')} — World Desk Daily \\(\\d+ words\\)\\n$`,
      ).exec(stdout);
      expect(saved).not.toBeNull();
      fixture.articleId = saved![1]!;
      fixture.libraryCount++;
    },
  },
  'extract page.html --json': {
    shows: 'prints the article of a file without saving it',
    check: async ({ code, stdout }, fixture) => {
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toMatchObject({ title: SEED_TITLE, byline: 'Staff Reporter', lang: 'en' });
      expect(JSON.parse(stdout).text).toMatch(/Peskov told CNN/);
      expect(await listed(fixture)).toHaveLength(fixture.libraryCount);
    },
  },
  'list --json': {
    shows: 'prints the library as one JSON array',
    check: ({ code, stdout }, fixture) => {
      expect(code).toBe(0);
      const rows = JSON.parse(stdout);
      expect(rows).toHaveLength(fixture.libraryCount);
      expect(rows).toContainEqual(expect.objectContaining({ id: fixture.articleId, title: SEED_TITLE }));
    },
  },
  'show <id> --text': {
    shows: 'prints the stored text',
    check: ({ code, stdout }) => {
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Delegations arrive in Istanbul\.\n\nKremlin confirmed that president Vladimir Putin/);
    },
  },
  'versions <id> --json': {
    shows: 'lists the text saved first beneath the one saved after the publisher edited the page',
    run: async (argv, fixture) => {
      site.edit('/story', editedSeedArticle);
      expect((await annalsIn(['add', `${fixture.origin}/story`], fixture.env)).code).toBe(0);
      return annalsIn(argv, fixture.env, { cwd: fixture.work });
    },
    check: ({ code, stdout }, fixture) => {
      expect(code).toBe(0);
      const versions = JSON.parse(stdout) as { versionId: string; savedAt: string; current: boolean }[];
      expect(versions).toEqual([
        {
          versionId: expect.any(String),
          savedAt: expect.any(String),
          title: SEED_TITLE,
          wordCount: expect.any(Number),
          current: true,
        },
        {
          versionId: expect.any(String),
          savedAt: expect.any(String),
          title: SEED_TITLE,
          wordCount: expect.any(Number),
          current: false,
        },
      ]);
      expect(versions[0]!.savedAt >= versions[1]!.savedAt).toBe(true);
      fixture.versionId = versions[1]!.versionId;
    },
  },
  'show <id> --version <versionId> --text': {
    shows: 'prints the text as first saved, before the publisher’s edit',
    check: async ({ code, stdout }, fixture) => {
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Delegations arrive in Istanbul\.\n\nKremlin confirmed that president Vladimir Putin/);
      expect(stdout).toContain('Peskov told CNN');
      expect(stdout).not.toContain('Editor’s note');
      const current = (await annalsIn(['show', fixture.articleId, '--text'], fixture.env)).stdout;
      expect(current).toContain('Editor’s note');
      expect(current).toContain('Peskov told reporters');
    },
  },
  'tag <id> climate "long reads"': {
    shows: 'tags the article and prints its tags',
    check: ({ code, stdout }, fixture) => {
      expect(code).toBe(0);
      expect(stdout).toBe(`${fixture.articleId}  climate, long reads\n`);
    },
  },
  'archive <id>': {
    shows: 'archives the article and names it',
    check: async ({ code, stdout }, fixture) => {
      expect(code).toBe(0);
      expect(stdout).toBe(`Archived: ${fixture.articleId}  ${SEED_TITLE}\n`);
      const shown = JSON.parse((await annalsIn(['show', fixture.articleId, '--json'], fixture.env)).stdout);
      expect(shown).toMatchObject({ state: 'archived', tags: ['climate', 'long reads'] });
    },
  },
  'note <id> --text "Why I kept it"': {
    shows: 'writes the article’s note',
    check: async ({ code, stdout }, fixture) => {
      expect(code).toBe(0);
      expect(stdout).toBe(`Noted on ${fixture.articleId}\n`);
      expect((await annalsIn(['note', fixture.articleId], fixture.env)).stdout).toBe('Why I kept it\n');
    },
  },
  'delete <id>': {
    shows: 'moves the article to the trash and says so',
    id: (fixture) => fixture.spareId,
    check: async ({ code, stdout }, fixture) => {
      expect(code).toBe(0);
      expect(stdout).toBe(
        `Deleted ${fixture.spareId}  Rail strike called off after overnight talks (kept in the trash for 30 days)\n`,
      );
      fixture.libraryCount--;
      expect((await listed(fixture)).map((row) => row.id)).not.toContain(fixture.spareId);
    },
  },
  ...duplicatesChecks,
  'highlight <id> --quote "exact words" --note "why it matters" --color green': {
    shows: 'highlights the quoted words and says where they are',
    check: ({ code, stdout }) => {
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`^Highlighted \\w+  “${QUOTE}” at \\d+–\\d+\\n$`));
    },
  },
  'annotations [<id>] --json': {
    shows: 'lists the highlight with offsets into the stored text',
    check: async ({ code, stdout }, fixture) => {
      expect(code).toBe(0);
      const annotations = JSON.parse(stdout) as { kind: string; note: string; start: number; end: number }[];
      expect(annotations.filter((annotation) => annotation.kind === 'note').map((note) => note.note)).toEqual([
        'Why I kept it',
      ]);
      const [highlight, ...others] = annotations.filter((annotation) => annotation.kind === 'highlight');
      expect(others).toEqual([]);
      expect(highlight).toMatchObject({ exact: QUOTE, note: 'why it matters', color: 'green', orphaned: false });
      const text = (await annalsIn(['show', fixture.articleId, '--text'], fixture.env)).stdout;
      expect(text.slice(highlight!.start, highlight!.end)).toBe(QUOTE);
    },
  },
  'export annotations --format md --out notes/': {
    shows: 'writes one Markdown file per annotated article',
    check: async ({ code, stdout }, fixture) => {
      expect(code).toBe(0);
      expect(stdout).toBe('Wrote 1 file to notes/\n');
      const [file, ...others] = await readdir(join(fixture.work, 'notes'));
      expect(others).toEqual([]);
      const markdown = await readFile(join(fixture.work, 'notes', file!), 'utf8');
      expect(markdown).toMatch(/^---\n/);
      expect(markdown).toContain(`> ${QUOTE}`);
      expect(markdown).toContain('why it matters');
    },
  },
  'search flood \'"Old Mill Bridge"\' -ferry tag:kellbridge --json': {
    shows: 'finds the tagged flood report that names the bridge and never the ferry',
    check: async ({ code, stdout }, fixture) => {
      expect(code).toBe(0);
      const results = JSON.parse(stdout);
      expect(results.map((result: { title: string }) => result.title)).toEqual([expect.stringMatching(/scour/i)]);
      expect(results[0].snippet).toMatch(/flood|Old Mill Bridge/i);
      // The excluded word reached the search: without it, the reports that mention the ferry come back.
      const withFerry = await annalsIn(
        ['search', 'flood', '"Old Mill Bridge"', 'tag:kellbridge', '--json'],
        fixture.env,
      );
      expect(JSON.parse(withFerry.stdout).length).toBeGreaterThan(results.length);
    },
  },
  'feed add https://example.com/': {
    shows: 'follows the feed the site announces and stores its item',
    check: ({ code, stdout }, fixture) => {
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Following \w+ {2}Harbour Review: 1 new articles\n$/);
      fixture.libraryCount++;
    },
  },
  'feed import subscriptions.opml': {
    shows: 'follows the feeds of an OPML file',
    check: ({ code, stdout }) => {
      expect(code).toBe(0);
      expect(stdout).toBe('Following 1 new feeds. Fetch them with: annals feed refresh\n');
    },
  },
  'feed refresh': {
    shows: 'fetches every feed and says how many items each brought',
    check: ({ code, stdout }, fixture) => {
      expect(code).toBe(0);
      // Both feeds are fetched at once: their lines come in the order they finish.
      expect(stdout.trim().split('\n')).toHaveLength(2);
      expect(stdout).toMatch(/^\w+ {2}Harbour Review: 0 new$/m);
      expect(stdout).toMatch(/^\w+ {2}Kellbridge Crier: 1 new$/m);
      fixture.libraryCount++;
    },
  },
  'feed refresh --folder "News / Local"': {
    shows: 'fetches only the feeds of that folder',
    check: ({ code, stdout }) => {
      expect(code).toBe(0);
      expect(stdout).toMatch(/^\w+ {2}Kellbridge Crier: 0 new\n$/);
    },
  },
  'events page.html --json': {
    shows: 'prints the dated events of the page',
    check: ({ code, stdout }) => {
      expect(code).toBe(0);
      const printed = JSON.parse(stdout);
      expect(printed).toMatchObject({ input: 'page.html', publishedAt: expect.stringMatching(/^2025-05-15/) });
      expect(printed.events).toContainEqual(
        expect.objectContaining({ date: '2025-05-15', text: expect.stringMatching(/Peskov told CNN/) }),
      );
    },
  },
  'stories pages/ --json': {
    shows: 'groups the flood reports into one story and leaves the unrelated page alone',
    check: ({ code, stdout }) => {
      expect(code).toBe(0);
      const stories = JSON.parse(stdout) as { articles: string[]; events: { sources: string[] }[] }[];
      expect(stories.map((story) => story.articles.length).sort()).toEqual([1, 3]);
      expect(stories.find((story) => story.articles.length === 1)!.articles).toEqual(['pages/frogs.html']);
      expect(stories.find((story) => story.articles.length === 3)!.events.some((e) => e.sources.length > 1)).toBe(true);
    },
  },
  stories: {
    shows: 'lists the library’s stories: the flood’s five reports together, every other article alone',
    check: ({ code, stdout }, fixture) => {
      expect(code).toBe(0);
      const lines = stdout.trim().split('\n');
      expect(lines).toHaveLength(fixture.libraryCount - floodReports.length + 1);
      for (const line of lines) {
        expect(line).toMatch(/^story-[a-z0-9-]+ {2}.+ \((1 article|5 articles), \d+ events?\)$/);
      }
      const flood = /^(story-[a-z0-9-]+) {2}Old Mill Bridge.* \(5 articles, \d+ events\)$/m.exec(stdout);
      expect(flood).not.toBeNull();
      fixture.storyId = flood![1]!;
    },
  },
  'timeline --story <id> --format md': {
    shows: 'prints the story’s timeline as Markdown, dated headings with their sources',
    check: ({ code, stdout }) => {
      expect(code).toBe(0);
      expect(stdout).toMatch(/^# .+\n/);
      expect(stdout).toMatch(/\n## \d{1,2} May 2025\n/);
      expect(stdout).toContain('Valley Ledger');
    },
  },
  'import pocket-export.zip --json': {
    shows: 'imports the export and fetches its articles’ text before exiting',
    check: async ({ code, stdout, stderr }, fixture) => {
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toMatchObject({
        format: 'pocket',
        added: 2,
        fetch: { pending: 0, done: 2, failed: [] },
      });
      expect(stderr).toMatch(/Fetching imported articles: 2\/2/);
      fixture.libraryCount += 2;
      const titles = (await listed(fixture)).map((row) => row.title);
      expect(titles).toHaveLength(fixture.libraryCount);
      expect(titles).not.toContain(`${fixture.origin}/long-read.html`);
    },
  },
  'backup --out annals.zip': {
    shows: 'writes the whole library to one zip',
    check: ({ code, stdout }, fixture) => {
      expect(code).toBe(0);
      expect(stdout).toMatch(
        new RegExp(`^Backed up ${fixture.libraryCount} articles \\(\\d+ files, [\\d.]+ MB\\) to .*annals\\.zip\\n$`),
      );
    },
  },
  'restore annals.zip': {
    shows: 'merges the backup into the library in use, losing and duplicating nothing',
    check: async ({ code, stdout }, fixture) => {
      expect(code).toBe(0);
      expect(stdout).toBe(`Restored 0 articles, merged ${fixture.libraryCount} the library already had.\n`);
      expect(await listed(fixture)).toHaveLength(fixture.libraryCount);
    },
  },
  'sync status --json': {
    shows: 'names this device and the others that wrote to the library, with what was merged and what is arriving',
    check: ({ code, stdout }, fixture) => {
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toEqual({
        device: fixture.env.ANNALS_DEVICE_ID,
        devices: [],
        conflictsMerged: 0,
        arriving: 0,
      });
    },
  },
  'move-library Sync/Annals': {
    shows: 'moves the library into a new folder, keeps the old one aside and says how to open it from now on',
    check: async ({ code, stdout }, fixture) => {
      expect(code).toBe(0);
      const moved = join(fixture.work, 'Sync', 'Annals');
      const lines = stdout.trim().split('\n');
      expect(lines[0]).toMatch(new RegExp(`^Moved the library \\(\\d+ files, [\\d.]+ MB\\) to ${moved}$`));
      expect(lines[1]).toMatch(/^The old folder is kept as .*\.moved-\d{4}-\d\d-\d\d; remove it once/);
      // The fixture library came from ANNALS_LIBRARY, which still names the old folder.
      expect(lines[2]).toBe(`This library was chosen with --library or ANNALS_LIBRARY: give ${moved} from now on.`);
      fixture.env.ANNALS_LIBRARY = moved;
      expect(await listed(fixture)).toHaveLength(fixture.libraryCount);
    },
  },
  'serve --open': {
    shows: 'prints the app’s address with its token, opens it in a browser window and stops when asked',
    timeoutMs: 180_000,
    run: async (argv, fixture) => {
      const stop = new AbortController();
      let stdout = '';
      let stderr = '';
      let printed: () => void = () => {};
      const addressPrinted = new Promise<void>((resolve) => {
        printed = resolve;
      });
      const running = run(argv, {
        stdout: (text) => {
          stdout += text;
          printed();
        },
        stderr: (text) => {
          stderr += text;
        },
        // A stand-in browser that notes the window it was asked to open, on a display it does not need.
        env: {
          ...fixture.env,
          ANNALS_BROWSER: join(fixture.work, 'browser'),
          DISPLAY: ':0',
          XDG_CACHE_HOME: join(fixture.work, 'cache'),
        },
        cwd: fixture.work,
        onStop: (listener) => {
          stop.signal.addEventListener('abort', listener);
          return () => stop.signal.removeEventListener('abort', listener);
        },
      });
      await Promise.race([addressPrinted, running]);
      const url = stdout.trim();
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<div id="root">/);
      const opened = await vi.waitFor(() => readFile(join(fixture.work, 'browser-args.txt'), 'utf8'));
      expect(opened.split('\n')).toContain(`--app=${url}`);
      stop.abort();
      return { code: await running, stdout, stderr };
    },
    check: ({ code, stdout, stderr }) => {
      expect(stdout).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+\n$/);
      // Nothing to say, but that the app is built the first time on a fresh clone.
      expect(stderr.replace(/^annals: building the app once.*\n/, '')).toBe('');
      expect(code).toBe(0);
    },
  },
};

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

let site: Awaited<ReturnType<typeof startFixtureSite>>;
let folders: Awaited<ReturnType<typeof tempDir>>[] = [];
const fixture: Fixture = {
  origin: '',
  work: '',
  env: {},
  articleId: '',
  spareId: '',
  storyId: '',
  versionId: '',
  copyId: '',
  libraryCount: 0,
};

beforeAll(async () => {
  site = await startFixtureSite();
  folders = [await tempDir(), await tempDir('annals-readme-work-')];
  const [library, work] = folders.map((folder) => folder.dir) as [string, string];
  Object.assign(fixture, {
    origin: site.origin,
    work,
    // As the test device: no command makes a device file in the home folder.
    env: { ANNALS_LIBRARY: library, ANNALS_ALLOW_PRIVATE_NETWORK: '1', ANNALS_DEVICE_ID: 'readmedevice' },
  });
  await writeReadmeFiles(work, site.origin);
  // The fixture library: the sample's five reports of the Kellbridge flood, tagged kellbridge.
  const added = await annalsIn(
    ['add', ...floodReports.map((file) => `${site.origin}/sample/${file}`), '--json'],
    fixture.env,
  );
  expect(added.code).toBe(0);
  for (const line of added.stdout.trim().split('\n')) {
    expect((await annalsIn(['tag', JSON.parse(line).id, 'kellbridge'], fixture.env)).code).toBe(0);
  }
  // And one more article, for `delete` to take.
  const spare = await annalsIn(['add', `${site.origin}/rail-strike.html`, '--json'], fixture.env);
  fixture.spareId = JSON.parse(spare.stdout).id;
  fixture.libraryCount = floodReports.length + 1;
}, 120_000);

afterAll(async () => {
  await site.close();
  for (const folder of folders) await folder.cleanup();
});

describe('the README’s command line block', () => {
  it('shows only commands this test runs, and this test runs every command it shows', () => {
    expect(readmeCommands()).toEqual(Object.keys(checks));
  });

  for (const command of readmeCommands()) {
    const check = checks[command];
    it(
      `annals ${command}: ${check?.shows ?? 'has a check'}`,
      async () => {
        expect(check).toBeDefined();
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
