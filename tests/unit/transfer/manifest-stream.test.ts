// A backup's manifest is read as it streams out of the archive (manifest-reader.ts): however its
// bytes are cut into chunks, whatever its spacing and key order, and damaged ones refused with why.
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../../electron/core/transfer/backup/manifest.ts';

const sha = (n: number) => n.toString(16).padStart(64, '0');
const header = {
  format: 'annals-backup',
  version: 1,
  appVersion: '1.2.3',
  createdAt: '2025-05-20T10:00:00.000Z',
  articleCount: 2,
};
/** Paths that look like the structure around them: brackets, commas, quotes, a "files" key, escapes. */
const files = [
  { path: 'settings.json', bytes: 10, sha256: sha(1) },
  { path: 'articles/a1/assets/x],"files":[{.png', bytes: 0, sha256: sha(2) },
  { path: 'articles/a1/quote\\"d\u00e9\u{1F4F0}.txt', bytes: 3, sha256: sha(3) },
  { path: 'feeds/icons/{}.png', bytes: 4_000_000_000, sha256: sha(4) },
];

async function* chunked(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function read(text: string, size = 1 << 20, maxFiles = 100) {
  const { header: read, files: listed } = await readManifest(chunked(text, size), maxFiles);
  const taken = files.map((file) => listed.take(file.path));
  return { header: read, taken, left: listed.anyLeft() };
}

async function refusal(text: string, maxFiles = 100): Promise<string> {
  try {
    await readManifest(chunked(text, 5), maxFiles);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the manifest was accepted');
}

describe('reading a backup manifest as it streams', () => {
  it('reads every file and the header however the bytes are cut, whatever the spacing and order', async () => {
    const shapes = [
      JSON.stringify({ ...header, files }),
      JSON.stringify({ ...header, files }, null, 2),
      JSON.stringify({ files, ...header }, null, '\t'),
      // The name written with an escape, and another "files" inside a nested value that is not the list.
      `{"fil\\u0065s": ${JSON.stringify(files)}, "extra": {"files": [1, 2]}, ${JSON.stringify(header).slice(1)}`,
    ];
    for (const text of shapes) {
      for (const size of [1, 2, 3, 7, 64, 1 << 20]) {
        const result = await read(text, size);
        expect(result.header, `${size}: ${text.slice(0, 40)}`).toEqual(header);
        expect(result.taken).toEqual(files);
        expect(result.left).toBeUndefined();
      }
    }
  });

  it('takes each file once: taken again, it is no longer listed', async () => {
    const { files: listed } = await readManifest(chunked(JSON.stringify({ ...header, files }), 9), 100);
    expect(listed.take('settings.json')).toEqual(files[0]);
    expect(listed.take('settings.json')).toBeUndefined();
    expect(listed.anyLeft()).toBe(files[1]!.path);
  });

  it('refuses a damaged manifest, naming what is wrong', async () => {
    const whole = JSON.stringify({ ...header, files });
    expect(await refusal(whole.slice(0, whole.length / 2))).toMatch(
      /^This is not an Annals backup, or its manifest\.json is damaged \(the file is not valid JSON/,
    );
    expect(await refusal(JSON.stringify({ ...header, files }).replace('}]}', '},]}'))).toMatch(
      /manifest\.json is damaged \(the file is not valid JSON \(an empty element/,
    );
    expect(await refusal(`{"files":[],${JSON.stringify(header).slice(1, -1)},"files":[]}`)).toMatch(
      /manifest\.json is damaged \(it lists its files twice\)/,
    );
    expect(await refusal(JSON.stringify({ ...header, files: [files[0], { ...files[1], sha256: 'nope' }] }))).toMatch(
      /^The backup's manifest\.json is damaged \(unexpected content at files\.1\.sha256: /,
    );
    expect(await refusal(JSON.stringify({ ...header, articleCount: -1, files }))).toMatch(
      /unexpected content at articleCount: /,
    );
    expect(await refusal(JSON.stringify({ ...header }))).toMatch(/unexpected content at files: /);
    expect(await refusal(JSON.stringify({ ...header, files: [{ ...files[0], path: 'x'.repeat(20_000) }] }))).toMatch(
      /impossibly long/,
    );
    expect(await refusal(JSON.stringify({ ...header, files }), 3)).toBe(
      'The backup is damaged: its manifest lists more files than the archive holds.',
    );
    expect(await refusal(JSON.stringify({ format: 'other', files }))).toMatch(/^This is not an Annals backup/);
  });

  it('says a backup is from a newer Annals before judging its files', async () => {
    const newer = JSON.stringify({ ...header, version: 2, files: [{ name: 'in a shape of its own' }] });
    expect(await refusal(newer)).toBe(
      'This backup was made by a newer Annals (backup format 2); update Annals to restore it.',
    );
  });
});
