// Why merging keeps reports of one shared event apart, and what joins reports of two events, the tuned and study
// articles beside the held-out ones, as totals only: no sentence, date or file of a held-out article is printed, so the
// held-out rounds stay blind while showing which part of likeness their misses and wrong merges come from.
// For each shared event whose reports were all found with their dates but are not shown once: the most alike pair of
// its reports from two articles in two entries, by what likeness made of it (a rule that told them apart, an action
// told apart, or how far below the joining threshold), and which of its features were present. For each pair of
// reports of two events shown in one entry and alike enough to link: which feature carried the link the most.
// Run: npx tsx tests/bench/merge-apart-causes.ts

import type { Event } from '../../electron/core/timeline/extraction/events.ts';
import {
  FEATURE_NAMES,
  handLikeness,
  type LikenessFeatures,
  type MergeItem,
} from '../../electron/core/timeline/merging/likeness-features.ts';
import { APART, mergeEvents, mergeItemsOf, SAME_EVENT } from '../../electron/core/timeline/merging/merge-events.ts';
import { likenessFeatures } from '../../electron/core/timeline/merging/merge-likeness.ts';
import { type ExtractedGoldArticle, extractGoldArticle } from './gold-extracted.ts';
import { type GoldEvent, isReportOf, loadGold } from './timeline-gold.ts';

type Counts = Map<string, number>;
interface GoldReport {
  article: string;
  g: GoldEvent;
  item: MergeItem | undefined;
  entry: number | null;
}
// merge-events.ts's threshold below which two reports of one article keep their groups apart (not exported there).
const SAME_ARTICLE_LINKED = 0.3;
const add = (counts: Counts, cause: string) => counts.set(cause, (counts.get(cause) ?? 0) + 1);

// The features that set a pair apart whatever else it shares (handLikeness returns their fixed score).
const VETOES = [
  'planBesideDeed',
  'otherTowns',
  'otherSenses',
  'otherParticipants',
  'otherCounts',
  'momentsHoursApart',
  'oneDoerTwoDeeds',
  'arrestBesideCharge',
  'otherThingEnded',
] as const satisfies readonly (keyof LikenessFeatures)[];
// The features that lower likeness.
const AGAINST = [
  'toldApart',
  'lastBesideStart',
  'quotedBesideTold',
  'otherPeople',
  'otherOwners',
  'otherClock',
  'otherChannels',
] as const;

/** What likeness made of a pair kept apart. */
function apartCause(features: LikenessFeatures, score: number): string {
  const veto = VETOES.find((name) => features[name]);
  if (veto) return `a rule told them apart: ${veto}`;
  if (score >= SAME_EVENT) return 'alike enough, kept apart by another pair of the two groups';
  const gap = SAME_EVENT - score;
  const against = AGAINST.filter((name) => features[name]);
  const near = gap <= 0.05 ? 'within .05' : gap <= 0.15 ? 'within .15' : 'farther';
  return `below the threshold ${near}${against.length ? `, against: ${against.join('+')}` : ', nothing against'}`;
}

/** The feature that adds the most to a pair's likeness (its weight times its value, by handLikeness of it alone). */
function carrier(features: LikenessFeatures): string {
  const zero = Object.fromEntries(FEATURE_NAMES.map((name) => [name, 0])) as unknown as LikenessFeatures;
  const part = (name: keyof LikenessFeatures) => handLikeness({ ...zero, [name]: features[name] });
  return [...FEATURE_NAMES].sort((a, b) => part(b) - part(a))[0]!;
}

