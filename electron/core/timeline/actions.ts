// What happened, in words any outlet might choose: "walked out", "went on strike" and "the stoppage" are one action.
// Two reports of one event may share no word but share their action; two events of one day rarely do.

/** Each action and the word stems (first letters of a word, lower case) or phrases (patterns) that tell it. */
const ACTIONS: Record<string, string[]> = {
  // A case heard: "court" alone ("in a county court", "court protection") says where, not what happened. "Heard" is a
  // hearing only when a case is heard or a court hears it: "members heard that a pump failed" and "workers heard on
  // Wednesday" tell of news reaching people. A case "argued before" a judge or "put to" one is heard.
  hearing: [
    'hearin',
    '(?:be|been|being|is|are|was|were) heard',
    '(?:court|trial|jury|jurors|tribunal|judges?|magistrates|inquest|inquiry|hearing|panel) heard',
    '(?:hear|hears|heard) (?:the|a|an|their|his|her|its) (?:case|appeal|claim|challenge|evidence|arguments)',
    '(?:be|been|being|is|are|was|were) argued',
    '(?:put|puts|putting|made|make|makes|making) (?:their|its|his|her|the) case to',
    'tribun',
  ],
  // A court's decision, which may come days after the hearing. "The judge" is who acts, not what happened: "when the
  // judge gives her decision" tells no ruling that day; her "judgment" or a permission "quashed" does.
  court: [
    '(?:will|would|to|could|may|might|shall|should) rule',
    'ruled',
    'ruling',
    'judgme',
    'judgem',
    'quashe',
    'injunc',
    'verdic',
    'convic',
    'thrown out',
    '(?:found|find|finds) (?:not )?(?:guilty|liable|innocent)',
  ],
  // "has given the airline until Friday to improve its offer" sets a deadline.
  deadline: [
    'deadli',
    'must',
    'cutoff',
    'cut-of',
    'no later than',
    'ultima',
    '(?:given|gave|give|gives|has|have|had) (?:\\S+ ){0,3}until \\S+ (?:\\S+ )?to',
  ],
  strike: [
    'strike',
    'striki',
    'struck work',
    'walkou',
    'walk out',
    'walked out',
    'walked off',
    'walk off',
    'walks off',
    'stoppa',
    'industrial action',
    // "stopped work at 4 a.m.", "downed tools": a walkout in other words.
    '(?:stop|stops|stopped|stopping) work',
    '(?:down|downs|downed|downing) tools',
  ],
  vote: ['vote', 'voted', 'votes', 'voting', 'ballot', 'poll', 'polls', 'electi', 'referen', 'elect'],
  // "samples came back clean": the result of tests.
  result: [
    'result',
    'outcom',
    'tally',
    'count',
    'counti',
    'counted',
    'won',
    'wins',
    'winner',
    'confir',
    '(?:came|come|comes|coming) back (?:clean|clear|positive|negative|normal)',
  ],
  talks: [
    'talks',
    'negoti',
    'mediat',
    'meet',
    'met',
    'meetin',
    'session',
    'summit',
    'bargai',
    'sides together',
    'round table',
    // "sat down at 10 a.m. on Monday": two sides meeting.
    '(?:sat|sit|sits|sitting) down',
  ],
  appoint: ['appoin', 'named', 'hired', 'hire', 'chosen', 'nomina', 'picked', 'brought in', 'called in', 'drafted in'],
  file: [
    'file',
    'filed',
    'filing',
    'lodge',
    'lodged',
    'submit',
    'reques',
    'petiti',
    'applie',
    'apply',
    'sued',
    'lawsui',
    'claim',
    'appeal',
    'challe',
    // "sought court protection from its creditors": a bankruptcy filing in other words.
    '(?:sought|seek|seeks|seeking) (?:\\S+ )?protection',
  ],
  agree: [
    'agree',
    'agreed',
    'agreem',
    'deal',

    'settle',
    'settle',
    'struck a deal',
    'reached a deal',
    'compro',
    'accept',
  ],
  award: ['award', 'awarde', 'approv', 'grante', 'grant', 'won a contract', 'won the contract', 'contra'],
  announce: ['announ', 'publis', 'releas', 'unveil', 'reveal', 'disclo', 'declar'],
  // "ordered an investigation", "began its own inquiry", "launched a review": looking into what happened.
  inspect: [
    'inspec',
    'survey',
    'examin',
    'assess',
    'probe',
    'audit',
    'checke',
    // "ordered checks at 23 other schools": what the order was for, not the closure of that day.
    'checks',
    'measur',
    'rated',
    'review',
    'inquir',
    'enquir',
    'investigat(?:e|es|ed|ing|ion|ions)',
  ],
  // "ordered out of their homes", "moved into storm shelters": people taken from where they live to safety (the
  // phrase tells its own action: "storm shelters" are no storm).
  evacuate: [
    'evacua',
    'flee',
    'fled',
    '(?:from|out of) their homes',
    'leave their homes',
    'left their homes',
    'displac',
    'into (?:\\S+ ){0,2}shelters',
    '(?:forced|drove|driven|ordered|moved) (?:them|people|residents|families|everyone) out',
  ],
  // Something first seen: "a warden spotted water seeping", "the seep was first seen", "tests found E. coli".
  find: ['spotted', 'noticed', 'discov', 'detect', 'found', 'seen', 'sighted'],
  // "directed", not "director": a title tells who someone is, not what they did.
  order: ['order', 'ordere', 'directed', 'directs', 'directive', 'instru', 'mandat'],
  recall: ['recall', 'withdr', 'pulled from'],
  fault: [
    'jam',
    'jammed',
    'stuck',
    'failed',
    'failur',
    'malfun',
    'broke',
    'broken',
    'fault',
    'defect',
    'leak',
    'leaked',
    'leakin',
    'spill',
    'spille',
    'spilt',
    'split',
    'ruptur',
    'escape',
    // A line, a screen or a cable that "went dead" failed; "tore through it" broke it.
    '(?:go|goes|went|gone|going) dead',
    '(?:tore|torn|tear|tears|tearing|ripped|rip|rips) (?:through|apart)',
  ],
  // A ship, a car or a train meeting something: "struck the harbour wall", "the collision", "Friday's accident".
  // "Struck" alone may be a strike ("drivers last struck in 2016"); struck something is an impact.
  impact: [
    'hit',
    'hits',
    'collis',
    'collid',
    'crash',
    'crashe',
    'accide',
    'smash',
    'rammed',
    'agroun',
    'struck (?:the|a|an|its|their) (?!deal|agreement|bargain|compromise)',
  ],
  peak: ['peak', 'peaked', 'crest', 'crested', 'highes'],
  rain: ['rain', 'rainfa', 'downpo', 'shower', 'storm'],
  // A storm reaching land: "came ashore", "made landfall", "crossed the coast", "since the cyclone hit".
  landfall: [
    'landfa',
    '(?:came|come|comes|coming) ashore',
    '(?:cross|crossed|crosses|crossing) the coast',
    '(?:storm|cyclone|hurricane|typhoon) (?:hit|hits|struck|strikes)',
  ],
  close: ['close', 'closed', 'closes', 'closin', 'closur', 'shut', 'shutti', 'shutdo', 'suspen', 'halted', 'halt'],
  open: ['open', 'opened', 'opens', 'openin', 'reopen', 'inaugu', 'unveil'],
  start: [
    'start',
    'starte',
    'starts',
    'begin',
    'began',
    'begins',
    'beginn',
    'launch',
    'kick off',
    'kicked off',
    'commen',
    'got under way',
    '(?:got|get|gets|getting) going',
    'get under way',
    'burst into life',
    'came to life',
    // "carried 1,900 people on its first day": the day something started.
    '(?:its|her|his|their|the) (?:first|opening) (?:day|morning|night)',
  ],
  // Talks that "broke down" ended; a bus that broke down is a fault, told by the "broke" stem.
  end: [
    'ended',
    'ends',
    'ending',
    'finish',
    'conclu',
    'complet',
    'wrapped up',
    '(?:talks|negotiations) (?:[^.;]{0,90} )?(?:broke|broken|break|breaks) down',
  ],
  // "the tunnel caved in", "the gallery gave way", "the roof fell in": a structure coming down.
  // Ground or a cliff "slumped" comes down as a structure does.
  collapse: [
    'collap',
    'slumpe',
    'slumps',
    'slump',
    'caved in',
    'cave in',
    'caves in',
    'gave way',
    'give way',
    'gives way',
    'fell in',
    'cave-in',
  ],
  // "went back to their homes", "could go home", "allowed home": people returning after being moved out.
  resume: [
    'resume',
    'resumi',
    'restar',
    'return',
    'back to work',
    'went back',
    'go back',
    'reconv',
    'again',
    '(?:go|goes|going|gone|went|come|came|allowed|sent) home',
  ],
  resign: ['resign', 'quit', 'step down', 'stepped down', 'steppe down'],
  sworn: [
    'sworn',
    'oath',
    'take office',
    'took office',
    'takes office',
    'inaugu',
    '(?:take|takes|took|taken|taking) (?:up )?(?:her|his|their|its|a|the) seat',
    'took charge',
    'take charge',
    'takes charge',
    'taking charge',
    'becomes? (?:\\S+ )?(?:mayor|president|leader|chair|chief|governor|head)',
    'became (?:\\S+ )?(?:mayor|president|leader|chair|chief|governor|head)',
  ],
  arrest: ['arrest', 'detain', 'charge', 'custod'],
  // "findings are due by this evening": something scheduled, not a target for work to reach.
  schedule: ['schedu', 'pencil', 'planne', 'timeta', 'due to', 'set for', '(?:is|are|was|were) due'],
  fire: ['fire', 'blaze', 'wildfi', 'flames', 'burn', 'burned', 'burnt', 'sparke', 'ignite'],
  erupt: ['erupt', 'erupti', 'explos', 'explod', 'blast', 'burst into life', 'came to life', 'roared into life'],
  lift: ['lift', 'lifted', 'lifts', 'rescin', 'revoke', 'all-clear'],
  concede: ['concede', 'conced', 'admitt defeat'],
  recount: ['recoun'],
  visit: ['visit', 'visite', 'tour', 'toured', 'toure'],
  arrive: ['arrive', 'arriva', 'reach the site', 'reached the site', 'reach the scene', 'reached the scene'],
  // A ship, a train or a team leaving: "set sail", "sailed from India", "left port", "set off".
  // Not a "department", which is who acted ("the fire department tested the air").
  depart: [
    'depart(?:s|ed|ing|ure|ures)?',
    'sailed',
    '(?:set|sets|setting) (?:sail|off|out)',
    '(?:left|leave|leaves|leaving) (?:port|harbou?r|the port|the harbou?r|dock|the dock)',
  ],
  sign: ['sign', 'signed', 'signin'],
  // People gathering to show what they think or feel: a march, a rally, a vigil, a crowd packing a street or a hall.
  gather: [
    'protes',
    'rally',
    'rallie',
    'marche',
    'marchi',
    'demons',
    'vigil',
    'gather',
    'thronge',
    '(?:packed|crowded|squeezed) (?:into|onto|on to|outside|the|a)',
  ],
  pay: ['pay', 'wage', 'salary', 'rise', 'raise', 'increa'],
  cancel: ['cancel', 'scrapp', 'called off', 'axed', 'grounded'],
  // "brought to the surface", "lifted out", "freed", "refloated", "pulled clear": people or a ship got out of where
  // they were stuck.
  rescue: [
    'rescue',
    'saved',
    'pulled out alive',
    'freed',
    'refloa',
    '(?:pulled|dragged|towed|hauled) (?:\\S+ ){0,3}(?:clear|free|off)',
    'free (?:\\d+|all|the|them)',
    'lifted out',
    'brought (?:\\S+ ){0,3}to the surface',
    'reached the surface',
  ],
  injure: ['injure', 'hurt', 'wounde', 'killed', 'dead', 'died', 'death'],
  warn: ['warn', 'warned', 'warnin', 'alert'],
  quake: ['quake', 'quakes', 'earthq', 'tremor', 'afters', 'seismi'],
  weather: ['wind', 'winds', 'ease', 'eased', 'gusts', 'forecast', 'temper', 'heat', 'frost'],
};

