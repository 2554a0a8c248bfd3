// Who reads an opening's protagonists for fingerprints (protagonist-facts.ts, set as it loads). Reading needs the
// tagger, most of a second to load: fingerprints are imported wherever a library opens, so they take the reader from
// here rather than importing it, and protagonist-facts.ts loads with entities.ts, where every fingerprint's entities
// come from.
import type { ProtagonistFacts } from './protagonists-apart.ts';

export type ProtagonistReader = (
  sentences: readonly string[],
  people: readonly string[],
  terms: Readonly<Record<string, number>>,
) => { protagonists?: ProtagonistFacts };

let reader: ProtagonistReader | undefined;

export function readProtagonistsWith(read: ProtagonistReader): void {
  reader = read;
}

export function protagonistReader(): ProtagonistReader | undefined {
  return reader;
}
