// How each tuned or study article stands with the articles of other gold stories it comes near (a trap: another
// happening of the same kind and place), beside how the articles of one story stand with each other: for every pair
// of two stories scoring at least half the join threshold, and (with --same) every pair of one story, the score, its
// route and what each opening tells (its kinds of happening, its days, its streets, its protagonists, its lede).
// `--json` writes every pair at half the threshold or more, of one story or two, as a JSON line on stderr (the
// fingerprints' lead readings beside the similarity's parts), for counting which reading tells traps from follow-ups.
// `--tally` counts, for pairs of one story at the threshold and of two at half of it, the readings that might tell a
// trap from a follow-up: the kinds and days their openings tell, and whether each opens on a name the other never gives.
// Held-out articles are left out altogether, so nothing of them is printed or clustered.
// Run from the repository root: `npx tsx tests/bench/story-traps.ts [--same] [--only=<file part>] [--json] [--tally]`.
import {
  type ArticleFingerprint,
  JOIN_THRESHOLD,
  type SimilarityParts,
  similarityParts,
} from '../../electron/core/timeline/stories/stories.ts';
import { loadTunedStories, shortName } from './tuned-stories.ts';

const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const same = process.argv.includes('--same');
const asJson = process.argv.includes('--json');
const tally = process.argv.includes('--tally');
const { prints, goldStory, idf, entityIdf } = await loadTunedStories();

const who = (print: ArticleFingerprint) => {
  const { suspect, victim } = print.protagonists ?? {};
  return `sus ${suspect ? JSON.stringify(suspect) : '-'} vic ${victim ? JSON.stringify(victim) : '-'}`;
};
const list = (items: readonly string[] | undefined) => (items?.length ? items.join('|') : '-');
const opening = (print: ArticleFingerprint) =>
  `  ${shortName(print.id)} [${print.publishedAt?.slice(0, 16)}] kinds ${list(print.happenings)} days ${list(print.openingDays)} streets ${list(print.streets)} ${who(print)}\n    lede ${(print.lede ?? []).join(' ')}`;

function show(a: ArticleFingerprint, b: ArticleFingerprint, one: boolean, p: SimilarityParts): void {
  const leads = (a.leading ?? []).filter((name) => b.leading?.includes(name));
  console.log(
    `${one ? 'one' : 'two'} ${p.score.toFixed(2)} ${p.route} text ${p.text.toFixed(2)} names ${Math.max(p.shared, p.names).toFixed(2)} common ${p.common} op ${+p.opening} pa ${p.particulars.toFixed(2)} ha ${p.happening.toFixed(2)} sc ${+p.sameCounts} both-leads ${list(leads)}`,
  );
  console.log(opening(a));
  console.log(opening(b));
}

const readings = (print: ArticleFingerprint) => ({
  id: shortName(print.id),
  at: print.publishedAt,
  title: print.title,
  leading: print.leading ?? [],
  placeNames: print.placeNames ?? [],
  passing: print.passing ?? {},
  entities: print.entities,
  happenings: print.happenings ?? [],
  openingDays: print.openingDays ?? [],
  moments: print.moments ?? [],
  streets: print.streets ?? [],
  people: print.people ?? [],
  lede: print.lede ?? [],
  earlier: print.earlier ?? [],
  nods: print.nods ?? [],
  terms: Object.keys(print.terms),
});

const counts = new Map<string, [number, number]>();
const isPhysical = new Set([
  'fault',
  'impact',
  'flood',
  'collapse',
  'fire',
  'erupt',
  'quake',
  'derail',
  'landfall',
  'slide',
  'outage',
  'stranding',
  'sewage',
  'sink',
]);
const kindsOf = (print: ArticleFingerprint) => new Set((print.happenings ?? []).map((entry) => entry.split(':')[0]!));
function count(a: ArticleFingerprint, b: ArticleFingerprint, one: boolean, p: SimilarityParts): void {
  if (p.score < (one ? JOIN_THRESHOLD : JOIN_THRESHOLD / 2)) return;
  const [kindsA, kindsB] = [kindsOf(a), kindsOf(b)];
  const shared = [...kindsA].filter((kind) => kindsB.has(kind));
  const kinds = kindsA.size === 0 || kindsB.size === 0 ? 'none' : shared.length > 0 ? 'shared' : 'differ';
  const [daysA, daysB] = [a.openingDays ?? [], b.openingDays ?? []];
  const days =
    daysA.length === 0 || daysB.length === 0 ? 'n/a' : daysA.some((day) => daysB.includes(day)) ? 'same' : 'differ';
  const ownName = (x: ArticleFingerprint, y: ArticleFingerprint) =>
    (x.leading ?? []).some((name) => !(name in y.entities));
  const add = (key: string) => {
    const row = counts.get(key) ?? [0, 0];
    row[one ? 0 : 1]++;
    counts.set(key, row);
  };
  add(`opening kinds ${kinds}, opening days ${days}`);
  add(`a physical kind in both openings, days ${days}: ${shared.some((kind) => isPhysical.has(kind))}`);
  add(`each opens on a name the other never gives, days ${days}: ${ownName(a, b) && ownName(b, a)}`);
}

for (let i = 0; i < prints.length; i++)
  for (let j = i + 1; j < prints.length; j++) {
    const [a, b] = [prints[i]!, prints[j]!];
    if (only && !a.id.includes(only) && !b.id.includes(only)) continue;
    const one = goldStory.get(a.id) === goldStory.get(b.id);
    if (!asJson && !tally && one !== same) continue;
    const p = similarityParts(a, b, idf, entityIdf);
    if (!one && p.score < JOIN_THRESHOLD / 2) continue;
    if (tally) count(a, b, one, p);
    else if (!asJson) show(a, b, one, p);
    else if (p.score >= JOIN_THRESHOLD / 2)
      console.error(JSON.stringify({ one, ...p, a: readings(a), b: readings(b) }));
  }
if (tally) {
  console.log(`${'reading (pairs of one story >= the threshold, of two >= half)'.padEnd(70)} one  two`);
  for (const [key, [one, two]] of [...counts].sort())
    console.log(`${key.padEnd(70)} ${String(one).padStart(3)}  ${String(two).padStart(3)}`);
}
