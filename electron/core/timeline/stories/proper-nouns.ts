// Capitalised words in the middle of sentences: the places, people and things a story is about, whether or not the
// entity tagger knows them ("Vesterby", "Skarn", "Kalvik"). Stories compare articles by them.
import { isStopword } from '../language/similarity.ts';

// A dateline's agency in brackets ("(Wirepoint)"), a widget label or a byline names the outlet, not the story.
const OUTLET_CREDIT = /\([^)]*\)|^[^.\n]{0,40}:/gm;
const MIN_LENGTH = 4;
const OPENINGS_OF_A_NAME = 2;
const INSIDE = /(?<=[\p{L}\d,;'’)]\s+)\p{Lu}\p{Ll}+(?:['’]s)?/gu;
// A word opening a sentence (or the title) is capitalised whatever it is; there it counts as a name when it owns
// something ("Dunmore's harbour"), which common words opening a sentence rarely do, or is a name elsewhere.
const OPENING = /(?<=^|[.!?]["”’]?\s+)\p{Lu}\p{Ll}+(?:['’]s(?!\p{L}))?/gmu;

/** Each proper noun (lower-cased) with how it is written and how often the title and text use it. */
export function properNouns(
  title: string,
  text: string,
  knownWords?: Readonly<Record<string, unknown>>,
): Map<string, { name: string; count: number }> {
  const out = new Map<string, { name: string; count: number }>();
  // A word also written in lower case ("the Council" and "the council") is a common word, not a name.
  const common = new Set(`${title}\n${text}`.match(/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu) ?? []);
  const parts = [title, text].map((part) => part.replace(OUTLET_CREDIT, ' '));
  const openings = new Map<string, { name: string; count: number; owns: boolean }>();
  const add = (name: string, count: number) => {
    const key = name.toLowerCase();
    const entry = out.get(key) ?? { name, count: 0 };
    entry.count += count;
    out.set(key, entry);
  };
  const isCandidate = (name: string) => {
    const key = name.toLowerCase();
    return name.length >= MIN_LENGTH && !isStopword(key) && !common.has(key);
  };
  for (const part of parts) {
    for (const match of part.matchAll(INSIDE)) {
      const name = match[0].replace(/['’]s$/u, '');
      if (isCandidate(name)) add(name, 1);
    }
    for (const match of part.matchAll(OPENING)) {
      const name = match[0].replace(/['’]s$/u, '');
      if (!isCandidate(name)) continue;
      const entry = openings.get(name.toLowerCase()) ?? { name, count: 0, owns: false };
      entry.count++;
      entry.owns ||= name !== match[0];
      openings.set(name.toLowerCase(), entry);
    }
  }
  // A word no dictionary knows that opens several sentences, capitalised every time and never written in lower case,
  // is a name too: a company a report keeps opening on ("Parcelway said …", "Parcelway has until Sunday …"). Without
  // the dictionary (`knownWords`, see lexicon.ts) such words are left out: "Rain fell … Rain is due …" is no name.
  for (const [key, { name, count, owns }] of openings) {
    const unknownWord = knownWords !== undefined && !(key in knownWords);
    if (out.has(key) || owns || (count >= OPENINGS_OF_A_NAME && unknownWord)) add(name, count);
  }
  return out;
}
