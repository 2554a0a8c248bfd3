// One article's report of an event, as merging compares it: the words near its date (what happened, as actions and
// word stems), and who did it (the people and organisations of that clause, not whoever is quoted saying so).
// Where the date is told and how far each word is from it are read by report-date-words.ts and report-layout.ts.
import { deedsNear, type ToldDeed } from './deed-words.ts';
import type { Entities } from './entities.ts';
import { happeningsBySubject } from './happening-subjects.ts';
import { type DatedSentence, dateWordsOf, TIME_WORDS } from './report-date-words.ts';
import { ACROSS_BARRIER, countIn, layoutOf, weightOf } from './report-layout.ts';
import { announcesPlan, ownerOf } from './speaker-and-owner.ts';

export interface ReportSource extends DatedSentence {
  entities: Entities;
}

export interface Report {
  /** Word stems and actions, each weighted by how close it is to the date's words. */
  terms: Map<string, number>;
  /** Actions told close to the date ("closed" in "has been closed since Monday, when floodwaters peaked"). */
  actions: Set<string>;
  /** The action told closest to the date, if any; how close any action is told to it (1: among the date’s own words). */
  primary?: string;
  primaryWeight: number;
  /** Actions told right at the date: what happened, not its circumstances. */
  clear: Set<string>;
  /** People and organisations doing something in the clause, lower-cased. */
  actors: Set<string>;
  people: Set<string>;
  places: Set<string>;
  /** The date is told inside quoted speech: someone's own story, weaker evidence of the story's events. */
  quoted: boolean;
  /** The sentence tells of something going on, not of its outcome ("talks will continue tomorrow"). */
  ongoing: boolean;
  /** The sentence tells something as still going on then ("was still burning"), a state rather than a happening. */
  stillGoing: boolean;
  /** The sentence tells of a further one of a kind of happening ("a second explosion"), not of the first. */
  furtherOne: boolean;
  /** Whose thing the sentence opens on ("Tarrant's stock jumped"), lower-cased. */
  owner?: string;
  /** The date is a time something is to be done by ("should clear by Wednesday", "until Saturday"). */
  limit: boolean;
  /** The date tells when something was said ("said on Tuesday that …", "on Tuesday told reporters"). */
  spoken: boolean;
  /** The verbs of its date's clause as grammar reads them, whatever the action lists hold ("came down", "lowered"). */
  deeds: ToldDeed[];
}

// An action counts as what happened when it is at least this close to the date, and is clearly it when this close.
const ACTION_WEIGHT = 0.3;
const CLEAR_ACTION = 0.5;
// Words telling that something goes on rather than ends: "will continue", "carried on".
// Not "went on strike", "goes on trial": going on to such a thing starts it.
const ONGOING =
  /\b(?:continu(?:e|es|ed|ing)|carr(?:y|ies|ied|ying) on|(?:go(?:es)?|went) on(?!\s+(?:hunger\s+)?(?:strike|trial|sale|air|holiday|leave|display|patrol|duty)\b)|still under way)\b/i;
// A state told as lasting at that time: "was still smouldering", "were still searching".
const STILL_GOING = /\bstill\s+\p{Ll}+ing\b/u;
// A sentence opening on a further one of a kind of happening ("A second, smaller explosion followed", "A third walkout
// began"), or on where it was told ("In a second vote, councillors decided …", "At a second meeting"): its subject,
// not a count of days ("The second day of the strike") or a share ("A third of the staff").
const FURTHER_ONE =
  /^\s*(?:(?:in|at|during)\s+)?(?:a|the)\s+(?:second|third|fourth|fifth)\b(?![\s,]+(?:of\b|(?:(?:straight|consecutive|successive|full)\s+)?(?:day|night|week|month|year|time|half|quarter|morning|evening|afternoon)s?\b))/i;

