// How long event extraction takes on texts no article is like, beside an ordinary article of the same run: the
// cost per 10,000 characters should stay near the ordinary one however long or strange the text.
import { readFileSync } from 'node:fs';
import { extractFromHtml } from '../../electron/core/extract/index.ts';
import { extractEvents } from '../../electron/core/timeline/extraction/events.ts';

export interface HostileTextFigure {
  name: string;
  chars: number;
  ms: number;
}

const REFERENCE = { publishedAt: '2026-10-14T09:00:00+00:00', savedAt: '2026-10-14T10:00:00+00:00' };

function timed(name: string, text: string): HostileTextFigure {
  const started = performance.now();
  extractEvents(text, REFERENCE);
  return { name, chars: text.length, ms: performance.now() - started };
}

/** The ordinary article first (the baseline, read twice so the rules are loaded), then the hostile texts. */
export async function benchHostileTexts(): Promise<HostileTextFigure[]> {
  const page = await extractFromHtml(
    readFileSync(new URL('../fixtures/pages/seed-article.html', import.meta.url), 'utf8'),
    { url: 'https://bench.example/seed-article.html' },
  );
  timed('warm-up', page.text);
  // The baseline is short: the median of several readings.
  const readings = Array.from({ length: 7 }, () => timed('the seed article', page.text)).sort((a, b) => a.ms - b.ms);
  const report = 'The shed roof came down on Tuesday, said Mayor Ann Holt of Brackley. People ran as it fell at 3 p.m.';
  return [
    { ...readings[3]!, name: 'the seed article, median of 7' },
    timed(
      'one run-on sentence',
      `The shed roof came down on Tuesday ${Array(40_000).fill('and people ran').join(' ')}.`,
    ),
    timed(
      'a run-on with a date in every clause',
      `It fell on Tuesday ${Array(20_000).fill('and ran on Friday').join(' ')}.`,
    ),
    timed('4,000 dated reports with clock times', Array(2_000).fill(report).join(' ')),
    timed(
      '5,000 counts from a named event',
      Array(2_500).fill('The board met on Friday. Two days after the board met, the hall shut.').join(' '),
    ),
    // Read up to LONGEST_TEXT_READ: the figure per 10,000 characters falls as the page grows past it.
    timed('a 10 MB page of dated reports', Array(100_000).fill(report).join('\n')),
  ];
}

/** Saving a page nested 10,000 deep (flattened past 256 levels) beside saving the seed page, median of 3 each. */
export async function benchDeepPage(): Promise<{ seedMs: number; deepMs: number }> {
  const seed = readFileSync(new URL('../fixtures/pages/seed-article.html', import.meta.url), 'utf8');
  const deep = `<html><head><title>Deep</title></head><body><article>${'<div>'.repeat(10_000)}<p>${'Words of the story. '.repeat(200)}</p>${'</div>'.repeat(10_000)}</article></body></html>`;
  const median = async (html: string) => {
    const times: number[] = [];
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      await extractFromHtml(html, { url: 'https://bench.example/page.html' });
      times.push(performance.now() - started);
    }
    return times.sort((a, b) => a - b)[1]!;
  };
  return { seedMs: await median(seed), deepMs: await median(deep) };
}

export function hostileTextLines(figures: readonly HostileTextFigure[]): string[] {
  const per10k = (figure: HostileTextFigure) => (figure.ms / figure.chars) * 10_000;
  const baseline = figures[0]!;
  return [
    `events of hostile texts, ms per 10,000 characters (baseline: ${baseline.name}, ${baseline.chars.toLocaleString('en')} characters, ${per10k(baseline).toFixed(1)} ms):`,
    ...figures
      .slice(1)
      .map(
        (figure) =>
          `  ${figure.name}, ${figure.chars.toLocaleString('en')} characters: ${Math.round(figure.ms)} ms, ${per10k(figure).toFixed(1)} ms per 10,000 (${(per10k(figure) / per10k(baseline)).toFixed(2)}x)`,
      ),
  ];
}
