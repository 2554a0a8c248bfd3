import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annalsIn } from '../helpers/cli.ts';
import { tempDir } from '../helpers/library.ts';

const seed = fileURLToPath(new URL('../../fixtures/pages/seed-article.html', import.meta.url));
const noArticle = fileURLToPath(new URL('../../fixtures/pages/landing-page.html', import.meta.url));

let library: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  const temp = await tempDir();
  library = temp.dir;
  cleanup = temp.cleanup;
});
afterEach(() => cleanup());

const annals = (...args: string[]) => annalsIn(args, { ANNALS_LIBRARY: library });

describe('the annals command', () => {
  it('adds a saved page and prints one JSON object for it', async () => {
    const { code, stdout } = await annals('add', seed, '--json');
    expect(code).toBe(0);
    const saved = JSON.parse(stdout);
    expect(saved).toMatchObject({
      input: seed,
      title: 'Kremlin Confirms Putin’s Ignore Russia-Ukraine Peace Talk Scheduled To Hold In Turkey',
      byline: 'Staff Reporter',
      siteName: 'World Desk Daily',
      lang: 'en',
    });
    expect(saved.publishedAt).toMatch(/^2025-05-15/);
    expect(Object.keys(saved).sort()).toEqual(
      ['input', 'byline', 'id', 'lang', 'publishedAt', 'savedAt', 'siteName', 'title', 'url', 'wordCount'].sort(),
    );
    expect(saved.wordCount).toBeGreaterThan(200);
  });

  it('lists the library as one JSON array and shows the exact stored text', async () => {
    const { id } = JSON.parse((await annals('add', seed, '--json')).stdout);
    const list = JSON.parse((await annals('list', '--json')).stdout);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id, state: 'unread', favorite: false, tags: [] });
    for (const key of ['url', 'title', 'siteName', 'publishedAt', 'savedAt', 'wordCount'])
      expect(list[0]).toHaveProperty(key);
    const text = (await annals('show', id, '--text')).stdout;
    expect(text).toMatch(/^Delegations arrive in Istanbul\.\n\nKremlin confirmed that president Vladimir Putin/);
    expect((await annals('show', id, '--html')).stdout).toContain('<p>');
    expect(JSON.parse((await annals('show', id, '--json')).stdout)).toMatchObject({ id, byline: 'Staff Reporter' });
  });

  it('prints one JSON line per input in input order, a failed input’s error in its place', async () => {
    const { code, stdout, stderr } = await annals('extract', seed, noArticle, 'no-such-file.html', seed, '--json');
    expect(code).toBe(1);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.input)).toEqual([seed, noArticle, 'no-such-file.html', seed]);
    expect(lines[0]).toMatchObject({ title: expect.stringMatching(/^Kremlin Confirms/), text: expect.any(String) });
    expect(lines[1]).toEqual({
      input: noArticle,
      error: { code: 'NOT_AN_ARTICLE', message: expect.stringMatching(/No article text found on that page/) },
    });
    expect(lines[2]).toEqual({ input: 'no-such-file.html', error: { code: 'NOT_FOUND', message: 'no such file' } });
    expect(lines[3]).toEqual(lines[0]);
    expect(stderr).toBe('');
  });

  it('saves several pages with one line each, and says which failed', async () => {
    const { code, stdout } = await annals('add', noArticle, seed, '--json');
    expect(code).toBe(1);
    const [failed, saved] = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(failed).toMatchObject({ input: noArticle, error: { code: 'NOT_AN_ARTICLE' } });
    expect(saved).toMatchObject({ input: seed, siteName: 'World Desk Daily' });
    const human = await annals('add', noArticle, seed);
    expect(human.code).toBe(1);
    expect(human.stdout).toMatch(/^Saved \w+ {2}Kremlin Confirms/);
    expect(human.stderr).toMatch(/^annals: .*landing-page\.html: No article text found on that page/);
  });

  it('saving the same page twice updates it instead of duplicating it', async () => {
    await annals('add', seed);
    await annals('add', seed);
    expect(JSON.parse((await annals('list', '--json')).stdout)).toHaveLength(1);
  });

  it('reads relative paths from the folder it runs in', async () => {
    const saved = await annalsIn(
      ['add', 'seed-article.html', '--json'],
      { ANNALS_LIBRARY: library },
      { cwd: `${seed}/..` },
    );
    expect(saved.code).toBe(0);
    expect(JSON.parse(saved.stdout).siteName).toBe('World Desk Daily');
  });

  it('answers bad input with a non-zero exit and one line naming the problem', async () => {
    const missing = await annals('add', 'no-such-file.html');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr.trim()).toBe('annals: no-such-file.html: no such file');
    const unknown = await annals('show', 'nosuchid');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    expect(unknown.stderr).toMatch(/No article with id nosuchid/);
    const usage = await annals('frobnicate');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/unknown command “frobnicate”/);
    const badFlag = await annals('list', '--colour');
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr.trim().split('\n')).toHaveLength(1);
    expect(badFlag.stderr).toMatch(/unknown option --colour/);
    expect((await annals('add', 'ftp://example.com/x')).stderr).toMatch(/Only http and https/);
  });

  it('prints its help, and asks for a command when given none', async () => {
    const help = await annals('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: annals <command>/);
    expect((await annals('list', '-h')).code).toBe(0);
    const none = await annals();
    expect(none.code).toBe(2);
    expect(none.stdout).toMatch(/^Usage: annals <command>/);
  });
});
