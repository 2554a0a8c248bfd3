// Fresh pair probes for merging (tests/fixtures/timeline/merge-probes.json), written blind to the merge rules: each
// probe is two short articles of one day holding two target reports of one date that tell either the same happening
// or two happenings of that day. Each mini-article goes the real way (a page through extractFromHtml, its events
// through extractEvents, both articles through mergeEvents); a probe is joined when both targets land in one entry.
// Set A is for study; set B is held out (measured, never studied or tuned on).
// Four files, each scored on its own: merge-probes.json (round 1), merge-probes-2.json (round 2, session 37),
// merge-probes-3.json (round 3, session 38), merge-probes-4.json (round 4, session 41) and merge-probes-5.json (round 5,
// session 42).
// Run: npx tsx tests/bench/merge-probes.ts [--file=1|2|3|4|5|all] [--set=A|B|all] [--quiet] [--why] (every file's set A
// alone unless told; `npm run bench -- --only merge-probes` prints every file's set A and set B figures)
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { extractFromHtml } from '../../electron/core/extract/index.ts';
import { type Event, extractEvents } from '../../electron/core/timeline/extraction/events.ts';
import { happeningWordsOf } from '../../electron/core/timeline/merging/happening-senses.ts';
import type { MergeItem } from '../../electron/core/timeline/merging/likeness-features.ts';
import { mergeEvents, mergeItemsOf } from '../../electron/core/timeline/merging/merge-events.ts';
import { likeness } from '../../electron/core/timeline/merging/merge-likeness.ts';

/** The probe files, each scored on its own. */
export const PROBE_FILES = [
  'merge-probes.json',
  'merge-probes-2.json',
  'merge-probes-3.json',
  'merge-probes-4.json',
  'merge-probes-5.json',
] as const;
export type ProbeFile = (typeof PROBE_FILES)[number];

export interface ProbeArticle {
  outlet: string;
  published: string;
  title: string;
  text: string;
}

export interface Probe {
  id: number;
  set: 'A' | 'B';
  kind: 'same' | 'different';
  note: string;
  date: string;
  /** Each target's own date, when a trap tells two happenings on consecutive days (else both are on `date`). */
  dates?: [string, string];
  articles: [ProbeArticle, ProbeArticle];
  /** A piece of each article's target sentence, in article order. */
  targets: [string, string];
}

export type ProbeOutcome = 'joined' | 'apart' | 'unfound';

export interface ProbeResult {
  probe: Probe;
  outcome: ProbeOutcome;
  /** The targets' likeness (merge-likeness.ts), when both were found. */
  score?: number;
  /** Why a probe is unfound: the target without an event of the probe's date. */
  missing?: string;
  /** What merging reads of each target (for --why). */
  reads?: string[];
}

function readOf(item: MergeItem): string {
  const r = item.report;
  const list = (set: Iterable<string>) => [...set].join(',');
  const deeds = r.deeds.map((d) => `${d.key}${d.action ? `=${d.action}` : ''}@${d.weight.toFixed(2)}`).join(' ');
  const senses = happeningWordsOf(r, item.sentence).map((word) => `${word.lemma}/${word.wordClass[0]}`);
  return [
    `actions[${list(r.actions)}] clear[${list(r.clear)}] primary ${r.primary ?? '-'}@${r.primaryWeight.toFixed(2)}`,
    `actors[${list(r.actors)}] people[${list(r.people)}] places[${list(r.places)}] deeds[${deeds}] senses[${list(senses)}]`,
    `${r.spoken ? 'spoken ' : ''}${r.quoted ? 'quoted ' : ''}${r.ongoing ? 'ongoing ' : ''}${item.alone ? 'alone ' : ''}${item.lede ? 'lede' : ''}`,
  ].join(' | ');
}

