// Which kinds of link join reports of two events in one timeline entry, beside how often the same kinds join reports of
// one event, for the tuned and study articles and for the held-out ones, as totals only: no sentence, date or file of a
// held-out article is printed. A link is a pair of reports of one entry alike enough to join (SAME_EVENT for two
// articles, SAME_ARTICLE for one); it is wrong when the gold gives its reports two events (or one an event of its
// article's own). For each link, the feature it could not do without (its score less that feature's part falls short),
// the screens of candidate rules it would meet (kinds only), and its profile (the kinds of evidence it has); and pairs
// of one entry not alike enough to link, by score and what told against them: each counted wrong / right. Tells
// whether a rule aimed at a kind of wrong link would cut more right links than wrong ones, before any bench.
// Run: npx tsx tests/bench/merge-link-kinds.ts [profiles]
import type { Event } from '../../electron/core/timeline/extraction/events.ts';
import {
  FEATURE_NAMES,
  handLikeness,
  type LikenessFeatures,
  type MergeItem,
} from '../../electron/core/timeline/merging/likeness-features.ts';
import { mergeEvents, mergeItemsOf, SAME_EVENT } from '../../electron/core/timeline/merging/merge-events.ts';
import { likenessFeatures } from '../../electron/core/timeline/merging/merge-likeness.ts';
import { tellSameAction } from '../../electron/core/timeline/merging/same-action.ts';
import { type ExtractedGoldArticle, extractGoldArticle } from './gold-extracted.ts';
import { type GoldEvent, isReportOf, loadGold } from './timeline-gold.ts';

// merge-events.ts's threshold for two reports of one article (not exported there).
const SAME_ARTICLE = 0.6;
type Tally = Map<string, [number, number]>;
const count = (tally: Tally, key: string, wrong: boolean) => {
  const both = tally.get(key) ?? [0, 0];
  both[wrong ? 0 : 1]++;
  tally.set(key, both);
};

const bin = (value: number, edges: readonly number[]) => {
  if (value === 0) return '0';
  const edge = edges.find((e) => value < e);
  return edge === undefined ? `>=${edges.at(-1)}` : `<${edge}`;
};

/** The kinds of evidence a link has, in short. */
function profile(a: MergeItem, b: MergeItem, f: LikenessFeatures): string {
  const parts = [a.articleId === b.articleId ? 'one-article' : 'two'];
  if (f.sameAction) parts.push(tellSameAction(a.report, b.report, true) ? 'act=' : 'act~');
  parts.push(`w${bin(f.words, [0.15, 0.3])}`, `l${bin(f.lemmas, [0.2])}`);
  const flags: [keyof LikenessFeatures, string][] = [
    ['sharedActors', 'actor'],
    ['sharedPlaces', 'place'],
    ['sameClock', 'clock'],
    ['clockInPartOfDay', 'part'],
    ['sharedNumber', 'num'],
    ['rareName', 'rare'],
    ['onlyOneThatDay', 'only1'],
    ['ledeHour', 'ledeHour'],
  ];
  for (const [name, short] of flags) if (f[name]) parts.push(short);
  if (a.ahead !== b.ahead) parts.push('aheadBesideNot');
  return parts.join(' ');
}

/** Which links a candidate rule would touch (kinds of link, no text). */
function screens(a: MergeItem, b: MergeItem, f: LikenessFeatures, score: number, threshold: number): string[] {
  const tags: string[] = [];
  const strict = tellSameAction(a.report, b.report, true);
  if (f.ledeHour) {
    tags.push(`ledeHour ${strict ? 'strict' : 'other words'}${score - 0.6 < threshold ? ' needed' : ''}`);
    const lede = a.lede ? a : b;
    if (lede.since) tags.push('ledeHour, lede since');
  }
  if (f.rareName) {
    const names = (item: MergeItem) => {
      const { people, organizations, places } = item.event.entities;
      return [...people, ...organizations, ...places].map((name) => name.toLowerCase());
    };
    const theirs = new Set(names(b));
    const shared = names(a).filter((name) => theirs.has(name));
    const told = (item: MergeItem, name: string) => item.report.actors.has(name) || item.report.places.has(name);
    const oneSided = shared.every((name) => told(a, name) !== told(b, name));
    const neither = shared.every((name) => !told(a, name) && !told(b, name));
    const kind = oneSided ? 'doer or place in one only' : neither ? 'in neither doers nor places' : 'in both';
    tags.push(`rareName ${kind}${score - 0.4 * f.rareName < threshold ? ' needed' : ''}`);
  }
  if (a.articleId === b.articleId && f.rareName && score - 0.4 * f.rareName < threshold)
    tags.push('one article, rareName needed');
  if (a.articleId === b.articleId && f.rareName) tags.push('one article, rareName');
  if (f.onlyOneThatDay && score - 0.3 < threshold) {
    tags.push('onlyOne needed');
    if (a.ahead !== b.ahead && !f.sameAction) tags.push('onlyOne needed, ahead beside not, no action');
    if (!f.sameAction) tags.push('onlyOne needed, no action shared');
  }
  if (f.sameAction && score - 0.25 < threshold) {
    tags.push(`sameAction needed, ${strict ? 'strict' : 'other'}`);
    const [x, y] = [a.report.terms, b.report.terms];
    const sharedTerms = [...x.keys()].filter(
      (k) => !k.startsWith('@') && (x.get(k) ?? 0) >= 0.3 && (y.get(k) ?? 0) >= 0.3,
    );
    tags.push(
      `sameAction needed, ${strict ? 'strict' : 'other'}, shared terms ${Math.min(sharedTerms.length, 3)}${a.articleId === b.articleId ? ' one article' : ''}`,
    );
    if (a.ahead !== b.ahead) tags.push('sameAction needed, ahead beside not');
  }
  return tags;
}

