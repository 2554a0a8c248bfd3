import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/library.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
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

function annals(...args: string[]) {
  const result = spawnSync(process.execPath, ['electron/cli/bin.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ANNALS_LIBRARY: library },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the annals command', () => {
  it('adds a saved page and prints one JSON object for it', () => {
    const { code, stdout } = annals('add', seed, '--json');
    expect(code).toBe(0);
    const saved = JSON.parse(stdout);
    expect(saved).toMatchObject({
      title: 'Kremlin Confirms Putin’s Ignore Russia-Ukraine Peace Talk Scheduled To Hold In Turkey',
      byline: 'Staff Reporter',
      siteName: 'World Desk Daily',
      lang: 'en',
    });
    expect(saved.publishedAt).toMatch(/^2025-05-15/);
    expect(Object.keys(saved).sort()).toEqual(
      ['byline', 'id', 'lang', 'publishedAt', 'savedAt', 'siteName', 'title', 'url', 'wordCount'].sort(),
    );
    expect(saved.wordCount).toBeGreaterThan(200);
  });

  it('lists the library as one JSON array and shows the exact stored text', () => {
    const { id } = JSON.parse(annals('add', seed, '--json').stdout);
    const list = JSON.parse(annals('list', '--json').stdout);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id, state: 'unread', favorite: false, tags: [] });
    for (const key of ['url', 'title', 'siteName', 'publishedAt', 'savedAt', 'wordCount'])
      expect(list[0]).toHaveProperty(key);
    const text = annals('show', id, '--text').stdout;
    expect(text).toMatch(/^Delegations arrive in Istanbul\.\n\nKremlin confirmed that president Vladimir Putin/);
    expect(annals('show', id, '--html').stdout).toContain('<p>');
    expect(JSON.parse(annals('show', id, '--json').stdout)).toMatchObject({ id, byline: 'Staff Reporter' });
  });

  it('prints one JSON object per line for several inputs and reports each failure on its own line', () => {
    const { code, stdout, stderr } = annals('extract', seed, noArticle, seed, '--json');
    expect(code).toBe(1);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toHaveProperty('text');
    expect(lines[0]).toHaveProperty('html');
    expect(stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/landing-page\.html: No article text found on that page/),
    ]);
  });

  it('saving the same page twice updates it instead of duplicating it', () => {
    annals('add', seed);
    annals('add', seed);
    expect(JSON.parse(annals('list', '--json').stdout)).toHaveLength(1);
  });

  it('answers bad input with a non-zero exit and one line naming the problem', () => {
    const missing = annals('add', 'no-such-file.html');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr.trim()).toBe('annals: no-such-file.html: no such file');
    const unknown = annals('show', 'nosuchid');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    expect(unknown.stderr).toMatch(/No article with id nosuchid/);
    const usage = annals('frobnicate');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/unknown command “frobnicate”/);
    const badFlag = annals('list', '--colour');
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr.trim().split('\n')).toHaveLength(1);
    expect(annals('add', 'ftp://example.com/x').stderr).toMatch(/Only http and https/);
  });

  it('serve prints the address with its token on one line', async () => {
    const proc = spawn(process.execPath, ['electron/cli/bin.mjs', 'serve', '--port', '0', '--library', library], {
      cwd: root,
    });
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      proc.stdout.on('data', (chunk) => {
        out += chunk;
        if (out.includes('\n')) resolve(out);
      });
      proc.on('exit', (code) => reject(new Error(`exited ${code}`)));
    });
    await new Promise((resolve) => {
      proc.on('exit', resolve);
      proc.kill('SIGTERM');
    });
    expect(line).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+\n$/);
  });
});
