// Scores the timeline's event extraction on the date probes (tests/fixtures/timeline/date-probes.json, batch 1: short
// passages; date-probes-2.json, batch 2: longer passages where dates chain; date-probes-3.json, batch 3: dates in
// figures and day boundaries in the publisher's calendar; date-probes-4.json, batch 4: dates anchored to another event,
// clock times of the main event, past background, deadlines and quiet passages; date-probes-5.json, batch 5: whole
// articles of genres the gold has few of, such as obituaries, company results, court reports and live pages; date-probes-6.json, batch 6: more genres,
// named days, validity windows, recaps, corrections and dates in figures of several styles), each batch written blind, before the
// extraction rules were read, so they measure how the rules carry to new wording rather than to the gold articles they
// were tuned on. Batch 7 (date-probes-7.json: weekdays ahead under a past aside, clock times past midnight) and batch 8
// (date-probes-8.json: plans told in the simple present, may/might, a saying of the page's day beside an earlier day)
// are set A alone, written after reading the rules: study material, no measure of new wording. Batch 9
// (date-probes-9.json: weekdays in news prose, the past one or the coming one: plans in the simple present, reported
// speech, deadlines, recaps, 'last'/'next'/'this' weekdays, headlines, wire copy just after midnight, quotes) is again
// written blind, before the rules were read, with a held-out set B. In each batch set A is for study; set B is held out (every third probe) and is only ever measured,
// never studied or tuned on, so this prints set A's misses alone. Batches are scored apart: a new batch measures the
// rules as they stood when it was written, and mixing it into the first would hide that.
// Run: npx tsx tests/bench/date-probes.ts [--batch=N] (set A's misses, then every set's figures; `npm run bench --
// --only date-probes` prints the figures alone).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { extractEvents } from '../../electron/core/timeline/extraction/events.ts';
import { addScores, dateKey, type GoldEvent, type Score, scoreArticle } from './timeline-gold.ts';

interface Probe {
  id: string;
  set: 'A' | 'B';
  /** null when the page states no date; savedAt is then the reference. */
  publishedAt: string | null;
  savedAt?: string;
  text: string;
  events: GoldEvent[];
  /** Sentences that should yield no event. */
  quiet?: string[];
}

export interface ProbeSetFigures {
  /** 1 for date-probes.json, 2 to 9 for date-probes-2.json to date-probes-9.json. */
  batch: number;
  set: 'A' | 'B';
  probes: number;
  expected: number;
  /** Expected events found on their sentence with their date and precision. */
  right: number;
  /** Expected events whose sentence gave other dates only. */
  wrongDates: number;
  notFound: number;
  /** Events on sentences that should yield none. */
  extra: number;
  /** Right events marked as background exactly when expected. */
  rightBackground: number;
  score: Score;
  misses: string[];
}

const BATCHES = [
  new URL('../fixtures/timeline/date-probes.json', import.meta.url),
  new URL('../fixtures/timeline/date-probes-2.json', import.meta.url),
  new URL('../fixtures/timeline/date-probes-3.json', import.meta.url),
  new URL('../fixtures/timeline/date-probes-4.json', import.meta.url),
  new URL('../fixtures/timeline/date-probes-5.json', import.meta.url),
  new URL('../fixtures/timeline/date-probes-6.json', import.meta.url),
  new URL('../fixtures/timeline/date-probes-7.json', import.meta.url),
  new URL('../fixtures/timeline/date-probes-8.json', import.meta.url),
  new URL('../fixtures/timeline/date-probes-9.json', import.meta.url),
];
/** The save date stands in when a page has no date and its probe names none of its own. */
const SAVED_AT = '2040-01-01T00:00:00Z';