// What a deed is about: named after "about" or "against", or after "over" following a word of contention ("a row over
// pay", "talks about a pay rise", "a protest against the closure"); not "the river came over the wall".
const TOPIC =
  /(?:\b(?:about|against|oppos(?:e|es|ed|ing)|resist(?:s|ed|ing)?|challeng(?:e|es|ed|ing)|contest(?:s|ed|ing)?|(?:object(?:s|ed|ing)?|opposition|objections?)\s+to)|\b(?:row|dispute|protest|strike|talks|anger|fury|fears?|concerns?|fight|battle|clash(?:es)?|split|stand-?off|walkout|questions|complaints?|criticism|backlash|outcry|uproar|rift)\s+over)\s+(?:(?:a|an|the|its|their|his|her|this|that|new|planned|proposed)\s+)*(?:[\p{L}-]+\s+)?$/iu;
// What a deed was because of: "closed on Tuesday because of the leak", "due to the strike" (not "is due to reopen", a
// plan). The cause is another happening, told to explain this one.
const CAUSE =
  /\b(?:(?:because\s+of|caused\s+by|in\s+the\s+wake\s+of|as\s+a\s+result\s+of)\s+(?:(?:a|an|the|its|their|this|that)\s+)*|(?:due|owing)\s+to\s+(?:a|an|the|its|their|this|that)\s+)(?:[\p{L}-]+\s+)?$/iu;
// A participle after a comma closes a clause: ", ending a wait", ", leaving 40 homes without power".
const PARTICIPLE = /^\p{Ll}+ing\b/u;

// How many words may stand between what started and the verb telling that it started.
const SUBJECT_WORDS = 6;

