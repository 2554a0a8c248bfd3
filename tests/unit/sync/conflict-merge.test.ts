import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeConflictCopies } from '../../../electron/core/sync/conflict-merge.ts';
import {
  ConflictRules,
  defaultConflictRules,
  hashPrefixNamedRule,
  KEEP_ORIGINAL,
  type MergeRule,
} from '../../../electron/core/sync/conflict-rules.ts';
import { tempDir } from '../helpers/library.ts';

let work: Awaited<ReturnType<typeof tempDir>>;
let library: string;
const now = () => new Date('2026-12-02T10:15:00Z');

beforeEach(async () => {
  work = await tempDir('annals-conflicts-');
  library = work.dir;
});
afterEach(() => work.cleanup());

type Tags = Record<string, { on: boolean; at: string }>;

/** A merge a records file might have: tags merged key by key, the later change of each winning. */
const tagsMerge: MergeRule = {
  kind: 'test-record',
  pattern: /^articles\/[^/]+\/records\/[a-z0-9]+\.json$/,
  merge(original, copy) {
    const parse = (bytes: Uint8Array) => JSON.parse(Buffer.from(bytes).toString('utf8')) as { tags: Tags };
    const [a, b] = [parse(original), parse(copy)];
    const tags: Tags = { ...a.tags };
    for (const [key, flag] of Object.entries(b.tags)) if (!tags[key] || flag.at > tags[key].at) tags[key] = flag;
    return Buffer.from(JSON.stringify({ tags }));
  },
};
const rules = () => defaultConflictRules().register(tagsMerge);

async function put(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(join(library, path)), { recursive: true });
  await writeFile(join(library, path), content);
}
const read = (path: string) => readFile(join(library, path), 'utf8');
const record = (tags: Tags) => JSON.stringify({ tags });
const laptop = { climate: { on: true, at: '2' } };
const desktop = { flood: { on: true, at: '3' }, climate: { on: false, at: '1' } };

async function listed(dir: string): Promise<string[]> {
  return (await readdir(join(library, dir), { recursive: true })).map(String).sort();
}

