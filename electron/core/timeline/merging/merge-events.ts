// The same real-world event reported by several articles (or twice by one) becomes one timeline entry listing all its
// sources; two happenings of one day stay apart. Reports of one date are grouped by how alike each pair is
// (merge-likeness.ts): what happened, who did it, where, the words near their dates and signals any wording keeps.
import type { Entities } from '../extraction/entities.ts';
import { pointsBack } from '../extraction/event-context.ts';
import type { Event } from '../extraction/events.ts';
import { inverseDocumentFrequency } from '../language/similarity.ts';
import { toldAhead } from './action-kinds.ts';
import { markLegalSteps } from './arrest-and-charge.ts';
import { dayMomentsOf } from './day-moments.ts';
import { hoursAfter } from './hours-later.ts';
import { keptReportOf } from './kept-reports.ts';
import { pointerWords, pointsAtKnownHappening } from './known-happening.ts';
import { tellsLedeHour } from './lede-hour.ts';
import { handLikeness, type LikenessFeatures, type MergeableEvent, type MergeItem } from './likeness-features.ts';
import { evidenceOf, inArticleZone } from './merge-evidence.ts';
import { likenessFeatures } from './merge-likeness.ts';
import { nameRarityOf, type StoryWeights } from './merge-weights.ts';
import { momentsLaterAnchors } from './moments-later.ts';
import { witnessedAsOne } from './one-witness.ts';
import { type PairScore, PairScores } from './pair-scores.ts';
import { CLEAR_ACTION, tellSameAction } from './same-action.ts';
import { toldInTwoSentences } from './told-in-two-sentences.ts';

export interface ArticleEvents {
  articleId: string;
  events: readonly MergeableEvent[];
  /** When the article was published, with its publisher's UTC offset: the zone of clock times it tells. */
  publishedAt?: string | null;
}

export interface EventSource {
  articleId: string;
  /** The reporting sentence and its offsets in that article's text. */
  text: string;
  start: number;
  end: number;
  /** Offsets of the words that gave the date, when known. */
  dateStart?: number;
  dateEnd?: number;
}

export interface MergedEvent {
  date: string;
  endDate?: string;
  precision: Event['precision'];
  /** The sentence of the first source. */
  text: string;
  entities: Entities;
  /** Every source tells it as past context. */
  background: boolean;
  sources: EventSource[];
}

// Measured on the gold set's shared events (tests/bench/timeline.ts). How alike two reports of one date must be to
// be one event: from two articles; from one article (a standfirst and its lede); from one article when a third
// report links them; and below which any two reports keep their groups apart.
export const SAME_EVENT = 0.25;
const SAME_ARTICLE = 0.6;
const SAME_ARTICLE_LINKED = 0.3;
export const APART = 0;
// A link this weak joins two groups only if their reports mostly have something in common: a third report alike to
// both in a few words or one action ("drivers found the bridge shut as the gale blew") does not make two happenings whose
// reports share next to nothing (scoring below NOTHING_IN_COMMON) one, once several such pairs are most of the pairs.
const WEAK_LINK = 0.5;
const NOTHING_IN_COMMON = 0.1;
const UNRELATED_PAIRS = 3;

/**
 * Weighs two reports of one date from two articles on the likeness scale (joined from SAME_EVENT), with the score below
 * which they keep their groups apart; for a fitted model to stand in for the hand weights (tests/bench/fit-merge.ts).
 */
export type CrossArticleWeigher = (features: LikenessFeatures, hand: number) => { score: number; apart: number };

/**
 * Merges events across articles, in date order (then in the order the articles were given). Pairs of reports are
 * weighed by the hand weights of likeness, or those of two articles by `weigh` when given.
 */
export function mergeEvents(eventsByArticle: readonly ArticleEvents[], weigh?: CrossArticleWeigher): MergedEvent[] {
  const steps = mergeSteps(eventsByArticle, weigh);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How far merging has got: pairs of reports of one date compared, of all to compare. */
export interface MergeProgress {
  done: number;
  total: number;
}

/**
 * mergeEvents, giving way between turns of some hundred pairs compared (`turn` resolves when merging may go on): a
 * long-running story has dates told by hundreds of reports, whose pairs take a minute to compare, while the reader
 * is told how far it got and the rest of the app answers meanwhile. Merges exactly as mergeEvents does.
 */
export async function mergeEventsInTurns(
  eventsByArticle: readonly ArticleEvents[],
  turn: (progress: MergeProgress) => Promise<void>,
): Promise<MergedEvent[]> {
  const steps = mergeSteps(eventsByArticle, undefined);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await turn(step.value);
  }
}

