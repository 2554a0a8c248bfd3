// What happened, in words any outlet might choose: "walked out", "went on strike" and "the stoppage" are one action.
// Two reports of one event may share no word but share their action; two events of one day rarely do.
import { ACTIONS } from './action-words.ts';
import { HAPPENINGS } from './happening-words.ts';

// Actions that tell one happening from two sides: "the order" of an evacuation, "the result" of a vote.
const TOGETHER = [
  // "The appeal was heard on Monday" and "a judge ruled on the appeal on Monday".
  ['hearing', 'court'],
  // "will be sentenced on November 26" and "returns to court on November 26": a sentence is given at a hearing.
  ['hearing', 'sentence'],
  ['evacuate', 'order'],
  ['close', 'order'],
  ['vote', 'result'],
  ['agree', 'sign'],
  ['agree', 'award'],
  ['agree', 'end'],
  ['start', 'open'],
  ['start', 'strike'],
  ['resume', 'open'],
  ['resume', 'end'],
  ['sworn', 'start'],
  ['announce', 'result'],
  ['fire', 'start'],
  ['erupt', 'start'],
  ['talks', 'agree'],
  ['talks', 'resume'],
  // "the rally got going at one o'clock" and "marched to the square at 1 p.m.".
  ['gather', 'start'],
  // "the storm hit on Thursday night" and "came ashore at 10:20 p.m.".
  ['landfall', 'impact'],
  // "engineers found that the pier had sunk" and "confirmed that it had sunk".
  ['find', 'result'],
  // "launches began ferrying passengers to the quay at 9 a.m." and "the first passengers stepped off".
  ['disembark', 'start'],
  // "the Kestrel docked at Holm" and "arrived at Holm": a ship reaching a quay is made fast there.
  ['dock', 'arrive'],
  // "the shop was robbed" and "cash was stolen from the shop": a robbery takes what is stolen.
  ['rob', 'steal'],
];
const together = new Set(TOGETHER.flatMap(([a, b]) => [`${a}/${b}`, `${b}/${a}`]));

/** Whether two actions can tell the same happening. */
export function actionsMatch(a: string, b: string): boolean {
  return a === b || together.has(`${a}/${b}`);
}

const WORD_STEM = 6;
const byStem = new Map<string, string>();
const phrases: { pattern: RegExp; action: string }[] = [];
for (const [action, words] of [...Object.entries(ACTIONS), ...Object.entries(HAPPENINGS)]) {
  for (const word of words) {
    if (/[ (]/.test(word)) phrases.push({ pattern: new RegExp(`\\b${word.replace(/ /g, '\\s+')}\\b`, 'gi'), action });
    else byStem.set(word, action);
  }
}

/** The stem a word is compared by. */
export function stemOf(word: string): string {
  return word.toLowerCase().slice(0, WORD_STEM);
}

/**
 * Whether the word at `index` is capitalised inside a sentence: part of a name ("the Marine Accident Board", "the
 * Strike Committee"), which tells no action.
 */
export function isNameWord(text: string, index: number): boolean {
  return (
    /^\p{Lu}/u.test(text.slice(index, index + 1)) &&
    /[\p{L}\d,;'’)]\s+$/u.test(text.slice(Math.max(0, index - 3), index))
  );
}

/**
 * Whether the word at `index` is a title before a name ("managing director Vikram Rao", "inspector Lea Holm") or
 * before whom they work for ("inspectors from the Board"): it names who someone is, not what they did, though its
 * stem may tell an action.
 */
export function isTitleOfName(text: string, index: number): boolean {
  const ahead = text.slice(index, index + 40);
  // Also who someone works for: "Inspectors from the Maritime Safety Board said on Friday …" told what they found.
  return (
    /^\p{Ll}+ors?\s+\p{Lu}\p{Ll}/u.test(ahead) ||
    /^\p{L}+(?:ors|ers)\s+(?:from|of|at)\s+(?:the\s+)?\p{Lu}/u.test(ahead) ||
    // One office holder told by a title before the day they acted: "the medical examiner on Wednesday named …".
    /^\p{Ll}+(?:er|or)\s+on\s+\p{Lu}\p{Ll}+day\b/u.test(ahead) ||
    // A kind of happening naming who deals with it: "the fire department sent an engine" tells of no fire that day.
    SERVICE_NAMED_FOR.test(ahead)
  );
}

/**
 * Whether the word at `index` tells no action whatever its stem: part of a name, a title, or a state of sitting ("the
 * schools were back in session", "while parliament is in session"), not a meeting held that day.
 */
export function tellsNoActionHere(text: string, index: number): boolean {
  const inSession =
    /\bin\s+$/i.test(text.slice(Math.max(0, index - 6), index)) && /^sessions?\b/i.test(text.slice(index));
  return (
    isNameWord(text, index) || isTitleOfName(text, index) || inSession || SAFEGUARD_NAMED_FOR.test(text.slice(index))
  );
}

// A thing made for a kind of happening, to keep people safe from it or let them out of it, tells of no such happening:
// "forced a fire door", "a fire exit", "the fire alarm", "a crash barrier", "blast doors".
const SAFEGUARD_NAMED_FOR =
  /^\p{L}+[\s-]+(?:doors?|exits?|escapes?|alarms?|extinguishers?|hydrants?|drills?|barriers?|blankets?|curtains?|shutters?)\b/iu;

// Also the craft and the animals a service works with: "rescue helicopters reached the train", "search dogs".
const SERVICE_NAMED_FOR =
  /^\p{L}+[\s-]+(?:department|brigade|service|crews?|chiefs?|station|officers?|engines?|fighters?|marshal|teams?|workers|helicopters?|boats?|planes?|aircraft|dogs?|divers?|units?|squads?|vehicles?)\b/iu;

/** The action a word tells, if it tells one: by its whole form ("met") or by its stem ("negoti"). */
export function actionOfWord(word: string): string | undefined {
  const lower = word.toLowerCase();
  return byStem.get(lower) ?? byStem.get(lower.slice(0, WORD_STEM));
}

/**
 * Phrases that tell an action in several words ("walked off the job", "from their homes"), where they are; only those of
 * the actions `only` lists, when given.
 */
export function actionPhrases(
  text: string,
  only?: ReadonlySet<string>,
): { action: string; index: number; length: number }[] {
  const out: { action: string; index: number; length: number }[] = [];
  for (const { pattern, action } of phrases) {
    if (only && !only.has(action)) continue;
    for (const match of text.matchAll(pattern)) out.push({ action, index: match.index, length: match[0].length });
  }
  return out;
}