describe('conflict copies merged into the files they copy', () => {
  it.each([
    ['Syncthing', 'laptop1.sync-conflict-20261202-101500-ABCDEF1.json', 'syncthing'],
    ['Dropbox', "laptop1 (Ana's conflicted copy 2026-12-02).json", 'dropbox'],
    // Dropbox's unnamed form is Nextcloud's too: the two cannot be told apart, nor need to be.
    ['Dropbox', 'laptop1 (conflicted copy 2026-12-02 101500).json', 'nextcloud'],
    ['Nextcloud', 'laptop1 (conflicted copy 2026-12-02 101500).json', 'nextcloud'],
    ['OneDrive', 'laptop1-DESKTOP-4F2.json', 'onedrive'],
    ['iCloud Drive', 'laptop1 2.json', 'icloud'],
  ])('merges a %s copy (%s) by the rule of its kind and removes it', async (_maker, name, tool) => {
    await put('articles/a1/records/laptop1.json', record(laptop));
    await put(`articles/a1/records/${name}`, record(desktop));

    const settled = await mergeConflictCopies(library, rules(), { now });

    expect(settled).toEqual([
      expect.objectContaining({
        copy: `articles/a1/records/${name}`,
        original: 'articles/a1/records/laptop1.json',
        tool,
        kind: 'test-record',
        outcome: 'merged',
      }),
    ]);
    expect(JSON.parse(await read('articles/a1/records/laptop1.json'))).toEqual({
      tags: { climate: { on: true, at: '2' }, flood: { on: true, at: '3' } },
    });
    expect(await listed('articles/a1/records')).toEqual(['laptop1.json']);
  });

  it('merges copies from three devices and a copy of a copy into the one original', async () => {
    await put('articles/a1/records/laptop1.json', record({ a: { on: true, at: '1' } }));
    await put(
      'articles/a1/records/laptop1.sync-conflict-20261202-101500-AAAAAAA.json',
      record({ b: { on: true, at: '1' } }),
    );
    await put(
      'articles/a1/records/laptop1.sync-conflict-20261202-101501-BBBBBBB.json',
      record({ c: { on: true, at: '1' } }),
    );
    await put(
      'articles/a1/records/laptop1.sync-conflict-20261202-101500-AAAAAAA.sync-conflict-20261202-101600-CCCCCCC.json',
      record({ d: { on: true, at: '1' } }),
    );

    const settled = await mergeConflictCopies(library, rules(), { now });

    expect(settled.map((s) => [s.original, s.outcome])).toEqual(
      Array(3).fill(['articles/a1/records/laptop1.json', 'merged']),
    );
    expect(Object.keys(JSON.parse(await read('articles/a1/records/laptop1.json')).tags).sort()).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
    expect(await listed('articles/a1/records')).toEqual(['laptop1.json']);
  });

  it('removes a copy whose merge adds nothing, leaving the original as it was', async () => {
    const keep: MergeRule = { kind: 'settings', pattern: /^settings\.json$/, merge: () => KEEP_ORIGINAL };
    await put('settings.json', '{"theme":"dark"}');
    await put('settings.sync-conflict-20261202-101500-ABCDEF1.json', '{"theme":"light"}');

    const settled = await mergeConflictCopies(library, new ConflictRules().register(keep), { now });

    expect(settled[0]).toMatchObject({ outcome: 'merged', kind: 'settings' });
    expect(await read('settings.json')).toBe('{"theme":"dark"}');
    expect(await listed('')).toEqual(['settings.json']);
  });

  it('puts a copy in the place of its original when the original is gone', async () => {
    await put('articles/a1/records/laptop1 (conflicted copy 2026-12-02 101500).json', record(laptop));

    const settled = await mergeConflictCopies(library, rules(), { now });

    expect(settled[0]).toMatchObject({ outcome: 'restored' });
    expect(JSON.parse(await read('articles/a1/records/laptop1.json'))).toEqual({ tags: laptop });
  });

  it('merges again when the original changes while it is being merged', async () => {
    let calls = 0;
    const racing: MergeRule = {
      ...tagsMerge,
      kind: 'racing',
      async merge(original, copy, path) {
        // The sync tool brings a newer original while the first merge runs.
        if (calls++ === 0) await put('articles/a1/records/laptop1.json', record({ late: { on: true, at: '9' } }));
        return tagsMerge.merge(original, copy, path);
      },
    };
    await put('articles/a1/records/laptop1.json', record(laptop));
    await put('articles/a1/records/laptop1.sync-conflict-20261202-101500-ABCDEF1.json', record(desktop));

    await mergeConflictCopies(library, new ConflictRules().register(racing), { now });

    expect(calls).toBe(2);
    expect(Object.keys(JSON.parse(await read('articles/a1/records/laptop1.json')).tags).sort()).toEqual([
      'climate',
      'flood',
      'late',
    ]);
  });
});