// Pairs compared between two turns (tens of milliseconds of work).
const PAIRS_A_TURN = 400;

function* mergeSteps(
  eventsByArticle: readonly ArticleEvents[],
  weigh: CrossArticleWeigher | undefined,
): Generator<MergeProgress, MergedEvent[]> {
  const { items, weights } = mergeItemsOf(eventsByArticle);
  const byKey = new Map<string, MergeItem[]>();
  for (const item of items) {
    const reports = byKey.get(item.key);
    if (reports) reports.push(item);
    else byKey.set(item.key, [item]);
  }
  const progress = { done: 0, total: 0 };
  for (const reports of byKey.values()) progress.total += (reports.length * (reports.length - 1)) / 2;
  const groups: MergeItem[][] = [];
  let datesDone = 0;
  for (const reports of byKey.values()) {
    const steps = cluster(reports, pairScorer(weights, weigh));
    for (;;) {
      const step = steps.next();
      if (step.done) {
        groups.push(...step.value);
        break;
      }
      progress.done += step.value;
      yield { ...progress };
    }
    datesDone += (reports.length * (reports.length - 1)) / 2;
    progress.done = datesDone;
  }
  const order = new Map(items.map((item, i) => [item, i]));
  groups.sort((a, b) => order.get(a[0]!)! - order.get(b[0]!)!);
  return groups
    .map(mergedOf)
    .sort((a, b) => a.date.localeCompare(b.date) || (a.endDate ?? '').localeCompare(b.endDate ?? ''));
}

/** Each report as merging reads it, and the story's weights: what `likeness` compares (also read by the bench tools). */
export function mergeItemsOf(eventsByArticle: readonly ArticleEvents[]): { items: MergeItem[]; weights: StoryWeights } {
  const items: MergeItem[] = eventsByArticle.flatMap(({ articleId, events, publishedAt }) => {
    const perKey = new Map<string, number>();
    for (const event of events) perKey.set(keyOf(event), (perKey.get(keyOf(event)) ?? 0) + 1);
    const ledeStart = Math.min(...events.map((event) => event.start));
    // The dated events of each sentence, gathered once: a sentence's events are read for each of its events.
    const datedBySentence = new Map<number, (typeof events)[number][]>();
    for (const event of events) {
      if (event.dateStart === undefined) continue;
      const dated = datedBySentence.get(event.start);
      if (dated) dated.push(event);
      else datedBySentence.set(event.start, [event]);
    }
    return events.map((event) => {
      // Other dates of the same sentence mark where this event's clause ends.
      const others = (datedBySentence.get(event.start) ?? [])
        .filter((other) => other !== event)
        .map((other) => ({ start: other.dateStart!, end: other.dateEnd! }));
      const key = keyOf(event);
      const sentence = event.text.slice(event.text.length - (event.end - event.start));
      const lede = event.start === ledeStart;
      const past = isPast(event, publishedAt);
      const dateAt = (event.dateStart ?? event.end) - event.start;
      const since = /\bsince\s+$/i.test(sentence.slice(0, dateAt)) || /^since\b/i.test(sentence.slice(dateAt));
      // A card's words may take in the sentence before so that they read alone ("Next month, the public gets it back."):
      // merging reads only the sentence's own words, except where the sentence points back ("That was in 2022.").
      const report = keptReportOf(
        pointsBack(sentence) || sentence === event.text ? event : { ...event, text: sentence },
        others,
      );
      const alone = perKey.get(key) === 1;
      const { precision } = event;
      const inSentence = (span: { start: number; end: number }) => ({
        start: span.start - event.start,
        end: span.end - event.start,
      });
      const own = inSentence({ start: event.dateStart ?? -1, end: event.dateEnd ?? -1 });
      const known = pointsAtKnownHappening(sentence, own, others.map(inSentence));
      // A pointer's signals are those of its own words when the rest of its sentence tells a deed of another date
      // (not "got her way at Friday's meeting", a deed at the happening pointed at).
      const pointer = known && others.length > 0 ? pointerWords(sentence, own, others.map(inSentence)) : undefined;
      const evidence = inArticleZone(evidenceOf(pointer ?? sentence), publishedAt);
      const ahead = toldAhead(sentence.slice(0, dateAt));
      const moments = dayMomentsOf(sentence, event.dateStart === undefined ? undefined : own, others.map(inSentence));
      const item: MergeItem = {
        articleId,
        event,
        report,
        key,
        alone,
        lede,
        past,
        since,
        firstHour: false,
        sentence,
        ahead,
        known,
        precision,
        evidence,
        moments,
      };
      return item;
    });
  });
  markFirstHours(items);
  markLegalSteps(items);
  // Words every report of the story uses ("bridge", "strike") say little about which event a sentence reports.
  const idf = inverseDocumentFrequency(items.map((item) => Object.fromEntries(item.report.terms)));
  const lemmaIdf = inverseDocumentFrequency(
    items.map((item) => Object.fromEntries([...item.evidence.lemmas].map((lemma) => [lemma, 1]))),
  );
  const weights = { idf, lemmaIdf, nameRarity: nameRarityOf(eventsByArticle) };
  return { items, weights };
}

