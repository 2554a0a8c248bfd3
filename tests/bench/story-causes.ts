// Why story grouping joins articles of two gold stories and leaves apart articles of one, counted over the pairs the
// bench scores for each part (pairs with an article of the part), tuned+study beside held out, as totals only: no
// title, sentence or file of a held-out article is printed, so the held-out rounds stay blind while showing which part
// of similarity their joins and misses come from. Every article is clustered together, as the bench does.
// Run: npx tsx tests/bench/story-causes.ts
import { readFileSync } from 'node:fs';
import { extractFromHtml } from '../../electron/core/extract/index.ts';
import { extractEntities } from '../../electron/core/timeline/extraction/entities.ts';
import { KNOWN_WORDS } from '../../electron/core/timeline/language/lexicon.ts';
import { inverseDocumentFrequency } from '../../electron/core/timeline/language/similarity.ts';
import {
  clusterStories,
  fingerprintArticle,
  JOIN_THRESHOLD,
  type StoryArticle,
  similarityParts,
} from '../../electron/core/timeline/stories/stories.ts';
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
  ['tuned+study', (entry: GoldArticle) => !entry.heldOut],
  ['held out', (entry: GoldArticle) => Boolean(entry.heldOut)],
] as const;
const tables = parts.map(([, inPart]) => {
  const counts: Counts = new Map();
  for (let i = 0; i < prints.length; i++) {
    for (let j = i + 1; j < prints.length; j++) {
      const [a, b] = [prints[i]!, prints[j]!];
      const [ga, gb] = [entryOf.get(a.id)!, entryOf.get(b.id)!];
      if (!inPart(ga) && !inPart(gb)) continue;
      const same = ga.story === gb.story;
      const together = found.get(a.id) === found.get(b.id);
      if (same === together) continue;
      const p = similarityParts(a, b, idf, entityIdf);
      const mixed = inPart(ga) && inPart(gb) ? 'both of the part' : 'one of another part';
      if (together) {
        const words = 0.5 * p.text;
        const carried = words >= p.score - words ? 'words' : p.sameCounts ? 'names+counts/moments' : 'names';
        const how = p.score >= JOIN_THRESHOLD ? `direct, carried by ${carried}, route ${p.route}` : 'chained';
        add(counts, `joined, two stories (${mixed}): ${how}`);
        if (p.score >= JOIN_THRESHOLD) {
          for (const extra of ['opening', 'particulars', 'happening'] as const) {
            if (p[extra]) add(counts, `joined, two stories, direct, with ${extra}`);
          }
        }
        add(counts, 'joined, two stories (pairs)');
      } else {
        const gap = JOIN_THRESHOLD - p.score;
        const near = gap <= 0.05 ? 'within .05' : gap <= 0.15 ? 'within .15' : 'farther';
        add(
          counts,
          `apart, one story (${mixed}): ${gap <= 0 ? 'above the threshold (kept apart by clustering)' : `below ${near}`}, route ${p.route}`,
        );
        add(counts, 'apart, one story (pairs)');
      }
    }
  }
  return counts;
});
const causes = [...new Set(tables.flatMap((t) => [...t.keys()]))].sort();
const width = Math.max(...causes.map((c) => c.length));
console.log(`${'cause'.padEnd(width)}  ${parts.map(([name]) => name.padStart(14)).join('')}`);
for (const cause of causes)
  console.log(`${cause.padEnd(width)}  ${tables.map((t) => String(t.get(cause) ?? 0).padStart(14)).join('')}`);
