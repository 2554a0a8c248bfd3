// Scratch (tl-stories8): routes of pairs, totals only by part. Which routes set two articles apart, among pairs of one
// gold story (the risk of a veto) and pairs of two stories joined by a chain (what a veto would mend).
import { readFileSync } from 'node:fs';
import { extractFromHtml } from '../../electron/core/extract/index.ts';
import { extractEntities } from '../../electron/core/timeline/entities.ts';
import { KNOWN_WORDS } from '../../electron/core/timeline/lexicon.ts';
import { inverseDocumentFrequency } from '../../electron/core/timeline/similarity.ts';
import {
  clusterStories,
  fingerprintArticle,
  JOIN_THRESHOLD,
  type StoryArticle,
  similarityParts,
} from '../../electron/core/timeline/stories.ts';
import { type GoldArticle, loadGold } from './timeline-gold.ts';

const ROOT = new URL('../../', import.meta.url);
type Counts = Map<string, number>;
const add = (counts: Counts, cause: string) => counts.set(cause, (counts.get(cause) ?? 0) + 1);
async function storyArticle(entry: GoldArticle): Promise<StoryArticle> {
  const page = await extractFromHtml(readFileSync(new URL(entry.file, ROOT), 'utf8'), {
    url: `https://bench.example/${entry.file}`,
  });
  const { title, text, publishedAt } = page;
  return { id: entry.file, title, text, entities: extractEntities(text), publishedAt, knownWords: KNOWN_WORDS };
}
const gold = loadGold();
const articles = await Promise.all(gold.map(storyArticle));
const found = new Map<string, string>();
for (const story of clusterStories(articles)) for (const id of story.articleIds) found.set(id, story.storyId);
const prints = articles.map(fingerprintArticle);
const idf = inverseDocumentFrequency(prints.map((print) => print.terms));
const entityIdf = inverseDocumentFrequency(prints.map((print) => print.entities));
const entryOf = new Map(gold.map((entry) => [entry.file, entry]));
const parts = [
  ['tuned', (e: GoldArticle) => !e.heldOut && !e.study],
  ['study', (e: GoldArticle) => Boolean(e.study)],
  ['held out', (e: GoldArticle) => Boolean(e.heldOut)],
] as const;
const tables = parts.map(([, inPart]) => {
  const counts: Counts = new Map();
  for (let i = 0; i < prints.length; i++)
    for (let j = i + 1; j < prints.length; j++) {
      const [a, b] = [prints[i]!, prints[j]!];
      const [ga, gb] = [entryOf.get(a.id)!, entryOf.get(b.id)!];
      if (!inPart(ga) || !inPart(gb)) continue;
      const same = ga.story === gb.story;
      const together = found.get(a.id) === found.get(b.id);
      const p = similarityParts(a, b, idf, entityIdf);
      if (!together || p.score >= JOIN_THRESHOLD || !ga.study || !gb.study) continue; console.log(a.id, b.id, a.title, "|", b.title, p.route, p.score.toFixed(3), p.text.toFixed(3), same);
      const bucket = (x: number, step: number) => (Math.floor(x / step) * step).toFixed(2);
      const kind = same ? 'one story chained' : 'two stories chained';
      add(counts, `${kind}: route ${p.route}`);
      add(counts, `${kind}: score ${bucket(p.score, 0.05)}`);
      add(counts, `${kind}: text ${bucket(p.text, 0.05)}`);
      add(counts, `${kind}: common ${Math.min(p.common, 4)}`);
      add(counts, `${kind}: all`);
    }
  return counts;
});
const causes = [...new Set(tables.flatMap((t) => [...t.keys()]))].sort();
const width = Math.max(...causes.map((c) => c.length));
console.log(`${'cause'.padEnd(width)}  ${parts.map(([name]) => name.padStart(10)).join('')}`);
for (const cause of causes)
  console.log(`${cause.padEnd(width)}  ${tables.map((t) => String(t.get(cause) ?? 0).padStart(10)).join('')}`);