/** A report of an event: the words near its date weigh most, those across a clause break or another date least. */
export function reportOf(source: ReportSource, otherDates: readonly { start: number; end: number }[]): Report {
  const { text } = source;
  const { sentenceFrom, dateFrom, dateTo, others, parting, namedFrom, limit, toldFrom, toldBy, saidBefore, spoken } =
    dateWordsOf(source, otherDates);
  const layout = layoutOf(text);
  const { tokens } = layout;
  const plainWeightAt = (index: number) =>
    index >= dateFrom && index < dateTo ? 1 : weightOf(layout, index, dateFrom, dateTo, parting);
  const weightAt = (index: number) => (index >= toldFrom ? toldBy : 1) * plainWeightAt(index);
  const terms = new Map<string, number>();
  const weights = new Map<string, number>();
  const add = (key: string, weight: number) => terms.set(key, Math.max(terms.get(key) ?? 0, weight));
  // How clearly any action is told at the date, what was said included.
  let toldAt = 0;
  const act = (action: string, index: number) => {
    // "tranquilized a bear on Tuesday afternoon, ending a five-hour wander": what it ended, not another happening.
    const trailing = /,\s+$/.test(text.slice(Math.max(0, index - 3), index)) && PARTICIPLE.test(text.slice(index));
    // "went on strike in a row over pay", "protested against the closure", "marched to oppose the closure": what a deed
    // is about, not a deed; nor what it was because of.
    const before = text.slice(Math.max(0, index - 40), index);
    const topic = TOPIC.test(before) || CAUSE.test(before);
    const consequence = trailing || topic ? ACROSS_BARRIER : 1;
    const weight = weightAt(index) * consequence;
    toldAt = Math.max(toldAt, plainWeightAt(index) * consequence);
    // That something was planned ("is due to", "had planned to") says nothing of which happening: what was planned does.
    if (action !== 'schedule') add(`@${action}`, weight);
    if (weight >= ACTION_WEIGHT) weights.set(action, Math.max(weights.get(action) ?? 0, weight));
  };
  for (const token of tokens) {
    // Words of another date belong to that event ("two days before the evacuation"); numbers of a date say nothing.
    if (others.some((d) => token.index >= d.start && token.index < d.end)) continue;
    const dateWord = token.index >= dateFrom && token.index < dateTo;
    if (dateWord && (/^\d/.test(token.key) || (TIME_WORDS.has(token.word) && token.index < namedFrom))) continue;
    add(token.key, weightAt(token.index));
    if (token.action) act(token.action, token.index);
    if (token.caused) toldAt = Math.max(toldAt, plainWeightAt(token.index));
  }
  for (const phrase of layout.phrases) {
    // A phrase holding another date is that date's: "you have until 7/19 to apply" sets no deadline on the day FEMA
    // opened its office.
    const phraseEnd = phrase.index + phrase.length;
    if (others.some((d) => phrase.index < d.end && phraseEnd > d.start)) continue;
    // A long phrase is as close to the date as its nearest end: "talks with the operator … broke down on Wednesday".
    const lastWord = phrase.index + text.slice(phrase.index, phrase.index + phrase.length).search(/\S+$/);
    act(phrase.action, plainWeightAt(lastWord) > plainWeightAt(phrase.index) ? lastWord : phrase.index);
  }
  // "The rally, organised by the residents, got going at one o'clock": what started is the happening its subject
  // names, told where the verb is.
  const starts = [
    ...tokens.filter((token) => token.action === 'start').map((token) => token.index),
    ...layout.phrases.filter((phrase) => phrase.action === 'start').map((phrase) => phrase.index),
  ];
  for (const at of starts) {
    const subject = tokens
      .filter((t) => t.action && t.action !== 'start' && t.index >= sentenceFrom && t.index < at)
      .at(-1);
    if (subject && countIn(layout.tokenAt, subject.index, at) <= SUBJECT_WORDS) act(subject.action!, at);
  }
  // "An avalanche swept through the camp", "their road fell at twenty to six": the happening the subject names.
  for (const { action, index } of happeningsBySubject(tokens, sentenceFrom, text))
    if (!others.some((d) => index >= d.start && index < d.end)) act(action, index);
  // "The roof came down at 4 a.m.", "the gallery was caving in": a deed whose dictionary form tells an action.
  const clause = { sentenceFrom, dateFrom, dateTo, barrierAt: layout.barrierAt };
  const deeds = deedsNear(text, clause, weightAt, (index) => others.some((d) => index >= d.start && index < d.end));
  for (const deed of deeds) if (deed.action) act(deed.action, deed.index);
  // "said on Tuesday it would shut the mill", "said on Tuesday, three weeks after a blaze …, that it would close the
  // plant": telling a plan of one's own that day is announcing it, as another outlet's "announced the closure" tells.
  if (saidBefore && announcesPlan(text.slice(dateTo)))
    weights.set('announce', Math.max(weights.get('announce') ?? 0, CLEAR_ACTION));
  const actions = new Set(weights.keys());
  const clear = new Set([...weights].filter(([, weight]) => weight >= CLEAR_ACTION).map(([action]) => action));
  const [primary, primaryWeight] = [...weights].sort((a, b) => b[1] - a[1])[0] ?? [undefined, 0];
  const { speakers } = layout;
  const near = (name: string) => {
    const at = wordAt(text, name.split(' ').at(-1)!);
    // "a minute's silence for Hamish Laird": whom something was for did not do it.
    const forWhom = /\bfor\s+$/i.test(text.slice(0, Math.max(0, text.indexOf(name))));
    return (
      at >= 0 && weightAt(at) >= ACTION_WEIGHT && !forWhom && !speakers.some((s) => s.includes(name.split(' ').at(-1)!))
    );
  };
  const lower = (names: string[]) => new Set(names.filter(near).map((name) => name.toLowerCase()));
  const people = lower(source.entities.people);
  const quoted = layout.quotes.some((quote) => quote.start <= dateFrom && dateTo <= quote.end);
  return {
    quoted,
    limit,
    spoken,
    ongoing: ONGOING.test(text.slice(sentenceFrom)) || STILL_GOING.test(text.slice(sentenceFrom)),
    stillGoing: STILL_GOING.test(text.slice(sentenceFrom)),
    furtherOne: FURTHER_ONE.test(text.slice(sentenceFrom)),
    ...ownerOf(text.slice(sentenceFrom)),
    terms,
    actions,
    ...(primary ? { primary } : {}),
    // What was said still tells an action clearly enough to keep two different ones apart.
    primaryWeight: Math.max(primaryWeight, toldAt),
    clear,
    actors: new Set([...people, ...lower(source.entities.organizations)]),
    people,
    places: new Set(source.entities.places.map((name) => name.toLowerCase())),
    deeds,
  };
}

/** Where a word first stands on its own in a text ("Marsh", not in "Marshfield"), or -1. */
function wordAt(text: string, word: string): number {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const [before, after] = [text[at - 1] ?? ' ', text[at + word.length] ?? ' '];
    if (!/[\p{L}\d-]/u.test(before) && !/[\p{L}\d-]/u.test(after)) return at;
  }
  return -1;
}
