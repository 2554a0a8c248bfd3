// The words of a report as merging weighs them: each word's stem, and the action it tells when it tells one (not in
// a name or a title, not denied, not the doer of an activity, not a cause of what happened).
import { actionOfWord, stemOf, tellsNoActionHere } from '../language/actions.ts';
import { isStopword } from '../language/similarity.ts';

export interface Token {
  key: string;
  word: string;
  action?: string;
  /** A verb telling that what came before caused what it tells ("the flood forced …"): some action, not theirs. */
  caused?: boolean;
  index: number;
}

// "the eruption forced the town to empty": the eruption is the cause; what happened is what it forced.
const CAUSATIVE = /^(?:forced|caused|prompted|triggered|drove|led)$/;

// Things that began or kept doing something ("Launches began ferrying passengers", "tugs started pulling"): what they
// are is who acts (boats called launches), not a launch or a start.
const BEGAN_DOING = /^\s+(?:began|begin|begins|started|starts|start|kept|keep|keeps)\s+\p{Ll}+ing\b/u;

function doerOfActivity(text: string, end: number, word: string): boolean {
  return /s$/i.test(word) && BEGAN_DOING.test(text.slice(end));
}

export function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/\d+(?:[.,]\d+)*|\p{L}[\p{L}'’-]*/gu)) {
    const word = match[0].replace(/['’]s?$/u, '');
    const action =
      tellsNoActionHere(text, match.index) ||
      denied(text, match.index) ||
      doerOfActivity(text, match.index + match[0].length, word)
        ? undefined
        : actionOfWord(word);
    if (!action && (word.length < 3 || isStopword(word.toLowerCase()))) continue;
    if (GRIND_TO_A_STOP.test(word) && TO_A_STOP.test(text.slice(match.index + match[0].length))) continue;
    const particle = action ? undefined : particleOf(word, text.slice(match.index + match[0].length));
    const key = particle ? `${stemOf(word)} ${particle}` : stemOf(word);
    tokens.push({ key, word: word.toLowerCase(), ...(action ? { action } : {}), index: match.index });
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [cause, verb] = [tokens[i]!, tokens[i + 1]!];
    if (!cause.action || !CAUSATIVE.test(verb.word)) continue;
    if (!/^\s+$/.test(text.slice(cause.index + cause.word.length, verb.index))) continue;
    delete cause.action;
    verb.caused = true;
  }
  return tokens;
}

// A verb that says little alone says what happened with its particle: "power came back" and "the governor came
// through" share no happening, though both "came".
const LIGHT_VERB =
  /^(?:come|comes|came|coming|go|goes|went|gone|going|get|gets|got|getting|take|takes|took|taken|make|makes|made|put|puts|set|sets|turn|turns|turned)$/i;
// Not "on", "in" or "by", which more often open a date or a place ("taken on October 7") than end a verb.
const PARTICLE = /^\s+(?:(?:it|them|him|her)\s+)?(back|through|out|up|down|off|away)\b/i;

function particleOf(word: string, after: string): string | undefined {
  return LIGHT_VERB.test(word) ? PARTICLE.exec(after)?.[1]?.toLowerCase() : undefined;
}

// "the car ground to a halt": the verb of the idiom, whose action "halt" tells, is no thing ("lowered to the ground").
const GRIND_TO_A_STOP = /^(?:grind|grinds|grinding|ground)$/i;
const TO_A_STOP = /^\s+to\s+a\s+(?:halt|standstill|stop)\b/i;

// "ended without agreement", "no deal was reached": an action denied did not happen.
const DENIAL = /\b(?:without|no|not|never)\s+(?:an?\s+|any\s+)?$/i;

function denied(text: string, index: number): boolean {
  return DENIAL.test(text.slice(Math.max(0, index - 20), index));
}
