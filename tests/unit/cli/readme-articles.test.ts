// The README's "Command line" block, first part: saving, reading, tagging, trashing, merging duplicates,
// highlighting and searching articles, each command run as shown and checked for what its reader would see.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { annalsIn } from '../helpers/cli.ts';
import { editedSeedArticle } from './support/fixture-site.ts';
import { duplicatesChecks } from './support/readme-duplicates.ts';
import { type Check, listed } from './support/readme-fixture.ts';
import { describeReadmeCommands, FIRST_FEED_COMMAND, QUOTE } from './support/readme-run.ts';

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
      fixture.site.edit('/story', editedSeedArticle);
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
};

describeReadmeCommands('the README’s command line block: articles', { until: FIRST_FEED_COMMAND }, checks);
