// A finding told of a day (a ruling, a declaration, a statement of what a known happening was) is a happening of its
// own, not the happening it is about: "investigators ruled on Tuesday that the blaze had been started deliberately" is
// not the fire another outlet dates to Tuesday. What each report tells at its date is read from its date's own clause
// (date-clause.ts): its verb, and what that verb tells of. Two outlets' words for one finding stay alike; a saying
// that tells a deed ("police confirmed that a man had been arrested") tells that deed, as before.
import { actionOfWord, actionsMatch } from '../language/actions.ts';
import { clauseOfItem } from './clause-participants-apart.ts';
import type { DateClause, Participant } from './date-clause.ts';
import type { MergeItem } from './likeness-features.ts';

// Verbs whose deed is a finding, whatever it finds: "ruled that", "declared the blaze deliberate", "deemed it unsafe".
const JUDGING = new Set('rule declare deem pronounce certify conclude determine classify'.split(' '));
// Verbs of saying, telling a finding when what they tell is what a known happening was or how it was brought about
// ("said that the fire had been set on purpose"), not what it did ("said the fire had destroyed 40 homes").
const TELLING = new Set('say tell state add confirm find reveal announce report warn claim believe'.split(' '));
// Words a phrase's other words name no thing by.
const FILLER = new Set('the a an of at in on near by to from its their his her this that one'.split(' '));

/**
 * Two articles' reports of one date of which one tells a finding and the other the happening itself; or two findings
 * about two happenings ("the fire at the mill", "the fire at the school").
 */
export function findingBesideHappening(a: MergeItem, b: MergeItem): boolean {
  if (a.articleId === b.articleId) return false;
  const [x, y] = [clauseOfItem(a), clauseOfItem(b)];
  const [found, other] = [x && findingOf(x), y && findingOf(y)];
  if (found && other) return aboutTwoThings(found, other);
  if (found) return tellsHappening(b, y, found);
  if (other) return tellsHappening(a, x, other);
  return false;
}

/**
 * Two articles' reports of one date that each tell a finding about one happening befalling one thing ("said the bakery
 * fire had been set on purpose", "ruled that the bakery fire had been started deliberately"): one finding.
 */
export function oneFinding(a: MergeItem, b: MergeItem): boolean {
  if (a.articleId === b.articleId) return false;
  const [x, y] = [clauseOfItem(a), clauseOfItem(b)];
  const [found, other] = [x && findingOf(x), y && findingOf(y)];
  if (!found || !other || !namesHappening(found.about) || !namesHappening(other.about)) return false;
  const [mine, theirs] = [thingOf(found.about), thingOf(other.about)];
  const happening = actionsMatch(actionOfWord(found.about.head)!, actionOfWord(other.about.head)!);
  return happening && mine !== undefined && (mine === theirs || other.about.words.includes(mine));
}

/** What a clause finds something to be, told of: undefined when its verb tells no finding. */
export function findingOf(clause: DateClause): { about: Participant } | undefined {
  // Declaring a state of emergency or a ballot's result is a deed; declaring the blaze deliberate finds something.
  if (JUDGING.has(clause.verb) && clause.complement && clause.doneTo) return { about: clause.doneTo };
  // What a known happening was, or how it was brought about; not a ruling on what a meeting could do.
  const { told } = clause;
  if (!(JUDGING.has(clause.verb) || TELLING.has(clause.verb)) || clause.passive) return undefined;
  if (!told?.stative || !told.subject || !namesHappening(told.subject)) return undefined;
  return { about: told.subject };
}

/**
 * The report tells the happening a finding is about (a fire, when the finding is about a blaze) at its date rather than
 * a saying: its date points at it as known ("two days after a fire"), or its clause's verb is a deed, or the happening
 * reported ("the fire was reported at 1.42am").
 */
function tellsHappening(item: MergeItem, clause: DateClause | undefined, finding: { about: Participant }): boolean {
  const found = actionOfWord(finding.about.head);
  if (!found || ![...item.report.actions].some((action) => actionsMatch(action, found))) return false;
  if (item.known || !clause) return true;
  return (!JUDGING.has(clause.verb) && !TELLING.has(clause.verb)) || clause.passive;
}

/** Two findings about happenings befalling two things: "the warehouse fire", "the church hall fire". */
function aboutTwoThings(x: { about: Participant }, y: { about: Participant }): boolean {
  if (!namesHappening(x.about) || !namesHappening(y.about)) return false;
  const [mine, theirs] = [thingOf(x.about), thingOf(y.about)];
  return (
    mine !== undefined &&
    theirs !== undefined &&
    mine !== theirs &&
    !y.about.words.includes(mine) &&
    !x.about.words.includes(theirs)
  );
}

function namesHappening(phrase: Participant): boolean {
  return actionOfWord(phrase.head) !== undefined;
}

// Words opening a phrase after a happening's noun that names where it happened: "the fire at the mill".
const WHERE = new Set('at of in on near'.split(' '));

/**
 * The thing a happening befell, as its phrase names it: the last word of a phrase after the happening's noun telling
 * where ("the blaze at the Brackwell paper mill"), else the last word before it ("the church hall fire"), not a word
 * after it telling what it was found to be ("the pier fire accidental").
 */
function thingOf(phrase: Participant): string | undefined {
  const at = phrase.words.lastIndexOf(phrase.head);
  const where = WHERE.has(phrase.words[at + 1] ?? '');
  const words = where ? phrase.words.slice(at + 1) : phrase.words.slice(0, at);
  return words.filter((word) => !FILLER.has(word) && /\p{L}/u.test(word)).at(-1);
}
