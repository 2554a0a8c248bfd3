// What the pairs of articles alike enough to join are like (route, words, where their shared names stand, the kinds
// and days their openings tell), counted for pairs of one gold story and of two, tuned+study beside held out, as totals
// only: no title, sentence or file of a held-out article is printed. Pairs are scored within each part, as the bench
// scores them, before clustering (a pair may still be joined or kept apart through a third article).
// Run: npx tsx tests/bench/story-join-features.ts
import { readFileSync } from 'node:fs';
import { extractFromHtml } from '../../electron/core/extract/index.ts';
import { extractEntities } from '../../electron/core/timeline/extraction/entities.ts';
import { KNOWN_WORDS } from '../../electron/core/timeline/language/lexicon.ts';
import { inverseDocumentFrequency } from '../../electron/core/timeline/language/similarity.ts';
import {
  type ArticleFingerprint,
  fingerprintArticle,
  JOIN_THRESHOLD,
  type StoryArticle,
  similarityParts,
} from '../../electron/core/timeline/stories/stories.ts';
import { type GoldArticle, loadGold } from './timeline-gold.ts';

const ROOT = new URL('../../', import.meta.url);
async function storyArticle(entry: GoldArticle): Promise<StoryArticle> {
  const page = await extractFromHtml(readFileSync(new URL(entry.file, ROOT), 'utf8'), {
    url: `https://bench.example/${entry.file}`,
  });
  const { title, text, publishedAt } = page;
  return { id: entry.file, title, text, entities: extractEntities(text), publishedAt, knownWords: KNOWN_WORDS };
}
const gold = loadGold();
const articles = await Promise.all(gold.map(storyArticle));
const prints = articles.map(fingerprintArticle);
const idf = inverseDocumentFrequency(prints.map((print) => print.terms));
const entityIdf = inverseDocumentFrequency(prints.map((print) => print.entities));
const entryOf = new Map(gold.map((entry) => [entry.file, entry]));

const bucket = (x: number, bars: number[]) => {
  const i = bars.findIndex((bar) => x < bar);
  return i < 0 ? `>=${bars.at(-1)}` : `<${bars[i]}`;
};
const daysApart = (a: ArticleFingerprint, b: ArticleFingerprint) =>
  a.publishedAt && b.publishedAt
    ? Math.round(Math.abs(Date.parse(a.publishedAt) - Date.parse(b.publishedAt)) / 864e5)
    : 0;
/** What a pair reaching the threshold is like: its route and parts, where its shared names stand, its openings. */
function features(a: ArticleFingerprint, b: ArticleFingerprint): Record<string, string> {
  const p = similarityParts(a, b, idf, entityIdf);
  const inCommon = Object.keys(a.entities).filter((name) => name in b.entities);
  const [leadA, leadB] = [new Set(a.leading ?? []), new Set(b.leading ?? [])];
  const isPlace = (name: string) => Boolean(a.placeNames?.includes(name) || b.placeNames?.includes(name));
  const count = (test: (name: string) => boolean, most: number) => Math.min(inCommon.filter(test).length, most);
  const inBothLeads = (name: string) => leadA.has(name) && leadB.has(name);
  const passingBoth = count((n) => n in (a.passing ?? {}) && n in (b.passing ?? {}), 99);
  const kindsA = new Set(a.happenings ?? []);
  const kindsB = b.happenings ?? [];
  const kinds =
    kindsA.size === 0 || kindsB.length === 0 ? 'none' : kindsB.some((k) => kindsA.has(k)) ? 'shared' : 'differ';
  const days =
    a.openingDays && b.openingDays
      ? a.openingDays.some((d) => b.openingDays?.includes(d))
        ? 'same'
        : 'differ'
      : 'n/a';
  const text = bucket(p.text, [0.33, 0.45]);
  const flags = `sc${+p.sameCounts} pa${+(p.particulars > 0)} op${+p.opening}`;
  return {
    route: p.route,
    text: bucket(p.text, [0.22, 0.27, 0.33, 0.45]),
    score: bucket(p.score, [0.35, 0.4, 0.5, 0.7]),
    common: String(Math.min(inCommon.length, 5)),
    flags: `${flags} ha${+(p.happening > 0)}`,
    daysApart: bucket(daysApart(a, b), [1, 2, 4, 8, 31]),
    "names in both leads / not the place's": `${count(inBothLeads, 3)} / ${Math.min(inCommon.length - count(isPlace, 99), 3)}`,
    'names in passing in both / shared': `${Math.min(passingBoth, 3)} of ${Math.min(inCommon.length, 4)}`,
    "lead names: both, not the place's / either; all in passing": `${count((n) => inBothLeads(n) && !isPlace(n), 2)} / ${count((n) => leadA.has(n) || leadB.has(n), 2)}; ${+(inCommon.length > 0 && passingBoth === inCommon.length)} ${text}`,
    'opening kinds, opening days, words': `${kinds} ${days} ${text}`,
    'opening kinds, opening days, evidence': `${kinds} ${days} ${flags}`,
  };
}
const parts = [
  ['tuned+study', (entry: GoldArticle) => !entry.heldOut],
  ['held out', (entry: GoldArticle) => Boolean(entry.heldOut)],
] as const;
type Tab = Map<string, [number, number]>;
const tables = parts.map(([, inPart]) => {
  const t: Tab = new Map();
  for (let i = 0; i < prints.length; i++)
    for (let j = i + 1; j < prints.length; j++) {
      const [a, b] = [prints[i]!, prints[j]!];
      const [ga, gb] = [entryOf.get(a.id)!, entryOf.get(b.id)!];
      if (!inPart(ga) || !inPart(gb)) continue;
      const p = similarityParts(a, b, idf, entityIdf);
      if (p.score < JOIN_THRESHOLD) continue;
      const same = ga.story === gb.story;
      for (const [k, v] of Object.entries(features(a, b))) {
        const key = `${k}: ${v}`;
        const row = t.get(key) ?? [0, 0];
        row[same ? 0 : 1]++;
        t.set(key, row);
      }
    }
  return t;
});
const keys = [...new Set(tables.flatMap((t) => [...t.keys()]))].sort();
console.log(`${'feature (pairs at the threshold)'.padEnd(40)} tuned+study one/two   held out one/two`);
for (const key of keys)
  console.log(`${key.padEnd(40)} ${tables.map((t) => (t.get(key) ?? [0, 0]).join('/').padStart(12)).join('      ')}`);
