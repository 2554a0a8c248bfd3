import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annalsIn } from '../helpers/cli.ts';
import { tempDir } from '../helpers/library.ts';

const seed = fileURLToPath(new URL('../../fixtures/pages/seed-article.html', import.meta.url));
const longRead = fileURLToPath(new URL('../../fixtures/pages/long-read.html', import.meta.url));

let library: Awaited<ReturnType<typeof tempDir>>;
let ids: string[] = [];
const annals = (...args: string[]) => annalsIn(args, { ANNALS_LIBRARY: library.dir });
const stateOf = async (id: string) => {
  const { state, favorite } = JSON.parse((await annals('show', id, '--json')).stdout);
  return { state, favorite };
};

beforeAll(async () => {
  library = await tempDir();
  const added = await annals('add', seed, longRead, '--json');
  ids = added.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line).id);
}, 60_000);
afterAll(() => library.cleanup());

describe('article states, notes and deleting from the command line', () => {
  it('archives, moves back to the Inbox, marks read and unread, favorites and unfavorites', async () => {
    const [id] = ids as [string];
    expect((await annals('read', id)).stdout).toMatch(new RegExp(`^Marked read: ${id}  Kremlin Confirms`));
    expect(await stateOf(id)).toEqual({ state: 'read', favorite: false });
    expect((await annals('archive', id)).code).toBe(0);
    expect(await stateOf(id)).toEqual({ state: 'archived', favorite: false });
    expect((await annals('unarchive', id)).stdout).toMatch(/^Moved to the Inbox: /);
    expect(await stateOf(id)).toEqual({ state: 'read', favorite: false });
    expect((await annals('favorite', id)).code).toBe(0);
    expect((await annals('unread', id)).code).toBe(0);
    expect(await stateOf(id)).toEqual({ state: 'unread', favorite: true });
    expect((await annals('unfavorite', id)).stdout).toMatch(/^No longer a favorite: /);
    expect(await stateOf(id)).toEqual({ state: 'unread', favorite: false });
  });

  it('changes several articles with one JSON line each, an unknown id failing in its place', async () => {
    const result = await annals('archive', ids[0]!, 'nosuchid1', ids[1]!, '--json');
    expect(result.code).toBe(1);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toEqual([
      expect.objectContaining({ input: ids[0], id: ids[0], state: 'archived', favorite: false }),
      {
        input: 'nosuchid1',
        error: { code: 'NOT_FOUND', message: expect.stringMatching(/No article with id nosuchid1/) },
      },
      expect.objectContaining({ input: ids[1], id: ids[1], state: 'archived' }),
    ]);
  });

  it('writes the article’s note, replaces it, prints it and removes it', async () => {
    const [id] = ids as [string];
    expect((await annals('note', id)).stdout).toBe('(no note)\n');
    expect((await annals('note', id, '--text', 'First *thought*')).stdout).toBe(`Noted on ${id}\n`);
    expect((await annals('note', id, '--text', '- a second thought', '--json')).stdout).toBe(
      `${JSON.stringify({ id, note: '- a second thought' })}\n`,
    );
    const notes = JSON.parse((await annals('annotations', id, '--json')).stdout).filter(
      (annotation: { kind: string }) => annotation.kind === 'note',
    );
    expect(notes.map((note: { note: string }) => note.note)).toEqual(['- a second thought']);
    expect((await annals('note', id)).stdout).toBe('- a second thought\n');
    expect((await annals('note', id, '--text', '')).stdout).toBe(`Removed the note of ${id}\n`);
    expect(JSON.parse((await annals('note', id, '--json')).stdout)).toEqual({ id, note: null });
  });

  it('deletes an article to the trash, and says when there is no such article', async () => {
    const [, id] = ids as [string, string];
    const deleted = await annals('delete', id);
    expect(deleted.code).toBe(0);
    expect(deleted.stdout).toMatch(new RegExp(`^Deleted ${id}  .+ \\(kept in the trash for 30 days\\)\\n$`));
    expect(JSON.parse((await annals('list', '--json')).stdout).map((row: { id: string }) => row.id)).toEqual([ids[0]]);
    const again = await annals('delete', id);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(new RegExp(`^annals: ${id}: No article with id ${id}`));
    expect((await annals('delete')).code).toBe(2);
  });
});
