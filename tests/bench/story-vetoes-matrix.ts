// Scratch: score/route matrix of one study story's articles (study only).
import { readFileSync } from 'node:fs';
import { extractFromHtml } from '../../electron/core/extract/index.ts';
import { extractEntities } from '../../electron/core/timeline/entities.ts';
import { KNOWN_WORDS } from '../../electron/core/timeline/lexicon.ts';
import { inverseDocumentFrequency } from '../../electron/core/timeline/similarity.ts';
import { fingerprintArticle, type StoryArticle, similarityParts } from '../../electron/core/timeline/stories.ts';
import { type GoldArticle, loadGold } from './timeline-gold.ts';
const ROOT = new URL('../../', import.meta.url);
async function storyArticle(entry: GoldArticle): Promise<StoryArticle> {
  const page = await extractFromHtml(readFileSync(new URL(entry.file, ROOT), 'utf8'), { url: `https://bench.example/${entry.file}` });
  const { title, text, publishedAt } = page;
  return { id: entry.file, title, text, entities: extractEntities(text), publishedAt, knownWords: KNOWN_WORDS };
}
const gold = loadGold();
const articles = await Promise.all(gold.map(storyArticle));
const prints = articles.map(fingerprintArticle);
const idf = inverseDocumentFrequency(prints.map((p) => p.terms));
const entityIdf = inverseDocumentFrequency(prints.map((p) => p.entities));
const want = process.argv[2]!;
const entryOf = new Map(gold.map((e) => [e.file, e]));
const sel = prints.filter((p) => { const e = entryOf.get(p.id)!; return !e.heldOut && (e.story === want || p.id.includes(want)); });
for (const p of sel) console.log(entryOf.get(p.id)!.story, entryOf.get(p.id)!.publishedAt, p.id.split('/').pop());
for (const a of sel) console.log(sel.map((b) => { if (a === b) return '   -   '; const s = similarityParts(a, b, idf, entityIdf); return `${s.score.toFixed(2)}${s.route === 'names' ? '' : s.route.slice(0, 4)}`.padEnd(9); }).join(' '));