const show = (key: string) => key.replace(/\/\//, '').replace(/\/(day|month|year)$/, (_, p: string) => ` ${p}`);

function loadProbes(batch: URL): Probe[] {
  return (JSON.parse(readFileSync(batch, 'utf8')) as { probes: Probe[] }).probes;
}

function scoreSet(probes: readonly Probe[], batch: number, set: 'A' | 'B'): ProbeSetFigures {
  const figures: ProbeSetFigures = {
    batch,
    set,
    probes: 0,
    expected: 0,
    right: 0,
    wrongDates: 0,
    notFound: 0,
    extra: 0,
    rightBackground: 0,
    score: addScores([]),
    misses: [],
  };
  const scores: Score[] = [];
  for (const probe of probes.filter((p) => p.set === set)) {
    figures.probes++;
    const found = extractEvents(probe.text, { publishedAt: probe.publishedAt, savedAt: probe.savedAt ?? SAVED_AT });
    const ours = found.map((e) => ({ ...e, sentence: probe.text.slice(e.start, e.end), key: dateKey(e) }));
    scores.push(scoreArticle(probe.events, ours));
    const lines: string[] = [];
    for (const g of probe.events) {
      figures.expected++;
      const onSentence = ours.filter((e) => e.sentence.startsWith(g.sentence));
      const hit = onSentence.find((e) => e.key === dateKey(g));
      if (hit) {
        figures.right++;
        if (hit.background === (g.background ?? false)) figures.rightBackground++;
        else lines.push(`  BACKGROUND ${show(dateKey(g))} expected ${g.background ? 'background' : 'not background'}`);
        continue;
      }
      const ownDates = new Set(probe.events.filter((o) => o.sentence === g.sentence).map(dateKey));
      const stray = onSentence.filter((e) => !ownDates.has(e.key));
      const theirs = onSentence.map((e) => `${show(e.key)} "${probe.text.slice(e.dateStart, e.dateEnd)}"`);
      if (stray.length > 0) figures.wrongDates++;
      else figures.notFound++;
      lines.push(
        stray.length > 0
          ? `  WRONG DATE expected ${show(dateKey(g))}, ours ${theirs.join(', ')}: ${g.sentence}…`
          : `  NOT FOUND  ${show(dateKey(g))}${g.background ? ' (background)' : ''}: ${g.sentence}…`,
      );
    }
    for (const e of ours) {
      const own = probe.events.filter((g) => e.sentence.startsWith(g.sentence));
      // A date beside its sentence's expected ones, all found: it costs date precision, not recall.
      const allFound = own.every((g) => ours.some((o) => o.sentence.startsWith(g.sentence) && o.key === dateKey(g)));
      if (own.length > 0 && allFound && !own.some((g) => dateKey(g) === e.key))
        lines.push(`  STRAY DATE ${show(e.key)} "${probe.text.slice(e.dateStart, e.dateEnd)}": ${e.sentence}`);
      if (own.length > 0) continue;
      figures.extra++;
      lines.push(`  EXTRA      ${show(e.key)} "${probe.text.slice(e.dateStart, e.dateEnd)}": ${e.sentence}`);
    }
    if (lines.length > 0)
      figures.misses.push(
        `${probe.id} (${probe.publishedAt ? `published ${probe.publishedAt}` : `saved ${probe.savedAt}`})`,
        ...lines,
      );
  }
  figures.score = addScores(scores);
  return figures;
}

export function benchDateProbes(): ProbeSetFigures[] {
  return BATCHES.flatMap((url, i) => {
    const probes = loadProbes(url);
    // A batch written for study alone has no set B to score.
    const sets: ('A' | 'B')[] = probes.some((probe) => probe.set === 'B') ? ['A', 'B'] : ['A'];
    return sets.map((set) => scoreSet(probes, i + 1, set));
  });
}

const r = (a: number, b: number) => Math.round((b === 0 ? 1 : a / b) * 1000) / 1000;

export function dateProbeLines(sets: readonly ProbeSetFigures[]): string[] {
  return sets.map(
    (f) =>
      `date probes${f.batch > 1 ? ` ${f.batch}` : ''}, set ${f.set}${f.set === 'B' ? ' (held out)' : ' (study)'}, ${f.probes} probes, ${f.expected} events: ${f.right} right, ${f.wrongDates} wrong dates, ${f.notFound} not found, ${f.extra} extra; recall ${r(f.score.matched, f.score.gold)}, date precision ${r(f.score.rightDates, f.score.onGoldSentences)}, background right ${f.rightBackground}/${f.right}`,
  );
}

/** Each set's counts and scores, without set A's misses; batch 1 keeps its keys (A, B), later ones add their number. */
export function dateProbesJson(sets: readonly ProbeSetFigures[]): object {
  return Object.fromEntries(
    sets.map(({ batch, set, misses: _misses, score, ...counts }) => [
      batch > 1 ? `${set}${batch}` : set,
      { ...counts, recall: r(score.matched, score.gold), datePrecision: r(score.rightDates, score.onGoldSentences) },
    ]),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sets = benchDateProbes();
  const only = process.argv.find((a) => a.startsWith('--batch='))?.slice('--batch='.length);
  // Set B's misses are never printed: reading them would make it one more study set.
  for (const f of sets.filter((f) => f.set === 'A' && (only === undefined || String(f.batch) === only))) {
    for (const line of f.misses) console.log(line);
  }
  for (const line of dateProbeLines(sets)) console.log(line);
}
