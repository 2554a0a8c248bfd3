import { z } from 'zod';
import type { GiveWay } from '../concurrency/reader-activity.ts';
import { inTurns } from './in-turns.ts';
import { FIELDS } from './search-types.ts';
import { sequenceOf, type WordSequence } from './word-sequence.ts';

/**
 * search/index.bin: a magic line, a JSON header (fingerprints, words, article ids with their field
 * lengths) and then every article's word ids as varints. Word ids are renumbered on save so words
 * of deleted articles are dropped; the in-memory postings are rebuilt from the sequences on load.
 */
const MAGIC = new TextEncoder().encode('ANNALS-SEARCH-2\n');

const Header = z.object({
  fingerprints: z.record(z.string(), z.string()),
  words: z.array(z.string()),
  articles: z.array(z.tuple([z.string()], z.number().int().nonnegative())),
});

export interface IndexSnapshot {
  words: readonly string[];
  articles: { id: string; fields: WordSequence[] }[];
  fingerprints: Map<string, string>;
}

export interface DecodedIndex {
  words: string[];
  fingerprints: Map<string, string>;
  /** Decoded as they are read; throws on damage found along the way. */
  articles: Iterable<{ id: string; fields: WordSequence[] }>;
}

/** `giveWay`: saving in the background waits between turns while the reader scrolls. */
export async function encodeIndex(
  { words, articles, fingerprints }: IndexSnapshot,
  giveWay?: GiveWay,
): Promise<Uint8Array> {
  // New, dense ids for the words still in use.
  const renumbered = new Int32Array(words.length).fill(-1);
  const kept: string[] = [];
  let payloadBytes = 0;
  for await (const article of inTurns(articles, giveWay)) {
    for (const sequence of article.fields) {
      for (const word of sequence) {
        if (renumbered[word] === -1) {
          renumbered[word] = kept.length;
          kept.push(words[word]!);
        }
        payloadBytes += varintBytes(renumbered[word]!);
      }
    }
  }
  const header = new TextEncoder().encode(
    JSON.stringify({
      fingerprints: Object.fromEntries(fingerprints),
      words: kept,
      articles: articles.map((article) => [article.id, ...article.fields.map((sequence) => sequence.length)]),
    }),
  );
  const bytes = new Uint8Array(MAGIC.length + 4 + header.length + payloadBytes);
  bytes.set(MAGIC);
  new DataView(bytes.buffer).setUint32(MAGIC.length, header.length, true);
  bytes.set(header, MAGIC.length + 4);
  let at = MAGIC.length + 4 + header.length;
  for await (const article of inTurns(articles, giveWay)) {
    for (const sequence of article.fields) {
      for (const word of sequence) {
        for (let value = renumbered[word]!; ; value >>>= 7) {
          if (value < 0x80) {
            bytes[at++] = value;
            break;
          }
          bytes[at++] = (value & 0x7f) | 0x80;
        }
      }
    }
  }
  return bytes;
}

/** Reads an index file back; throws with the reason when it is not one or is damaged. */
export function decodeIndex(bytes: Uint8Array): DecodedIndex {
  if (bytes.length < MAGIC.length + 4 || !MAGIC.every((byte, i) => bytes[i] === byte)) {
    throw new Error('not a search index of this version');
  }
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(MAGIC.length, true);
  const payloadStart = MAGIC.length + 4 + headerLength;
  if (payloadStart > bytes.length) throw new Error('the file is cut short');
  const header = Header.parse(JSON.parse(new TextDecoder().decode(bytes.subarray(MAGIC.length + 4, payloadStart))));
  let at = payloadStart;
  const readWord = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      if (at >= bytes.length || shift > 28) throw new Error('the file is cut short');
      const byte = bytes[at++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) break;
    }
    if (value >= header.words.length) throw new Error('a word id points past the word list');
    return value;
  };
  function* articles() {
    let scratch = new Uint32Array(1024);
    for (const [id, ...lengths] of header.articles) {
      if (lengths.length !== FIELDS.length) throw new Error(`article ${id} has ${lengths.length} fields`);
      const fields = lengths.map((length) => {
        if (length > scratch.length) scratch = new Uint32Array(length * 2);
        for (let i = 0; i < length; i++) scratch[i] = readWord();
        return sequenceOf(scratch.subarray(0, length));
      });
      yield { id, fields };
    }
    if (at !== bytes.length) throw new Error('there are bytes after the last article');
  }
  return { words: header.words, articles: articles(), fingerprints: new Map(Object.entries(header.fingerprints)) };
}

function varintBytes(value: number): number {
  let bytes = 1;
  while (value >= 0x80) {
    value >>>= 7;
    bytes++;
  }
  return bytes;
}
