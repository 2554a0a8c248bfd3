// Scratch (tl-stories8): the placements the kept-out rule changes, by part, as totals: whether the story it refused was
// the article's gold story, and the routes of the articles that set it apart.
import { readFileSync } from 'node:fs';
import { extractFromHtml } from '../../electron/core/extract/index.ts';
import { extractEntities } from '../../electron/core/timeline/entities.ts';
import { KNOWN_WORDS } from '../../electron/core/timeline/lexicon.ts';
import { fingerprintArticle, JOIN_THRESHOLD, type StoryArticle, similarityParts } from '../../electron/core/timeline/stories.ts';
import { countPlaced, placedFrequencies } from '../../electron/core/timeline/story-frequencies.ts';
import { plainlyApart } from '../../electron/core/timeline/story-kept-out.ts';
import { type GoldArticle, loadGold } from './timeline-gold.ts';

const ROOT = new URL('../../', import.meta.url);
async function storyArticle(entry: GoldArticle): Promise<StoryArticle> {
  const page = await extractFromHtml(readFileSync(new URL(entry.file, ROOT), 'utf8'), { url: `https://bench.example/${entry.file}` });
  const { title, text, publishedAt } = page;
  return { id: entry.file, title, text, entities: extractEntities(text), publishedAt, knownWords: KNOWN_WORDS };
}
const gold = loadGold();
const entryOf = new Map(gold.map((e) => [e.file, e]));
const partOf = (id: string) => (entryOf.get(id)!.heldOut ? 'held out' : entryOf.get(id)!.study ? 'study' : 'tuned');
const order = (a: StoryArticle) => { const t = Date.parse(a.publishedAt ?? ''); return Number.isNaN(t) ? '\uffff' : new Date(t).toISOString(); };
const articles = (await Promise.all(gold.map(storyArticle))).sort((a, b) => order(a).localeCompare(order(b)));
const placed = placedFrequencies();
const stories: string[][] = [];
const prints = new Map<string, ReturnType<typeof fingerprintArticle>>();
const counts = new Map<string, number>();
const add = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
const verbose = process.argv[2] === '--study';
for (const art of articles) {
  const fp = fingerprintArticle(art);
  prints.set(fp.id, fp);
  countPlaced(placed, fp);
  const [idf, entityIdf] = [placed.terms.weights(), placed.entities.weights()];
  const rows = stories.map((members) => members.map((id) => { const p = similarityParts(fp, prints.get(id)!, idf, entityIdf); return { id, ...p, apart: plainlyApart(p.route, p.score, JOIN_THRESHOLD) }; }));
  // as chooseStory (mean, with and without the rule)
  const pick = (rule: boolean) => { let best = -1; let mean = -1; rows.forEach((r, i) => { const w = r.filter((x) => x.score >= JOIN_THRESHOLD).length; const ap = r.filter((x) => x.apart).length; const ok = w > 0 && (!rule || ap < w); const m = r.reduce((s, x) => s + x.score, 0) / r.length; if (ok && m > mean) { mean = m; best = i; } }); return best; };
  const [off, on] = [pick(false), pick(true)];
  if (off !== on) {
    const mine = entryOf.get(fp.id)!.story;
    const refusedRight = stories[off]!.filter((id) => entryOf.get(id)!.story === mine).length;
    const part = partOf(fp.id);
    add(`${part}: refused a story holding ${refusedRight}/${stories[off]!.length} of its gold story; went to ${on < 0 ? 'own' : 'another'}`);
    for (const x of rows[off]!) if (x.apart) add(`${part}: set apart by ${x.route} (${entryOf.get(x.id)!.story === mine ? 'same gold story' : 'other gold story'})`);
    if (verbose && part !== 'held out') console.log(fp.id, '| refused', stories[off]!.join(' '), rows[off]!.map((x) => `${x.score.toFixed(2)}${x.route}`).join(' '));
  }
  if (on < 0) stories.push([fp.id]); else stories[on]!.push(fp.id);
}
for (const [k, v] of [...counts].sort()) console.log(k.padEnd(110), v);
