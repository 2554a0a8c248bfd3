// The installed `annals` command as a separate process: bin.mjs bundles the sources, runs a command, exits.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { tempDir } from '../helpers/library.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const seed = fileURLToPath(new URL('../../fixtures/pages/seed-article.html', import.meta.url));

let library: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  library = await tempDir();
});
afterAll(() => library.cleanup());

describe('the annals command as a process', () => {
  it('saves a page, lists it, and exits with the status of what it did', async () => {
    const env = { ANNALS_LIBRARY: library.dir };
    const saved = await runCli(['add', seed, '--json'], env);
    expect(saved.code).toBe(0);
    const { id } = JSON.parse(saved.stdout);
    const listed = await runCli(['list', '--json'], env);
    expect(JSON.parse(listed.stdout)).toEqual([expect.objectContaining({ id })]);
    const missing = await runCli(['show', 'nosuchid'], env);
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toMatch(/^annals: No article with id nosuchid/);
    // The first run bundles the sources: several seconds on a busy machine.
  }, 90_000);

  it('lists the library without loading what only saving, feeds, exports or timelines need', async () => {
    // Preloaded into the process: names every package the command imports, on stderr.
    const hook = `export async function resolve(specifier, context, next) {
      const resolved = await next(specifier, context);
      const name = /node_modules\\/((?:@[^/]+\\/)?[^/.][^/]*)/.exec(resolved.url)?.[1];
      if (name) process.stderr.write('loads ' + name + '\\n');
      return resolved;
    }`;
    const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});`;
    const child = spawnSync(
      process.execPath,
      ['--import', `data:text/javascript,${encodeURIComponent(register)}`, 'electron/cli/bin.mjs', 'list', '--json'],
      { cwd: root, encoding: 'utf8', env: { ...process.env, ANNALS_LIBRARY: library.dir } },
    );
    expect(child.status).toBe(0);
    const loaded = new Set([...child.stderr.matchAll(/^loads (.+)$/gm)].map((match) => match[1]));
    expect(loaded).toContain('zod');
    const heavy = [
      'jsdom',
      'linkedom',
      'dompurify',
      '@mozilla/readability',
      'feedsmith',
      'fast-xml-parser',
      'chrono-node',
      'compromise',
      'papaparse',
      'marked',
      'fflate',
    ];
    expect(heavy.filter((name) => loaded.has(name))).toEqual([]);
  });

  it('serve prints the address with its token on one line and stops on SIGTERM', async () => {
    const proc = spawn(process.execPath, ['electron/cli/bin.mjs', 'serve', '--port', '0', '--library', library.dir], {
      cwd: root,
    });
    const exited = new Promise<number | null>((resolve) => proc.on('exit', resolve));
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      proc.stdout.on('data', (chunk) => {
        out += chunk;
        if (out.includes('\n')) resolve(out);
      });
      proc.on('exit', (code) => reject(new Error(`exited ${code}`)));
    });
    proc.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(line).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+\n$/);
    // Browser mode reads articles' texts in a worker thread whose module is built beside the command's: without it,
    // the texts would be read on the thread that answers the window.
    const bundles = join(root, 'node_modules', '.cache', 'annals-cli');
    const built = readdirSync(bundles).filter((name) => !name.endsWith('.tmp'));
    expect(built.some((name) => existsSync(join(bundles, name, 'timeline-worker.js')))).toBe(true);
    // On a fresh clone, serve builds the app once before it answers.
  }, 180_000);
});