describe('conflict copies that cannot be merged are kept aside, never deleted', () => {
  it('moves the copy of a file no rule knows to corrupt/ with a reason, and leaves the original', async () => {
    await put('articles/a1/notes.txt', 'mine');
    await put('articles/a1/notes.sync-conflict-20261202-101500-ABCDEF1.txt', 'theirs');

    const settled = await mergeConflictCopies(library, rules(), { now });

    expect(settled[0]).toMatchObject({ kind: null, outcome: 'quarantined' });
    expect(settled[0]!.reason).toContain('does not know how to merge articles/a1/notes.txt');
    expect(await read(settled[0]!.quarantined[0]!)).toBe('theirs');
    expect(settled[0]!.quarantined[0]).toMatch(/^corrupt\//);
    expect(await read('articles/a1/notes.txt')).toBe('mine');
  });

  it('removes a copy with the very bytes of its original, whatever its kind', async () => {
    await put('articles/a1/notes.txt', 'same');
    await put("articles/a1/notes (Ana's conflicted copy 2026-12-02).txt", 'same');

    const settled = await mergeConflictCopies(library, rules(), { now });

    expect(settled[0]).toMatchObject({ outcome: 'identical' });
    expect(await listed('')).toEqual(['articles', 'articles/a1', 'articles/a1/notes.txt']);
  });

  it('keeps a copy its rule cannot read in corrupt/, with the rule’s reason', async () => {
    await put('articles/a1/records/laptop1.json', record(laptop));
    await put('articles/a1/records/laptop1.sync-conflict-20261202-101500-ABCDEF1.json', '{"tags": {"cut off');

    const [settled] = await mergeConflictCopies(library, rules(), { now });

    expect(settled).toMatchObject({ outcome: 'quarantined' });
    expect(settled!.reason).toMatch(/^the copy could not be merged: .*JSON/);
    expect(JSON.parse(await read('articles/a1/records/laptop1.json'))).toEqual({ tags: laptop });
    expect(await listed('articles/a1/records')).toEqual(['laptop1.json']);
  });
});

describe('conflict copies of files named by their content', () => {
  const image = Buffer.from('PNG bytes of a photo');
  const sha = createHash('sha256').update(image).digest('hex');
  const asset = `articles/a1/assets/${sha}.png`;
  const copy = `articles/a1/assets/${sha}.sync-conflict-20261202-101500-ABCDEF1.png`;

  it('removes an identical copy', async () => {
    await put(asset, image);
    await put(copy, image);

    expect((await mergeConflictCopies(library, rules(), { now }))[0]).toMatchObject({
      kind: 'sha256-named',
      outcome: 'identical',
    });
    expect(await listed('articles/a1/assets')).toEqual([`${sha}.png`]);
  });

  it('keeps the right one by its hash: a damaged copy goes to corrupt/', async () => {
    await put(asset, image);
    await put(copy, 'half an image');

    const [settled] = await mergeConflictCopies(library, rules(), { now });

    expect(settled).toMatchObject({ outcome: 'quarantined' });
    expect(await readFile(join(library, asset))).toEqual(image);
    expect(await read(settled!.quarantined[0]!)).toBe('half an image');
  });

  it('keeps the right one by its hash: a damaged original goes to corrupt/ and the copy takes its place', async () => {
    await put(asset, 'half an image');
    await put(copy, image);

    const [settled] = await mergeConflictCopies(library, rules(), { now });

    expect(settled).toMatchObject({ outcome: 'restored' });
    expect(await readFile(join(library, asset))).toEqual(image);
    expect(await read(settled!.quarantined[0]!)).toBe('half an image');
    expect(await listed('articles/a1/assets')).toEqual([`${sha}.png`]);
  });

  it('checks a file named by a prefix of its hash with a registered rule', async () => {
    const text = 'The text of one version of the article.';
    const vid = createHash('sha256').update(text).digest('hex').slice(0, 20);
    const withVersions = rules().register(hashPrefixNamedRule('version-text', /\/versions\/[0-9a-f]{20}\.txt$/, 20));
    await put(`articles/a1/versions/${vid}.txt`, 'garbled');
    await put(`articles/a1/versions/${vid} (conflicted copy 2026-12-02 101500).txt`, text);

    const [settled] = await mergeConflictCopies(library, withVersions, { now });

    expect(settled).toMatchObject({ kind: 'version-text', outcome: 'restored' });
    expect(await read(`articles/a1/versions/${vid}.txt`)).toBe(text);
  });
});

describe('where conflict copies are looked for', () => {
  it('leaves ordinary names that look like copies alone unless Annals writes the file they would copy', async () => {
    await put('articles/a1/assets/chapter 2.json', '{}');
    await put('articles/a1/records/laptop1 2.json', record(desktop)); // no laptop1.json beside it
    await put('articles/a1/field-notes.json', '{}');

    expect(await mergeConflictCopies(library, rules(), { now })).toEqual([]);
  });

  it('passes over hidden folders, corrupt/ and backups/, and looks only in the folders it is given', async () => {
    const name = 'laptop1.sync-conflict-20261202-101500-ABCDEF1.json';
    for (const dir of ['.annals/laptop1', 'corrupt', 'backups', 'articles/a1/records', 'articles/a2/records']) {
      await put(`${dir}/laptop1.json`, record(laptop));
      await put(`${dir}/${name}`, record(desktop));
    }

    const settled = await mergeConflictCopies(library, rules(), { now, dirs: ['articles/a2/records'] });

    expect(settled.map((s) => s.copy)).toEqual([`articles/a2/records/${name}`]);
    expect((await mergeConflictCopies(library, rules(), { now })).map((s) => s.copy)).toEqual([
      `articles/a1/records/${name}`,
    ]);
  });
});
