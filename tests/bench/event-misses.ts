// Lists, for the tuned articles only, the gold events extraction misses: those not found on their sentence, those found
// there with another date (ours beside the gold's), and our events on sentences the gold holds no event of. What to
// study when recall or date precision falls. Held-out articles are never loaded.
// Run: npx tsx tests/bench/event-misses.ts [story-substring …] (an article is listed when its story or file name holds
// any of them; the last line scores the articles listed as the bench does).
import { readFileSync } from 'node:fs';
import { extractFromHtml } from '../../electron/core/extract/index.ts';
import { extractEvents } from '../../electron/core/timeline/extraction/events.ts';
import { addScores, dateKey, type GoldArticle, loadGold, type Score, scoreArticle } from './timeline-gold.ts';

const ROOT = new URL('../../', import.meta.url);
/** The save date of gold pages that do not say when the reader saved them, as the bench has it. */
const SAVED_AT = '2026-01-01T00:00:00Z';

const show = (key: string) => key.replace(/\/\//, '').replace(/\/(day|month|year)$/, (_, p: string) => ` ${p}`);
const clip = (text: string) => (text.length > 150 ? `${text.slice(0, 150)}…` : text).replace(/\s+/g, ' ');

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const gold = loadGold().filter(
    (a) => !a.heldOut && (only.length === 0 || only.some((part) => a.story.includes(part) || a.file.includes(part))),
  );
  const scores: Score[] = [];
  let goldCount = 0;
  let missing = 0;
  let wrongDates = 0;
  let extra = 0;
  for (const article of gold as GoldArticle[]) {
    const page = await extractFromHtml(readFileSync(new URL(article.file, ROOT), 'utf8'), {
      url: `https://bench.example/${article.file}`,
    });
    const events = extractEvents(page.text, { publishedAt: page.publishedAt, savedAt: article.savedAt ?? SAVED_AT });
    const ours = events.map((e) => ({ ...e, sentence: page.text.slice(e.start, e.end), key: dateKey(e) }));
    scores.push(scoreArticle(article.events, ours));
    const lines: string[] = [];
    goldCount += article.events.length;
    for (const g of article.events) {
      const onSentence = ours.filter((e) => e.sentence.startsWith(g.sentence));
      if (onSentence.some((e) => e.key === dateKey(g))) continue;
      const all = onSentence.map((e) => `${show(e.key)} "${page.text.slice(e.dateStart, e.dateEnd)}"`);
      // Our dates on this sentence that are another gold event's of it are not wrong, only this one is missing.
      const sentenceGold = new Set(article.events.filter((o) => o.sentence === g.sentence).map(dateKey));
      const stray = onSentence.filter((e) => !sentenceGold.has(e.key));
      if (onSentence.length === 0) {
        missing++;
        lines.push(`  NOT FOUND  ${show(dateKey(g))}${g.background ? ' (background)' : ''}: ${clip(g.sentence)}`);
      } else {
        if (stray.length > 0) wrongDates++;
        else missing++;
        lines.push(
          `  ${stray.length > 0 ? 'WRONG DATE' : 'NOT FOUND '} gold ${show(dateKey(g))}, ours ${all.join(', ')}: ${clip(onSentence[0]!.sentence)}`,
        );
      }
    }
    for (const e of ours) {
      const sentenceGold = article.events.filter((g) => e.sentence.startsWith(g.sentence));
      // A date of ours on a gold sentence that is none of its gold dates, beside gold events all found there.
      const listed = sentenceGold.some(
        (g) => !ours.some((o) => o.sentence.startsWith(g.sentence) && o.key === dateKey(g)),
      );
      if (sentenceGold.length > 0 && !listed && !sentenceGold.some((g) => dateKey(g) === e.key)) {
        wrongDates++;
        lines.push(`  STRAY DATE ${show(e.key)} "${page.text.slice(e.dateStart, e.dateEnd)}": ${clip(e.sentence)}`);
      }
      if (sentenceGold.length > 0) continue;
      extra++;
      lines.push(`  EXTRA      ${show(e.key)} "${page.text.slice(e.dateStart, e.dateEnd)}": ${clip(e.sentence)}`);
    }
    if (lines.length === 0) continue;
    console.log(`${article.file.split('/').pop()} (${article.story}, published ${page.publishedAt ?? 'never'})`);
    for (const line of lines) console.log(line);
  }
  const total = addScores(scores);
  const r = (a: number, b: number) => Math.round((b === 0 ? 1 : a / b) * 1000) / 1000;
  console.log(
    `${gold.length} articles, ${goldCount} gold events: ${missing} not found, ${wrongDates} wrong dates, ${extra} extra`,
  );
  console.log(
    `recall ${r(total.matched, total.gold)}, date precision ${r(total.rightDates, total.onGoldSentences)}, extra events ${total.extra}`,
  );
}

await main();