// Actions that tell one happening from two sides: "the order" of an evacuation, "the result" of a vote.
const TOGETHER = [
  // "The appeal was heard on Monday" and "a judge ruled on the appeal on Monday".
  ['hearing', 'court'],
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
];
const together = new Set(TOGETHER.flatMap(([a, b]) => [`${a}/${b}`, `${b}/${a}`]));

/** Whether two actions can tell the same happening. */
export function actionsMatch(a: string, b: string): boolean {
  return a === b || together.has(`${a}/${b}`);
}

const WORD_STEM = 6;
const byStem = new Map<string, string>();
const phrases: { pattern: RegExp; action: string }[] = [];
for (const [action, words] of Object.entries(ACTIONS)) {
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

const SERVICE_NAMED_FOR =
  /^\p{L}+[\s-]+(?:department|brigade|service|crews?|chiefs?|station|officers?|engines?|fighters?|marshal|teams?|workers)\b/iu;

/** The action a word tells, if it tells one: by its whole form ("met") or by its stem ("negoti"). */
export function actionOfWord(word: string): string | undefined {
  const lower = word.toLowerCase();
  return byStem.get(lower) ?? byStem.get(lower.slice(0, WORD_STEM));
}

/** Phrases that tell an action in several words ("walked off the job", "from their homes"), where they are. */
export function actionPhrases(text: string): { action: string; index: number; length: number }[] {
  const out: { action: string; index: number; length: number }[] = [];
  for (const { pattern, action } of phrases) {
    for (const match of text.matchAll(pattern)) out.push({ action, index: match.index, length: match[0].length });
  }
  return out;
}