/**
 * Groups the reports of one date, most alike first: two groups join when one pair of their reports is alike enough
 * and no pair of them is told apart (two actions, two people; two reports of one article that are not alike).
 * Yields every PAIRS_A_TURN pairs compared, with how many pairs of the date's links were compared since.
 */
function* cluster(reports: readonly MergeItem[], scorer: PairScorer): Generator<number, MergeItem[][]> {
  // Weighed when first read: which pairs are read depends on which join (see PairScores).
  const pairs = new PairScores(reports, scorer);
  const score = (i: number, j: number) => (i === j ? 1 : pairs.score(i, j));
  const sameSentence = (i: number, j: number) =>
    reports[i]!.articleId === reports[j]!.articleId && reports[i]!.event.start === reports[j]!.event.start;
  const sameArticle = (i: number, j: number) => reports[i]!.articleId === reports[j]!.articleId;
  const anchors = momentsLaterAnchors(reports);
  const later = new Set(anchors.map((pair) => pair.later));
  // Two reports of one article that are not alike tell two events, unless both tell the very same action: a lede and
  // the paragraph giving its hour ("killed when an earthquake struck … on Tuesday", "the quake hit at 3:17 a.m.").
  // Nor are a tally reached by a time ("had 140 people registered by 6:30 p.m.") and a deed of that day in one article.
  const keptApartBelow = (i: number, j: number) => {
    const [x, y] = [reports[i]!.report, reports[j]!.report];
    if (!sameArticle(i, j)) {
      // The reader said one of the two tells a happening of its own: no likeness outweighs that.
      if (reports[i]!.event.apart || reports[j]!.event.apart) return Number.POSITIVE_INFINITY;
      return pairs.pair(i, j).apart;
    }
    // A sentence dated hours on from what its article told before tells another moment (hours-later.ts).
    if (hoursAfter(reports[i]!, reports[j]!) || hoursAfter(reports[j]!, reports[i]!)) return Number.POSITIVE_INFINITY;
    if (tellSameAction(x, y, true)) return APART;
    // A pointer at a happening as known names the one its article tells elsewhere (known-happening.ts); a sentence
    // told moments later goes on telling its article's happening (moments-later.ts).
    if (reports[i]!.known || reports[j]!.known || later.has(i) || later.has(j)) return Number.NEGATIVE_INFINITY;
    return x.limit !== y.limit ? Number.POSITIVE_INFINITY : SAME_ARTICLE_LINKED;
  };
  // The sentence giving the lede's hour ("He was taken into custody at 2:15 p.m.") and another report of the lede's
  // happening in its article that tells no action at its date ("Deputies captured Lusk … on Monday afternoon"), or one
  // only in a clause of its own ("… after a farmer called 911"), are not told apart by their few shared words: the
  // lede vouches for both, whichever of the two groups being joined holds it.
  const ledeHourOf = (hour: number, group: readonly number[]) =>
    group.some((lede) => tellsLedeHour(reports[lede]!, reports[hour]!));
  const noAction = (i: number) => reports[i]!.report.primaryWeight < CLEAR_ACTION;
  // Nor an article's deed and its hour told in two sentences, which another outlet tells in one (told-in-two-sentences.ts).
  const bridged = (x: number, y: number, group: readonly number[]) =>
    group.some(
      (z) =>
        toldInTwoSentences(reports[x]!, reports[y]!, reports[z]!) ||
        toldInTwoSentences(reports[y]!, reports[x]!, reports[z]!),
    );
  // Nor a detail told with no action and its article's other report, tied by another outlet's report (one-witness.ts).
  const vouched = (x: number, y: number, a: readonly number[], b: readonly number[]) =>
    sameArticle(x, y) &&
    ((noAction(x) && ledeHourOf(y, [...a, ...b])) ||
      (noAction(y) && ledeHourOf(x, [...a, ...b])) ||
      bridged(x, y, [...a, ...b]) ||
      witnessedAsOne(reports, score, SAME_EVENT, x, y, [...a, ...b]));
  // Most pairs of two articles' reports across the two groups, and at least UNRELATED_PAIRS, share next to nothing.
  const mostlyUnrelated = (a: readonly number[], b: readonly number[]) => {
    let unrelated = 0;
    let pairsOfTwo = 0;
    for (const p of a) {
      for (const q of b) {
        if (sameArticle(p, q)) continue;
        pairsOfTwo++;
        if (score(p, q) < NOTHING_IN_COMMON) unrelated++;
      }
    }
    return unrelated >= UNRELATED_PAIRS && unrelated * 2 > pairsOfTwo;
  };
  const links: { i: number; j: number; score: number }[] = [];
  let compared = 0;
  for (let i = 0; i < reports.length; i++) {
    for (let j = i + 1; j < reports.length; j++) {
      if (++compared % PAIRS_A_TURN === 0) yield PAIRS_A_TURN;
      const needed = sameArticle(i, j) ? SAME_ARTICLE : SAME_EVENT;
      const scored = score(i, j);
      if (scored >= needed && !sameSentence(i, j)) links.push({ i, j, score: scored });
    }
  }
  for (const { later: i, anchor: j } of anchors) links.push({ i, j, score: Math.max(score(i, j), SAME_ARTICLE) });
  links.sort((a, b) => b.score - a.score);
  const groupOf = reports.map((_, i) => [i]);
  let checked = 0;
  for (const { i, j, score: linkScore } of links) {
    const [a, b] = [groupOf[i]!, groupOf[j]!];
    if (a === b) continue;
    // Every pair of the two groups, in order, until one is told apart.
    let apart = false;
    for (let x = 0; x < a.length && !apart; x++) {
      for (let y = 0; y < b.length && !apart; y++) {
        const [p, q] = [a[x]!, b[y]!];
        apart = sameSentence(p, q) || (score(p, q) < keptApartBelow(p, q) && !vouched(p, q, a, b));
        if (++checked % PAIRS_A_TURN === 0) yield 0;
      }
    }
    if (apart || (linkScore < WEAK_LINK && mostlyUnrelated(a, b))) continue;
    const joined = [...a, ...b].sort((x, y) => x - y);
    for (const member of joined) groupOf[member] = joined;
  }
  return [...new Set(groupOf)].map((members) => members.map((member) => reports[member]!));
}