/** The features without which the link falls short. */
function needed(f: LikenessFeatures, score: number, threshold: number): string[] {
  const zero = Object.fromEntries(FEATURE_NAMES.map((name) => [name, 0])) as unknown as LikenessFeatures;
  return FEATURE_NAMES.filter((name) => {
    if (!f[name]) return false;
    const part = handLikeness({ ...zero, [name]: f[name] });
    return part > 0 && score - part < threshold;
  });
}

function storyLinks(
  members: readonly ExtractedGoldArticle[],
  tallies: { need: Tally; profiles: Tally; screens: Tally },
): void {
  const input = members.map((a) => ({ articleId: a.id, events: a.events, publishedAt: a.publishedAt }));
  const merged = mergeEvents(input);
  const { items, weights } = mergeItemsOf(input);
  const goldOf = new Map<Event, string>();
  for (const a of members) {
    for (const g of a.gold.events as GoldEvent[]) {
      const event = a.events.find((e) => isReportOf({ ...e, sentence: a.text.slice(e.start, e.end) }, g));
      if (event) goldOf.set(event, g.event ?? `own ${a.id} ${g.sentence}`);
    }
  }
  for (const entry of merged) {
    const inEntry = items.filter(
      (item) =>
        goldOf.has(item.event as Event) &&
        entry.sources.some(
          (s) => s.articleId === item.articleId && s.start === item.event.start && entry.date === item.event.date,
        ),
    );
    for (let i = 0; i < inEntry.length; i++) {
      for (let j = i + 1; j < inEntry.length; j++) {
        const [a, b] = [inEntry[i]!, inEntry[j]!];
        if (a.articleId === b.articleId && a.event.start === b.event.start) continue;
        const threshold = a.articleId === b.articleId ? SAME_ARTICLE : SAME_EVENT;
        const features = likenessFeatures(a, b, weights);
        const score = handLikeness(features);
        const wrong0 = goldOf.get(a.event as Event) !== goldOf.get(b.event as Event);
        if (score < threshold) {
          const side = a.articleId === b.articleId ? 'one article' : 'two';
          const against = (
            ['toldApart', 'otherPeople', 'otherClock', 'otherOwners', 'quotedBesideTold', 'lastBesideStart'] as const
          )
            .filter((name) => features[name])
            .join('+');
          count(
            tallies.screens,
            `unlinked ${side} score ${bin(score, side === 'two' ? [0.1, 0.2, 0.6] : [0.1, 0.2, 0.3, 0.4, 0.5, 0.6])} ${against || 'nothing against'}`,
            wrong0,
          );
          continue;
        }
        const wrong = goldOf.get(a.event as Event) !== goldOf.get(b.event as Event);
        const need = needed(features, score, threshold);
        count(tallies.need, need.length ? need.join('+') : '(none alone)', wrong);
        count(tallies.profiles, profile(a, b, features), wrong);
        for (const tag of screens(a, b, features, score, threshold)) count(tallies.screens, tag, wrong);
      }
    }
  }
}

async function main(): Promise<void> {
  const showProfiles = process.argv[2] === 'profiles';
  const articles = await Promise.all(loadGold().map(extractGoldArticle));
  const parts = [
    ['tuned+study', articles.filter((a) => !a.gold.heldOut)],
    ['held out', articles.filter((a) => a.gold.heldOut)],
  ] as const;
  const tallies = parts.map(([, part]) => {
    const tally = { need: new Map(), profiles: new Map(), screens: new Map() } as {
      need: Tally;
      profiles: Tally;
      screens: Tally;
    };
    for (const story of new Set(part.map((a) => a.gold.story)))
      storyLinks(
        part.filter((a) => a.gold.story === story),
        tally,
      );
    return tally;
  });
  for (const kind of showProfiles ? (['need', 'screens', 'profiles'] as const) : (['need', 'screens'] as const)) {
    const keys = [...new Set(tallies.flatMap((t) => [...t[kind].keys()]))].sort(
      (x, y) => (tallies[1]![kind].get(y)?.[0] ?? 0) - (tallies[1]![kind].get(x)?.[0] ?? 0) || x.localeCompare(y),
    );
    const width = Math.max(20, ...keys.map((k) => k.length));
    console.log(
      `\n${`links by ${kind === 'need' ? 'feature needed' : kind}`.padEnd(width)}  ${parts.map(([name]) => `${name} wrong/right`.padStart(24)).join('')}`,
    );
    for (const key of keys) {
      const cells = tallies.map((t) => {
        const [w, r] = t[kind].get(key) ?? [0, 0];
        return `${w}/${r}`.padStart(24);
      });
      console.log(`${key.padEnd(width)}  ${cells.join('')}`);
    }
  }
}

await main();
