// The README's "Command line" block, second part: feeds, events and stories, importing, backing up and
// restoring, sync, moving the library and the app in a browser, each command run as shown and checked for
// what its reader would see.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, vi } from 'vitest';
import { run } from '../../../electron/cli/run.ts';
import { floodReports } from './support/fixture-site.ts';
import { type Check, listed } from './support/readme-fixture.ts';
import { describeReadmeCommands, FIRST_FEED_COMMAND } from './support/readme-run.ts';

const checks: Record<string, Check> = {
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
  'timeline --story <id> --json': {
    shows: 'prints the story’s timeline as one object: dated events, each citing its articles, found by id',
    check: ({ code, stdout }) => {
      expect(code).toBe(0);
      const timeline = JSON.parse(stdout) as {
        events: { date: string; sources: { articleId: string }[] }[];
        articles: Record<string, { title: string }>;
      };
      expect(timeline.events.length).toBeGreaterThan(0);
      const cited = timeline.events.flatMap((event) => event.sources.map((source) => source.articleId));
      expect(cited.length).toBeGreaterThan(timeline.events.length);
      for (const id of cited) expect(timeline.articles[id]?.title).toBeTruthy();
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
      // The stand-in writes its arguments through a shell redirect: the file is there, empty, a moment before they are.
      const opened = await vi.waitFor(
        async () => {
          const args = await readFile(join(fixture.work, 'browser-args.txt'), 'utf8');
          if (!args.endsWith('\n')) throw new Error('the browser is still writing its arguments');
          return args;
          // The stand-in is a shell started by the app: on a loaded machine it can take seconds to run.
        },
        { timeout: 15_000, interval: 50 },
      );
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

describeReadmeCommands(
  'the README’s command line block: feeds, timeline, import and the library',
  { from: FIRST_FEED_COMMAND },
  checks,
);