export function loadProbes(file: ProbeFile = PROBE_FILES[0]): Probe[] {
  const url = new URL(`../fixtures/timeline/${file}`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { probes: Probe[] }).probes;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The mini-article as a saved page, so the text and publication date come out as the app reads them. */
function pageOf(article: ProbeArticle): string {
  return [
    '<!doctype html><html><head>',
    `<title>${escapeHtml(article.title)} | ${escapeHtml(article.outlet)}</title>`,
    `<meta property="article:published_time" content="${article.published}">`,
    `</head><body><article><h1>${escapeHtml(article.title)}</h1>`,
    `<p>${escapeHtml(article.text)}</p>`,
    '</article></body></html>',
  ].join('\n');
}

export async function runProbe(probe: Probe): Promise<ProbeResult> {
  const loaded = await Promise.all(
    probe.articles.map(async (article, index) => {
      const page = await extractFromHtml(pageOf(article), { url: `https://probe.example/${probe.id}/${index}` });
      const events = extractEvents(page.text, { publishedAt: page.publishedAt, savedAt: article.published });
      return { id: `${probe.id}/${index}`, text: page.text, publishedAt: page.publishedAt, events };
    }),
  );
  const dateOf = (index: number) => probe.dates?.[index] ?? probe.date;
  const targets = loaded.map((article, index) =>
    article.events.find(
      (event: Event) =>
        article.text.slice(event.start, event.end).includes(probe.targets[index]!) && event.date === dateOf(index),
    ),
  );
  const missing = targets.indexOf(undefined);
  if (missing >= 0) return { probe, outcome: 'unfound', missing: probe.targets[missing] };
  const input = loaded.map((a) => ({ articleId: a.id, events: a.events, publishedAt: a.publishedAt }));
  const merged = mergeEvents(input);
  // A sentence telling two dates is a source of two entries, one per date: the target's is the one of its date.
  const entryOf = (index: number) =>
    merged.findIndex(
      (entry) =>
        entry.date === dateOf(index) &&
        entry.sources.some((s) => s.articleId === loaded[index]!.id && s.start === targets[index]!.start),
    );
  const { items, weights } = mergeItemsOf(input);
  const itemOf = (index: number) =>
    items.find((item) => item.articleId === loaded[index]!.id && item.event === targets[index])!;
  const score = likeness(itemOf(0), itemOf(1), weights);
  const reads = [itemOf(0), itemOf(1)].map(readOf);
  return { probe, outcome: entryOf(0) === entryOf(1) ? 'joined' : 'apart', score, reads };
}

export interface ProbeFigures {
  file: ProbeFile;
  set: 'A' | 'B';
  same: number;
  sameJoined: number;
  different: number;
  wrongMerges: number;
  unfound: number;
}

export function probeFigures(file: ProbeFile, set: 'A' | 'B', results: readonly ProbeResult[]): ProbeFigures {
  const mine = results.filter((r) => r.probe.set === set);
  const found = mine.filter((r) => r.outcome !== 'unfound');
  return {
    file,
    set,
    same: found.filter((r) => r.probe.kind === 'same').length,
    sameJoined: found.filter((r) => r.probe.kind === 'same' && r.outcome === 'joined').length,
    different: found.filter((r) => r.probe.kind === 'different').length,
    wrongMerges: found.filter((r) => r.probe.kind === 'different' && r.outcome === 'joined').length,
    unfound: mine.length - found.length,
  };
}

export function probeLine(f: ProbeFigures): string {
  const which = f.set === 'A' ? 'A (studied)' : 'B (held out)';
  return (
    `merge probes (tests/fixtures/timeline/${f.file}) set ${which}: same happening joined ${f.sameJoined}/${f.same}; ` +
    `two happenings kept apart ${f.different - f.wrongMerges}/${f.different} (${f.wrongMerges} wrong merges); ` +
    `targets not found ${f.unfound}`
  );
}

/** Set A and set B of each probe file, in that order. */
export async function benchMergeProbes(): Promise<ProbeFigures[]> {
  const figures: ProbeFigures[] = [];
  for (const file of PROBE_FILES) {
    const results = await Promise.all(loadProbes(file).map(runProbe));
    figures.push(probeFigures(file, 'A', results), probeFigures(file, 'B', results));
  }
  return figures;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const option = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const set = option('set');
  const fileOption = option('file') ?? 'all';
  const files = fileOption === 'all' ? PROBE_FILES : [PROBE_FILES[Number(fileOption) - 1]!];
  const quiet = process.argv.includes('--quiet');
  const why = process.argv.includes('--why');
  for (const file of files) {
    const results = await Promise.all(loadProbes(file).map(runProbe));
    // Set B's probes are held out: only its totals are printed.
    if (!quiet) {
      console.log(`${file}:`);
      for (const r of results.filter((x) => x.probe.set === 'A')) {
        const right =
          r.outcome === 'unfound' ? '??' : (r.outcome === 'joined') === (r.probe.kind === 'same') ? 'ok' : 'XX';
        const score = r.score === undefined ? `missing "${r.missing}"` : `likeness ${r.score.toFixed(3)}`;
        console.log(
          `${right} ${String(r.probe.id).padStart(2)} ${r.probe.kind.padEnd(9)} ${r.outcome.padEnd(7)} ${score}  ${r.probe.note}`,
        );
        if (why && r.reads) for (const read of r.reads) console.log(`      ${read}`);
      }
    }
    // Set B is measured only when asked for (`--set=B` or `--set=all`), so that studying set A never shows it.
    for (const which of ['A', 'B'] as const)
      if ((set ?? 'A') === which || set === 'all') console.log(probeLine(probeFigures(file, which, results)));
  }
}
