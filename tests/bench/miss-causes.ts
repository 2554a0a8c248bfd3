// Counts the timeline's misses by cause, the tuned articles beside the held-out ones, as totals only: no sentence, date
// or file of a held-out article is printed, so the held-out rounds stay blind while showing where their figures go.
// Events: not found (no event on the sentence at all, or an event with another date only) and wrong dates by how far
// off they are. Merging: each shared event not shown once, because a report was not found with its date (merging could
// not join it) or because merging kept reports apart (across articles, or within one); each wrong merge, by whether the
// two reports are of two shared happenings or of a happening and a lone report.
// Run: npx tsx tests/bench/miss-causes.ts
import { readFileSync } from 'node:fs';
import { extractFromHtml } from '../../electron/core/extract/index.ts';
import { type Event, extractEvents } from '../../electron/core/timeline/extraction/events.ts';
import { splitSentences } from '../../electron/core/timeline/language/sentences.ts';
import { mergeEvents } from '../../electron/core/timeline/merging/merge-events.ts';
import { dateKey, type GoldArticle, type GoldEvent, isReportOf, loadGold, type ScoredEvent } from './timeline-gold.ts';

const ROOT = new URL('../../', import.meta.url);
const SAVED_AT = '2026-01-01T00:00:00Z';

interface Article {
  gold: GoldArticle;
  text: string;
  publishedAt: string | null;
  events: (Event & ScoredEvent)[];
}

type Counts = Map<string, number>;
const add = (counts: Counts, cause: string) => counts.set(cause, (counts.get(cause) ?? 0) + 1);

/** How far a wrong date is from the gold's. */
function offBy(ours: GoldEvent | ScoredEvent, gold: GoldEvent): string {
  if (ours.precision !== gold.precision) return `precision ${ours.precision} for ${gold.precision}`;
  if ((ours.endDate ?? '') !== (gold.endDate ?? '') && ours.date === gold.date) return 'range end';
  if (ours.date.slice(0, 4) !== gold.date.slice(0, 4)) return 'another year';
  if (gold.precision !== 'day') return 'another month';
  const days = Math.abs(Date.parse(ours.date) - Date.parse(gold.date)) / 86_400_000;
  return days === 1 ? '1 day off' : days <= 7 ? '2-7 days off' : 'over a week off';
}

