import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annalsIn } from '../helpers/cli.ts';
import { tempDir } from '../helpers/library.ts';

// The seed article as saved, and as its publisher edited it the next day (an editor's note, one word changed).
const seed = fileURLToPath(new URL('../../fixtures/pages/seed-article.html', import.meta.url));
const edited = fileURLToPath(new URL('../../fixtures/pages/seed-article-edited.html', import.meta.url));

let library: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  const temp = await tempDir();
  library = temp.dir;
  cleanup = temp.cleanup;
});
afterEach(() => cleanup());

const annals = (...args: string[]) => annalsIn(args, { ANNALS_LIBRARY: library });

interface Listed {
  versionId: string;
  savedAt: string;
  title: string;
  wordCount: number;
  current: boolean;
}

async function savedTwice(): Promise<{ id: string; versions: Listed[] }> {
  const { id } = JSON.parse((await annals('add', seed, '--json')).stdout);
  const again = JSON.parse((await annals('add', edited, '--json')).stdout);
  expect(again.id).toBe(id);
  const listed = await annals('versions', id, '--json');
  expect(listed.code).toBe(0);
  return { id, versions: JSON.parse(listed.stdout) };
}

describe('annals versions and show --version', () => {
  it('lists every text the article has had, newest first, the one shown now marked', async () => {
    const { versions } = await savedTwice();
    expect(versions.map((version) => Object.keys(version).sort())).toEqual([
      ['current', 'savedAt', 'title', 'versionId', 'wordCount'],
      ['current', 'savedAt', 'title', 'versionId', 'wordCount'],
    ]);
    expect(versions.map((version) => version.current)).toEqual([true, false]);
    expect(versions[0]!.savedAt >= versions[1]!.savedAt).toBe(true);
    // The editor's note added words.
    expect(versions[0]!.wordCount).toBeGreaterThan(versions[1]!.wordCount);
  });

  it('adds no version when the same text is saved again', async () => {
    const { id } = await savedTwice();
    await annals('add', edited);
    expect(JSON.parse((await annals('versions', id, '--json')).stdout)).toHaveLength(2);
  });

  it('prints one line per version for a reader, the one shown now said to be so', async () => {
    const { id, versions } = await savedTwice();
    const { code, stdout } = await annals('versions', id);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      new RegExp(
        `^${versions[0]!.versionId}  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d  \\d+ words  Kremlin.*\\(shown now\\)$`,
      ),
    );
    expect(lines[1]).toMatch(new RegExp(`^${versions[1]!.versionId}  .* words  Kremlin Confirms`));
    expect(lines[1]).not.toContain('shown now');
  });

  it('prints an earlier text as text, HTML or JSON, and the current text is the edited one', async () => {
    const { id, versions } = await savedTwice();
    const earlier = versions[1]!.versionId;
    const text = await annals('show', id, '--version', earlier, '--text');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Peskov told CNN');
    expect(text.stdout).not.toContain('Editor’s note');
    expect((await annals('show', id, '--text')).stdout).toContain('Peskov told reporters');

    const html = (await annals('show', id, '--version', earlier, '--html')).stdout;
    expect(html).toContain('<p>');
    expect(html).toContain('told CNN');

    const json = JSON.parse((await annals('show', id, '--version', earlier, '--json')).stdout);
    expect(json).toMatchObject({
      id,
      version: { versionId: earlier, current: false },
      text: text.stdout,
      metadata: { id, title: versions[1]!.title },
    });

    const human = (await annals('show', id, '--version', earlier)).stdout;
    expect(human).toContain(`Version ${earlier}`);
    expect(human).toContain('an earlier text');
  });

  it('says plainly when the article has no such version', async () => {
    const { id } = await savedTwice();
    const { code, stderr } = await annals('show', id, '--version', 'ffffffffffffffffffff', '--text');
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/no version ffffffffffffffffffff/);
  });
});