function storyCauses(members: readonly ExtractedGoldArticle[], counts: Counts): void {
  const eventsByArticle = members.map((a) => ({ articleId: a.id, events: a.events, publishedAt: a.publishedAt }));
  const merged = mergeEvents(eventsByArticle);
  const { items, weights } = mergeItemsOf(eventsByArticle);
  const itemOf = (event: Event) => items.find((item) => item.event === event);
  const reports = members.flatMap((a) =>
    a.gold.events.flatMap((g: GoldEvent): GoldReport[] => {
      const event = a.events.find((e) => isReportOf({ ...e, sentence: a.text.slice(e.start, e.end) }, g));
      const item = event && itemOf(event);
      if (!event || !item) return [{ article: a.id, g, item: undefined, entry: null }];
      const entry = merged.findIndex(
        (m) => m.sources.some((s) => s.articleId === a.id && s.start === event.start) && m.date === event.date,
      );
      return [{ article: a.id, g, item, entry: entry < 0 ? null : entry }];
    }),
  );
  const goldOf = (item: MergeItem) => reports.find((r) => r.item === item)?.g;
  const membersOf = (entry: number) =>
    merged[entry]!.sources.flatMap((source) => {
      const item = items.find(
        (i) =>
          i.articleId === source.articleId && i.event.start === source.start && i.event.date === merged[entry]!.date,
      );
      return item ? [item] : [];
    });
  // Which pair of two entries' reports keeps them apart: two reports of one article not alike enough, or two of two
  // articles told apart; and whether the gold gives that pair one event, two, or a report it does not hold.
  const blocker = ([first, second]: [number, number]): string => {
    for (const p of membersOf(first)) {
      for (const q of membersOf(second)) {
        const features = likenessFeatures(p, q, weights);
        const score = handLikeness(features);
        const [gp, gq] = [goldOf(p), goldOf(q)];
        const gold =
          !gp || !gq ? 'one not in the gold' : gp.event && gp.event === gq.event ? 'one event' : 'two events';
        if (p.articleId === q.articleId && score < SAME_ARTICLE_LINKED) return `one article's two reports (${gold})`;
        if (p.articleId !== q.articleId && score < APART) {
          const veto = VETOES.find((name) => features[name]);
          return `two articles' reports told apart by ${veto ?? 'a low score'} (${gold})`;
        }
      }
    }
    return 'none found in the final entries';
  };
  for (const key of new Set(reports.flatMap((r) => (r.g.event ? [r.g.event] : [])))) {
    const told = reports.filter((r) => r.g.event === key);
    if (new Set(told.map((r) => r.article)).size < 2) continue;
    const entries = new Set(told.map((r) => r.entry));
    if (entries.has(null) || entries.size === 1) continue;
    let best: { features: LikenessFeatures; score: number; entries: [number, number] } | undefined;
    for (const a of told) {
      for (const b of told) {
        if (a.article >= b.article || a.entry === b.entry) continue;
        const features = likenessFeatures(a.item!, b.item!, weights);
        const score = handLikeness(features);
        if (!best || score > best.score) best = { features, score, entries: [a.entry!, b.entry!] };
      }
    }
    if (!best) {
      add(counts, 'kept apart: within one article only');
      continue;
    }
    add(counts, `kept apart: ${apartCause(best.features, best.score)}`);
    if (best.score >= SAME_EVENT && !VETOES.some((name) => best.features[name])) {
      add(counts, `kept apart by another pair: ${blocker(best.entries)}`);
    }
    for (const name of [
      'sameAction',
      'sharedActors',
      'sharedPlaces',
      'sameClock',
      'sharedNumber',
      'rareName',
    ] as const) {
      if (best.features[name]) add(counts, `kept apart, its best pair has: ${name}`);
    }
    add(counts, 'kept apart (shared events all found)');
  }
  for (let i = 0; i < reports.length; i++) {
    for (let j = i + 1; j < reports.length; j++) {
      const [a, b] = [reports[i]!, reports[j]!];
      if (a.article === b.article || a.entry === null || a.entry !== b.entry) continue;
      if (a.g.event !== undefined && a.g.event === b.g.event) continue;
      const features = likenessFeatures(a.item!, b.item!, weights);
      const linked = handLikeness(features) >= SAME_EVENT;
      add(
        counts,
        `wrong merge (pair): ${linked ? `linked, carried by ${carrier(features)}` : 'joined through another report'}`,
      );
    }
  }
}

async function main(): Promise<void> {
  const articles = await Promise.all(loadGold().map(extractGoldArticle));
  const parts = [
    ['tuned+study', articles.filter((a) => !a.gold.heldOut)],
    ['held out', articles.filter((a) => a.gold.heldOut)],
  ] as const;
  const tables = parts.map(([, part]) => {
    const counts: Counts = new Map();
    for (const story of new Set(part.map((a) => a.gold.story)))
      storyCauses(
        part.filter((a) => a.gold.story === story),
        counts,
      );
    return counts;
  });
  const causes = [...new Set(tables.flatMap((t) => [...t.keys()]))].sort();
  const width = Math.max(...causes.map((c) => c.length));
  console.log(
    `${'cause'.padEnd(width)}  ${parts.map(([name, part]) => `${name} (${part.length})`.padStart(18)).join('')}`,
  );
  for (const cause of causes) {
    console.log(`${cause.padEnd(width)}  ${tables.map((t) => String(t.get(cause) ?? 0).padStart(18)).join('')}`);
  }
}

await main();