// The first kind of time word a sentence holds, in this order: what kind of telling a sentence with no event found was.
const TIME_WORDS: readonly [string, RegExp][] = [
  ['counted from another happening', /\b(after|before|later|earlier|following|previous|eve|since|until|ago)\b/i],
  [
    'a word for a near day',
    /\b(today|tonight|yesterday|tomorrow|overnight|last night|this (morning|afternoon|evening|week|month|year))\b/i,
  ],
  ['a clock time', /\b\d{1,2}([:.]\d{2})?\s*(a\.?m\.?|p\.?m\.?)|\b\d{1,2}[:.]\d{2}\b|\bnoon\b|\bmidnight\b|o'clock/i],
  ['a weekday', /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i],
  [
    'a month',
    /\b(jan(uary)?|feb(ruary)?|march|april|may|june|july|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/i,
  ],
  ['figures of a date', /\b\d{1,2}\/\d{1,2}\b/],
  ['a year', /\b(1[6-9]|20)\d{2}\b/],
  ['a season or part of a year', /\b(spring|summer|autumn|fall|winter|weekend|week|month|year|decade|century)\b/i],
];
const wordsOf = (sentence: string) => TIME_WORDS.find(([, pattern]) => pattern.test(sentence))?.[0] ?? 'no time word';

function eventCauses(articles: readonly Article[]): Counts {
  const counts: Counts = new Map();
  for (const { gold, events, text, publishedAt } of articles) {
    const sentences = splitSentences(text).map((sentence) => sentence.text);
    for (const g of gold.events) {
      if (events.some((e) => isReportOf(e, g))) continue;
      const onSentence = events.filter((e) => (e.sentence ?? e.text).startsWith(g.sentence));
      const background = g.background ? ' (gold background)' : '';
      if (onSentence.length === 0) {
        // A gold sentence that starts none of ours was split another way (or is not in the text read).
        const split = sentences.some((sentence) => sentence.startsWith(g.sentence)) ? '' : ', split another way';
        add(counts, `not found: no event on its sentence${split}, ${wordsOf(g.sentence)}${background}`);
      } else {
        const others = new Set(gold.events.filter((o) => o.sentence === g.sentence).map(dateKey));
        const stray = onSentence.filter((e) => !others.has(dateKey(e)));
        if (stray.length === 0) add(counts, `not found: its sentence gives another gold date only${background}`);
        else {
          const wrong = stray[0]!;
          add(counts, `wrong date: ${offBy(wrong, g)}${background}`);
          // What kind of words gave the wrong date, so a held-out miss can be sorted without being read.
          const words = wordsOf(text.slice(wrong.dateStart, wrong.dateEnd));
          add(counts, `wrong date by its words: ${words}, ${offBy(wrong, g)}`);
          const published = (gold.publishedAt ?? gold.savedAt ?? SAVED_AT).slice(0, 10);
          if (words === 'a weekday' && wrong.precision === 'day' && g.precision === 'day') {
            // A week apart is the clause's tense read the wrong way; any other gap, the day counted from.
            const apart = Math.round((Date.parse(g.date) - Date.parse(wrong.date)) / 86_400_000);
            const stamp = !publishedAt
              ? 'no stamp found'
              : publishedAt.slice(0, 10) === gold.publishedAt?.slice(0, 10)
                ? 'stamp day right'
                : 'stamp day other';
            add(counts, `wrong date by its words: a weekday, gold minus ours ${apart} days, ${stamp}`);
          }
          const side = (date: string) => (date < published ? 'before' : date === published ? 'on' : 'after');
          add(
            counts,
            `wrong date by its words: ${words}, ours ${wrong.date < g.date ? 'earlier' : 'later'}, ours ${side(wrong.date)} / gold ${side(g.date)} its day`,
          );
        }
      }
    }
    for (const e of events) {
      if (gold.events.some((g) => (e.sentence ?? e.text).startsWith(g.sentence))) continue;
      const published = gold.publishedAt ?? gold.savedAt ?? SAVED_AT;
      add(
        counts,
        `extra: ${e.background ? 'background' : e.date < published.slice(0, e.date.length) ? 'past' : 'on or after its day'}`,
      );
    }
  }
  return counts;
}

function mergeCauses(articles: readonly Article[]): Counts {
  const counts: Counts = new Map();
  for (const story of new Set(articles.map((a) => a.gold.story))) {
    const members = articles.filter((a) => a.gold.story === story);
    const merged = mergeEvents(
      members.map((a) => ({ articleId: a.gold.file, events: a.events, publishedAt: a.publishedAt })),
    );
    const entryOf = (article: Article, g: GoldEvent): number | null => {
      const event = article.events.find((e) => isReportOf(e, g));
      if (!event) return null;
      const index = merged.findIndex(
        (m) =>
          dateKey(m) === dateKey(event) &&
          m.sources.some((s) => s.articleId === article.gold.file && s.start === event.start),
      );
      return index < 0 ? null : index;
    };
    const reports = members.flatMap((a) =>
      a.gold.events.map((g) => ({ article: a.gold.file, g, entry: entryOf(a, g) })),
    );
    for (const key of new Set(reports.flatMap((r) => (r.g.event ? [r.g.event] : [])))) {
      const told = reports.filter((r) => r.g.event === key);
      if (new Set(told.map((r) => r.article)).size < 2) continue;
      add(counts, 'shared events');
      const entries = new Set(told.map((r) => r.entry));
      if (entries.size === 1 && !entries.has(null)) continue;
      if (entries.has(null)) add(counts, 'not shown once: a report not found with its date');
      else {
        const apartAcross = told.some((a) => told.some((b) => a.article !== b.article && a.entry !== b.entry));
        add(
          counts,
          `not shown once: merging kept reports apart ${apartAcross ? 'across articles' : 'within one article'}`,
        );
      }
    }
    for (let i = 0; i < reports.length; i++) {
      for (let j = i + 1; j < reports.length; j++) {
        const [a, b] = [reports[i]!, reports[j]!];
        if (a.article === b.article || a.entry === null || a.entry !== b.entry) continue;
        if (a.g.event !== undefined && a.g.event === b.g.event) continue;
        const kind =
          a.g.event && b.g.event
            ? 'two shared happenings'
            : a.g.event || b.g.event
              ? 'a shared happening and a lone report'
              : 'two lone reports';
        add(counts, `wrong merge (pair): ${kind}${a.g.background || b.g.background ? ', background' : ''}`);
      }
    }
  }
  return counts;
}

async function main(): Promise<void> {
  const articles: Article[] = await Promise.all(
    loadGold().map(async (gold) => {
      const page = await extractFromHtml(readFileSync(new URL(gold.file, ROOT), 'utf8'), {
        url: `https://bench.example/${gold.file}`,
      });
      const events = extractEvents(page.text, { publishedAt: page.publishedAt, savedAt: gold.savedAt ?? SAVED_AT });
      return {
        gold,
        text: page.text,
        publishedAt: page.publishedAt,
        events: events.map((e) => ({ ...e, sentence: page.text.slice(e.start, e.end) })),
      };
    }),
  );
  const parts = [
    ['tuned', articles.filter((a) => !a.gold.heldOut)],
    ['held out', articles.filter((a) => a.gold.heldOut)],
  ] as const;
  const tables = parts.map(([, part]) => new Map([...eventCauses(part), ...mergeCauses(part)]));
  const causes = [...new Set(tables.flatMap((t) => [...t.keys()]))].sort();
  const width = Math.max(...causes.map((c) => c.length));
  console.log(
    `${'cause'.padEnd(width)}  ${parts.map(([name, part]) => `${name} (${part.length})`.padStart(16)).join('')}`,
  );
  for (const cause of causes) {
    console.log(`${cause.padEnd(width)}  ${tables.map((t) => String(t.get(cause) ?? 0).padStart(16)).join('')}`);
  }
}

await main();
