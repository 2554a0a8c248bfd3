// A later sentence of an article giving the hour of the day its lede tells ("derailed on Thursday", "left the track at
// 4:50 a.m.") most likely tells the lede's happening more precisely, when nothing in it says it tells another.
import nlp from 'compromise';
import type { Report } from '../extraction/event-reports.ts';
import { actionOfWord } from '../language/actions.ts';
import { keptReadings } from '../language/kept-readings.ts';
import { taggerReads } from '../language/tagger-reads.ts';
import { type Evidence, otherActors, otherChannels } from './merge-evidence.ts';
import { onlyPlanned, tellSameAction } from './same-action.ts';

/** What the lede-hour rule reads of a report of one date. */
export interface LedeHourItem {
  articleId: string;
  /** The article's first dated report. */
  lede: boolean;
  /** The article's first report of this date, the lede aside, that tells a clock time. */
  firstHour: boolean;
  /** The reporting sentence alone. */
  sentence: string;
  precision: string;
  report: Report;
  evidence: Evidence;
}

/**
 * `timed` is a later sentence of `lede`'s article that gives the hour of the day its lede tells without one, with no
 * sign of another happening: no other body or person acting, no other way of saying, not quoted, not a plan.
 */
export function tellsLedeHour(lede: LedeHourItem, timed: LedeHourItem): boolean {
  if (lede.articleId !== timed.articleId || !lede.lede || timed.lede || lede.precision !== 'day') return false;
  const [x, y] = [lede.report, timed.report];
  if (lede.evidence.clockTimes.length > 0 || timed.evidence.clockTimes.length === 0) return false;
  if (x.quoted || y.quoted || y.limit || onlyPlanned(y) || y.furtherOne || y.stillGoing) return false;
  if (otherActors(x, y) || otherChannels(lede.evidence, timed.evidence)) return false;
  if (x.people.size > 0 && y.people.size > 0 && ![...x.people].some((person) => y.people.has(person))) return false;
  // The very same action, told clearly at the lede's date: a caption or a state ("has kept its doors open since
  // Sunday") dates no happening, and another action that hour (the airport closed) is another happening.
  if (x.clear.size === 0) return false;
  if (tellSameAction(x, y, true)) return true;
  // The first of a series, timed, with no deed of its own ("The first cars were waved through at 9:30 a.m.", "The first
  // car over went across at 6.05am"): when the happening its lede tells began. Not "The first trucks reached the town
  // at 2 p.m.", an arrival of its own.
  if (timed.firstHour && y.clear.size === 0 && FIRST_OF_SERIES.test(timed.sentence)) return true;
  // Another word for the action ("began erupting", "lava broke through at 2:55 a.m."; "was found", "he was taken into
  // custody at 2:15 p.m."): the first hour the article gives that day, told of what the lede told of (its subject a
  // pronoun, or a thing the lede names), not of something else that hour ("the airport closed at 6 a.m.").
  return timed.firstHour && y.clear.size > 0 && subjectToldBy(timed.sentence, lede.sentence, x.primary);
}

// A sentence opening on the first of something: not a first time, day or week, nor a share ("the first half").
const FIRST_OF_SERIES =
  /^\s*the\s+first\s+(?!(?:time|times|day|days|night|week|weeks|month|year|half|quarter|sign|signs|thing|step|stage|phase|round)\b)\p{L}/iu;
const PRONOUN = new Set(['he', 'she', 'they', 'it', 'we']);
// A short subject, then an aside between commas, then the verb's lower-case word.
const SUBJECT_ASIDE = /^([^,;]{1,40}),[^,;]{1,60},\s*(?=\p{Ll})/u;

interface Term {
  word: string;
  tags: string[];
}

/**
 * The timed sentence's subject is a pronoun, or its head word (the last word before its verb) is a thing the lede
 * names, and not the subject of a second deed the lede tells ("Schools were closed and trucks handed out water"); the
 * deed the lede tells at this date is no second one ("pupils were back today, eight days after the roof crashed").
 */
function subjectToldBy(sentence: string, lede: string, ledeAction: string | undefined): boolean {
  // An aside after the subject is not the subject: "The roof, a steel frame under a canvas, came down at 8:21 p.m.".
  const terms = termsOf(sentence.replace(SUBJECT_ASIDE, '$1 '));
  const verb = terms.findIndex((term) => term.tags.includes('Verb'));
  if (verb <= 0) return false;
  const head = terms[verb - 1]!;
  if (verb === 1 && PRONOUN.has(head.word)) return true;
  if (!head.tags.includes('Noun') || head.tags.includes('Possessive') || head.tags.includes('ProperNoun')) return false;
  const ledeTerms = termsOf(lede);
  const firstVerb = ledeTerms.findIndex((term) => term.tags.includes('Verb'));
  const same = (term: Term) => singular(term.word) === singular(head.word);
  const named = ledeTerms.some(same);
  const subjectOfAnother = ledeTerms.some(
    (term, i) =>
      i > firstVerb &&
      same(term) &&
      ledeTerms[i + 1]?.tags.includes('Verb') &&
      (ledeAction === undefined || actionOfWord(ledeTerms[i + 1]!.word) !== ledeAction),
  );
  return named && !subjectOfAnother;
}

// The lede is read for every later sentence of its article it is weighed with: read each text once.
const termsOf: (text: string) => readonly Term[] = keptReadings(taggedTerms);

function taggedTerms(text: string): Term[] {
  taggerReads.sentences++;
  const terms = nlp(text).terms().json() as { text: string; terms: { tags: string[] }[] }[];
  return terms.map((term) => ({
    word: term.text.toLowerCase().replace(/[^\p{L}-]/gu, ''),
    tags: term.terms[0]?.tags ?? [],
  }));
}

function singular(word: string): string {
  return word.replace(/(?<=[^s])s$/, '');
}
