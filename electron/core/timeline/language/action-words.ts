// What happened, in words any outlet might choose: each action and the words that tell it (actions.ts reads them).
// Each kind of action keeps its words in a module of its own; this one puts them together in one order, which is not
// the kinds': a stem two actions share goes to the later one, and the phrases of a sentence are read in this order, so
// moving an action changes what is told. An action not listed here comes after those that are.
import { CIVIC_ACTIONS } from './civic-action-words.ts';
import { CRIME_ACTIONS } from './crime-action-words.ts';
import { EMERGENCY_ACTIONS } from './emergency-action-words.ts';
import { LEGAL_ACTIONS } from './legal-action-words.ts';
import { MOVEMENT_ACTIONS } from './movement-action-words.ts';
import { START_STOP_ACTIONS } from './start-stop-action-words.ts';

const ORDER = [
  'hearing',
  'court',
  'appear',
  'deadline',
  'strike',
  'vote',
  'result',
  'talks',
  'appoint',
  'file',
  'agree',
  'award',
  'announce',
  'inspect',
  'evacuate',
  'find',
  'order',
  'recall',
  'close',
  'open',
  'start',
  'end',
  'resume',
  'resign',
  'sworn',
  'arrest',
  'schedule',
  'lift',
  'concede',
  'recount',
  'visit',
  'arrive',
  'depart',
  'dispatch',
  'sicken',
  'board',
  'capture',
  'disembark',
  'sign',
  'gather',
  'pay',
  'cancel',
  'rescue',
  'injure',
  'warn',
  'escape',
  'phone',
];

const KINDS: Record<string, string[]> = {
  ...LEGAL_ACTIONS,
  ...CIVIC_ACTIONS,
  ...EMERGENCY_ACTIONS,
  ...MOVEMENT_ACTIONS,
  ...START_STOP_ACTIONS,
  ...CRIME_ACTIONS,
};

const rank = (action: string) => (ORDER.includes(action) ? ORDER.indexOf(action) : ORDER.length);

/** Each action and the word stems (first letters of a word, lower case) or phrases (patterns) that tell it. */
export const ACTIONS: Record<string, string[]> = Object.fromEntries(
  Object.entries(KINDS).sort(([a], [b]) => rank(a) - rank(b)),
);