/**
 * How alike two reports of one date are, on the likeness scale, and the score below which, if of two articles, they
 * keep their groups apart.
 */
type PairScorer = (a: MergeItem, b: MergeItem) => PairScore;

/** The hand likeness; or, for two articles' reports, what `weigh` makes of its features. */
function pairScorer(weights: StoryWeights, weigh: CrossArticleWeigher | undefined): PairScorer {
  return (a, b) => {
    const features = likenessFeatures(a, b, weights);
    const hand = handLikeness(features);
    return !weigh || a.articleId === b.articleId ? { score: hand, apart: APART } : weigh(features, hand);
  };
}

function mergedOf(group: readonly MergeItem[]): MergedEvent {
  const { event } = group[0]!;
  return {
    date: event.date,
    ...(event.endDate ? { endDate: event.endDate } : {}),
    precision: event.precision,
    text: event.text,
    entities: group.map((item) => item.event.entities).reduce(union),
    background: group.every((item) => item.event.background ?? false),
    sources: group.map(sourceOf),
  };
}

/** Marks, in each article and date, the first report after the lede that tells a clock time. */
function markFirstHours(items: MergeItem[]): void {
  const seen = new Set<string>();
  const inOrder = [...items].sort((a, b) => a.event.start - b.event.start);
  for (const item of inOrder) {
    if (item.lede || item.evidence.clockTimes.length === 0) continue;
    const key = `${item.articleId}\u0000${item.key}`;
    if (seen.has(key)) continue;
    seen.add(key);
    item.firstHour = true;
  }
}

function isPast(event: MergeableEvent, publishedAt: string | null | undefined): boolean {
  if (!publishedAt) return false;
  const told = event.endDate ?? event.date;
  return told < publishedAt.slice(0, told.length);
}

function keyOf(event: MergeableEvent): string {
  return `${event.date}/${event.endDate ?? ''}/${event.precision}`;
}

function sourceOf({ articleId, event }: MergeItem): EventSource {
  return {
    articleId,
    text: event.text,
    start: event.start,
    end: event.end,
    ...(event.dateStart !== undefined && event.dateEnd !== undefined
      ? { dateStart: event.dateStart, dateEnd: event.dateEnd }
      : {}),
  };
}

function union(a: Entities, b: Entities): Entities {
  const merge = (x: string[], y: string[]) => [...new Set([...x, ...y])];
  return {
    people: merge(a.people, b.people),
    organizations: merge(a.organizations, b.organizations),
    places: merge(a.places, b.places),
  };
}
