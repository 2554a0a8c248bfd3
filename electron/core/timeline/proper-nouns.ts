// Capitalised words in the middle of sentences: the places, people and things a story is about, whether or not the
// entity tagger knows them ("Vesterby", "Skarn", "Kalvik"). Stories compare articles by them.
import { isStopword } from './similarity.ts';

// A dateline's agency in brackets ("(Wirepoint)"), a widget label or a byline names the outlet, not the story.
const OUTLET_CREDIT = /\([^)]*\)|^[^.\n]{0,40}:/gm;
const MIN_LENGTH = 4;

/** Each proper noun (lower-cased) with how it is written and how often the title and text use it. */
export function properNouns(title: string, text: string): Map<string, { name: string; count: number }> {
  const out = new Map<string, { name: string; count: number }>();
  // A word also written in lower case ("the Council" and "the council") is a common word, not a name.
  const common = new Set(`${title}\n${text}`.match(/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu) ?? []);
  for (const part of [title, text]) {
    const cleaned = part.replace(OUTLET_CREDIT, ' ');
    for (const match of cleaned.matchAll(/(?<=[\p{L}\d,;'’)]\s+)\p{Lu}\p{Ll}+(?:['’]s)?/gu)) {
      const name = match[0].replace(/['’]s$/u, '');
      const key = name.toLowerCase();
      if (name.length < MIN_LENGTH || isStopword(key) || common.has(key)) continue;
      const entry = out.get(key) ?? { name, count: 0 };
      entry.count++;
      out.set(key, entry);
    }
  }
  return out;
}
