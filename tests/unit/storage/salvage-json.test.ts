import { describe, expect, it } from 'vitest';
import { salvageJson } from '../../../electron/core/storage/salvage-json.ts';

// A feed list as Annals writes it (indented), to be broken in each way a file breaks.
const feeds = {
  schema: 1,
  feeds: [
    { id: 'almanac01', url: 'https://almanac.example/rss', title: 'Almanac', folderPath: [] },
    { id: 'bugle0001', url: 'https://bugle.example/rss', title: 'Bugle', folderPath: ['News'] },
    { id: 'courier01', url: 'https://courier.example/rss', title: 'Courier', folderPath: ['News', 'Local'] },
    { id: 'derby0001', url: 'https://derby.example/rss', title: 'Derby Daily', folderPath: ['Sport'] },
  ],
  folders: [['News'], ['Sport']],
};
const text = JSON.stringify(feeds, null, 2);
const titles = (value: unknown) =>
  ((value as { feeds?: { title?: string }[] }).feeds ?? []).map((feed) => feed.title ?? '(no title)');

/** The text with `length` characters from the start of `needle` overwritten by NUL bytes. */
function nulBlock(source: string, needle: string, length: number): string {
  const at = source.indexOf(needle);
  return source.slice(0, at) + '\u0000'.repeat(length) + source.slice(at + length);
}

describe('salvaging a damaged JSON file', () => {
  it('reads a whole file as it is, with no damage reported', () => {
    expect(salvageJson(text)).toEqual({ value: feeds, damage: null });
  });

  it('finds nothing in an empty file or one of NUL bytes only, and says which', () => {
    expect(salvageJson('')).toEqual({ value: undefined, damage: 'the file is empty' });
    expect(salvageJson(' \n ')).toEqual({ value: undefined, damage: 'the file is empty' });
    expect(salvageJson('\u0000'.repeat(4096)).damage).toMatch(/NUL/);
    expect(salvageJson('\u0000'.repeat(4096)).value).toBeUndefined();
  });

  it('keeps every entry before the cut of a truncated file, and closes what was left open', () => {
    const cut = text.slice(0, text.indexOf('"Courier"') + 4);
    const salvaged = salvageJson(cut);
    expect(salvaged.damage).toMatch(/cut short/);
    // Courier's own entry lost its title mid-word: what of it still reads is kept, its title is not.
    expect(titles(salvaged.value)).toEqual(['Almanac', 'Bugle', '(no title)']);
  });

  it('leaves out a number the cut may have shortened', () => {
    const salvaged = salvageJson('{\n "a": 1,\n "count": 12');
    expect(salvaged.value).toEqual({ a: 1 });
  });

  it('skips a block of NUL bytes written over part of one entry and reads the rest of it and the entries after it', () => {
    const salvaged = salvageJson(nulBlock(text, '"id": "bugle0001"', 60));
    expect(salvaged.damage).toMatch(/NUL/);
    expect(titles(salvaged.value)).toEqual(['Almanac', 'Bugle', 'Courier', 'Derby Daily']);
    // What the NULs took (the id and address) is gone; a schema then decides whether the rest is an entry.
    expect((salvaged.value as typeof feeds).feeds[1]).toEqual({ title: 'Bugle', folderPath: ['News'] });
    expect((salvaged.value as typeof feeds).folders).toEqual([['News'], ['Sport']]);
  });

  it('skips a NUL block that took the end of one entry and the start of the next', () => {
    const from = text.indexOf('"folderPath": [\n        "News"\n      ]');
    const broken = text.slice(0, from) + '\u0000'.repeat(120) + text.slice(from + 120);
    const salvaged = salvageJson(broken);
    expect(titles(salvaged.value)).toContain('Almanac');
    expect(titles(salvaged.value)).toContain('Derby Daily');
    expect((salvaged.value as typeof feeds).folders).toEqual([['News'], ['Sport']]);
  });

  it('reads past a stray character in one entry, keeping the entries around it', () => {
    const broken = text.replace('"title": "Bugle"', '"title": Bugle"');
    const salvaged = salvageJson(broken);
    expect(salvaged.damage).toMatch(/not valid JSON \(unexpected "B" on line \d+\)/);
    // Bugle's entry keeps what came before its damaged title; the others are whole.
    expect(titles(salvaged.value)).toEqual(['Almanac', '(no title)', 'Courier', 'Derby Daily']);
  });

  it('goes on after a lost comma between two entries', () => {
    const broken = text.replace(/\},(\s+\{\s+"id": "courier01")/, '}$1');
    const salvaged = salvageJson(broken);
    expect(titles(salvaged.value)).toEqual(['Almanac', 'Bugle', 'Courier', 'Derby Daily']);
  });

  it('gives back what comes before the damage in a compact one-line file', () => {
    const salvaged = salvageJson('{"a":1,"b":[1,2],"c":x,"d":4}');
    expect(salvaged.value).toEqual({ a: 1, b: [1, 2] });
    expect(salvaged.damage).toMatch(/not valid JSON/);
  });

  it('reads objects of objects (a record of registers) entry by entry', () => {
    const record = {
      format: 2,
      colors: {
        climate: { value: 'green', at: '0001764672000000.0000.laptop1' },
        floods: { value: 'blue', at: '0001764672000001.0000.laptop1' },
        energy: { value: 'pink', at: '0001764672000002.0000.laptop1' },
      },
    };
    const broken = nulBlock(JSON.stringify(record, null, 1), '"floods"', 30);
    expect(salvageJson(broken).value).toEqual({
      format: 2,
      colors: { climate: record.colors.climate, energy: record.colors.energy },
    });
  });

  it('reads a file indented with tabs, as other tools write settings', () => {
    const settings = JSON.stringify({ reader: { theme: 'dark', fontSize: 21 }, sort: 'published' }, null, '\t');
    const broken = settings.replace('"dark"', '"da\u0000k"');
    expect(salvageJson(broken).value).toEqual({ reader: { fontSize: 21 }, sort: 'published' });
  });
});
