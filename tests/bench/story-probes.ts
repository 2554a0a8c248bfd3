// Scores the timeline's story grouping on the story probes (tests/fixtures/timeline/story-probes.json,
// story-probes-2.json, whose traps share an official, an institution and the days more often, and story-probes-3.json): small sets of articles
// written blind, before the story rules were read, each either one developing story told by several outlets
// or a trap (different happenings sharing a town, an institution, a person or the days). They measure how the rules
// carry to new articles rather than to the gold ones they were tuned on. Set A is for study; set B is held out (every
// third probe) and is only ever measured, never studied or tuned on, so this prints set A's results alone, and set B's
// aggregate figures only when asked (`--heldout`). Each file is scored on its own.
//
// The path is the timeline bench's (tests/bench/timeline.ts): each article is written as a page and read back by the
// extractor, its entities found, and the articles grouped by `clusterStories`. A library holds more than a probe's
// articles, and how rare a word is depends on the rest of it, so each set is grouped together with the tuned gold
// articles (never the held-out ones) as the library around it; only pairs of probe articles are scored, and a probe
// article that joins a gold article is counted apart.
// Run: npx tsx tests/bench/story-probes.ts [--heldout] [--only=<file part>, e.g. -4] (each file's set A probes and figures, then set B's figures
// when asked; `npm run bench -- --only story-probes` prints every file's figures alone). `benchStudyProbes` scores
// set A alone under a candidate grouping (tests/bench/fit-stories.ts --probes).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
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
import { loadGold } from './timeline-gold.ts';

interface ProbeArticle {
  id: string;
  outlet: string;
  publishedAt: string;
  title: string;
  /** Paragraphs split by a blank line. */
  text: string;
}

interface Probe {
  id: string;
  set: 'A' | 'B';
  kind: 'story' | 'trap';
  /** The expected stories, as lists of article ids. */
  stories: string[][];
  articles: ProbeArticle[];
}

export interface StoryProbeFigures {
  /** The probe file's name (story-probes.json, story-probes-2.json). */
  file: string;
  set: 'A' | 'B';
  probes: number;
  articles: number;
  /** Pairs of one story, and how many of them were grouped together. */
  samePairs: number;
  sameJoined: number;
  /** Pairs of one probe in different stories (the traps), and how many were kept apart. */
  trapPairs: number;
  trapApart: number;
  /** Pairs of two different probes grouped together. */
  crossJoined: number;
  /** Probe articles grouped with a gold article of the library around them. */
  joinedLibrary: number;
  precision: number;
  recall: number;
  f1: number;
  /** Each probe's result, for set A. */
  lines: string[];
}

const ROOT = new URL('../../', import.meta.url);
/**
 * The probe files, each scored on its own: the second's traps share an official and the days more often; the third's
 * stories are told again weeks or months later (a court case, a fine, an opinion piece) under other names.
 */
const PROBE_FILES = ['story-probes.json', 'story-probes-2.json', 'story-probes-3.json', 'story-probes-4.json'];

function loadProbes(file: string): Probe[] {
  const url = new URL(`../fixtures/timeline/${file}`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { probes: Probe[] }).probes;
}

const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The article as an outlet's page, the way the reader saves it. */
function pageOf(article: ProbeArticle): string {
  const paragraphs = article.text
    .split(/\n\s*\n/)
    .map((p) => `<p>${escaped(p.trim())}</p>`)
    .join('\n');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>${escaped(article.title)} | ${escaped(article.outlet)}</title>
<meta property="og:site_name" content="${escaped(article.outlet)}">
<meta property="article:published_time" content="${article.publishedAt}">
</head><body><header><a href="/">${escaped(article.outlet)}</a></header><main><article>
<h1>${escaped(article.title)}</h1>
${paragraphs}
</article></main></body></html>`;
}

async function storyArticle(id: string, html: string, url: string): Promise<StoryArticle> {
  const page = await extractFromHtml(html, { url });
  return {
    id,
    title: page.title,
    text: page.text,
    entities: extractEntities(page.text),
    publishedAt: page.publishedAt,
    knownWords: KNOWN_WORDS,
  };
}

function loadLibrary(): Promise<StoryArticle[]> {
  return Promise.all(
    loadGold()
      .filter((entry) => !entry.heldOut)
      .map((entry) =>
        storyArticle(
          `gold:${entry.file}`,
          readFileSync(new URL(entry.file, ROOT), 'utf8'),
          `https://bench.example/${entry.file}`,
        ),
      ),
  );
}

/** How a candidate grouping is given: the articles in, their stories out (clusterStories by default). */
export type Grouping = (articles: readonly StoryArticle[]) => { articleIds: string[] }[];

async function scoreSet(
  file: string,
  probes: readonly Probe[],
  set: 'A' | 'B',
  library: readonly StoryArticle[],
  cluster: Grouping = clusterStories,
) {
  const chosen = probes.filter((probe) => probe.set === set);
  const articles = await Promise.all(
    chosen.flatMap((probe) =>
      probe.articles.map((a) => storyArticle(a.id, pageOf(a), `https://probes.example/${probe.id}/${a.id}`)),
    ),
  );
  const found = new Map<string, string>();
  // A story is known by its first article's id, which every grouping gives.
  for (const story of cluster([...library, ...articles]))
    for (const id of story.articleIds) found.set(id, story.articleIds[0]!);
  const expected = new Map<string, string>();
  const probeOf = new Map<string, string>();
  for (const probe of chosen) {
    probe.stories.forEach((ids, index) => {
      for (const id of ids) {
        expected.set(id, `${probe.id}#${index}`);
        probeOf.set(id, probe.id);
      }
    });
  }
  const figures: StoryProbeFigures = {
    file,
    set,
    probes: chosen.length,
    articles: articles.length,
    samePairs: 0,
    sameJoined: 0,
    trapPairs: 0,
    trapApart: 0,
    crossJoined: 0,
    joinedLibrary: 0,
    precision: 1,
    recall: 1,
    f1: 1,
    lines: [],
  };
  const libraryStories = new Set(library.map((a) => found.get(a.id)));
  const crossLines: string[] = [];
  const ids = [...expected.keys()];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const [a, b] = [ids[i]!, ids[j]!];
      const together = found.get(a) === found.get(b);
      if (probeOf.get(a) !== probeOf.get(b)) {
        if (together) {
          figures.crossJoined++;
          crossLines.push(`  CROSS JOINED ${a} ~ ${b}`);
        }
      } else if (expected.get(a) === expected.get(b)) {
        figures.samePairs++;
        if (together) figures.sameJoined++;
      } else {
        figures.trapPairs++;
        if (!together) figures.trapApart++;
      }
    }
  }
  for (const probe of chosen) {
    const pairs: string[] = [];
    let right = 0;
    let all = 0;
    const members = probe.stories.flat();
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = [members[i]!, members[j]!];
        const same = expected.get(a) === expected.get(b);
        const together = found.get(a) === found.get(b);
        all++;
        if (same === together) right++;
        else pairs.push(`${a}~${b} ${same ? 'SPLIT' : 'JOINED'}`);
      }
    }
    const withLibrary = members.filter((id) => libraryStories.has(found.get(id)));
    figures.joinedLibrary += withLibrary.length;
    const grouping = [...new Set(members.map((id) => found.get(id)))]
      .map((story) => members.filter((id) => found.get(id) === story).join('+'))
      .join(' | ');
    const verdict = right === all && withLibrary.length === 0 ? 'ok  ' : 'MISS';
    figures.lines.push(
      `${verdict} ${probe.id} (${probe.kind}) ${right}/${all} pairs right; found ${grouping}` +
        (pairs.length > 0 ? `; ${pairs.join(', ')}` : '') +
        (withLibrary.length > 0 ? `; joined a gold article: ${withLibrary.join(', ')}` : ''),
    );
  }
  figures.lines.push(...crossLines);
  if (set === 'A' && process.argv.includes('--why')) figures.lines.push(...why(chosen, [...library, ...articles]));
  const predicted = figures.sameJoined + (figures.trapPairs - figures.trapApart) + figures.crossJoined;
  figures.precision = predicted === 0 ? 1 : figures.sameJoined / predicted;
  figures.recall = figures.samePairs === 0 ? 1 : figures.sameJoined / figures.samePairs;
  figures.f1 =
    figures.precision + figures.recall === 0
      ? 0
      : (2 * figures.precision * figures.recall) / (figures.precision + figures.recall);
  return figures;
}

/** For `--why`: each pair of a probe, its similarity beside the threshold and what it was made of. */
function why(probes: readonly Probe[], everyone: readonly StoryArticle[]): string[] {
  const prints = new Map(everyone.map((article) => [article.id, fingerprintArticle(article)]));
  const idf = inverseDocumentFrequency([...prints.values()].map((print) => print.terms));
  const entityIdf = inverseDocumentFrequency([...prints.values()].map((print) => print.entities));
  const lines: string[] = [];
  for (const probe of probes) {
    const members = probe.stories.flatMap((ids, index) => ids.map((id) => ({ id, story: index })));
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = [prints.get(members[i]!.id)!, prints.get(members[j]!.id)!];
        const p = similarityParts(a, b, idf, entityIdf);
        const shared = Object.keys(a.entities).filter((name) => name in b.entities);
        lines.push(
          `  ${members[i]!.story === members[j]!.story ? 'SAME' : 'TRAP'} ${a.id}~${b.id} ${(p.score - JOIN_THRESHOLD).toFixed(3)}: ` +
            `text ${p.text.toFixed(3)} shared ${p.shared.toFixed(3)} overlap ${p.names.toFixed(3)} common ${p.common} ` +
            `${p.route}${p.sameCounts ? ' counts' : ''}${p.opening ? ' opening' : ''} particulars ${p.particulars}; names ${shared.join(', ')}`,
        );
      }
    }
  }
  for (const id of process.argv.filter((arg) => arg.startsWith('--print=')).flatMap((arg) => arg.slice(8).split(','))) {
    const print = prints.get(id);
    if (print) lines.push(`  ${id}: ${JSON.stringify({ ...print, terms: undefined })}`);
  }
  return lines;
}

/** Set A and set B of each probe file, in that order. */
export async function benchStoryProbes(files: readonly string[] = PROBE_FILES): Promise<StoryProbeFigures[]> {
  const library = await loadLibrary();
  const sets: StoryProbeFigures[] = [];
  for (const file of files) {
    const probes = loadProbes(file);
    sets.push(await scoreSet(file, probes, 'A', library), await scoreSet(file, probes, 'B', library));
  }
  return sets;
}

/**
 * Set A alone, grouped by a candidate grouping (tests/bench/fit-stories.ts): set B is measured only before and after
 * a change is made, never used to choose between candidates.
 */
export async function benchStudyProbes(cluster: Grouping): Promise<StoryProbeFigures[]> {
  const library = await loadLibrary();
  const sets: StoryProbeFigures[] = [];
  for (const file of PROBE_FILES) sets.push(await scoreSet(file, loadProbes(file), 'A', library, cluster));
  return sets;
}

const r = (value: number) => Math.round(value * 1000) / 1000;

export function storyProbeLines(sets: readonly StoryProbeFigures[]): string[] {
  return sets.map(
    (f) =>
      `story probes${f.file === PROBE_FILES[0] ? '' : ` (${f.file})`}, set ${f.set}${f.set === 'B' ? ' (held out)' : ' (study)'}, ${f.probes} probes, ${f.articles} articles: one-story pairs joined ${f.sameJoined}/${f.samePairs}, trap pairs kept apart ${f.trapApart}/${f.trapPairs}, pairs of two probes joined ${f.crossJoined}, joined a gold article ${f.joinedLibrary}; pairwise F1 ${r(f.f1)} (precision ${r(f.precision)}, recall ${r(f.recall)})`,
  );
}

/** Each set's counts and scores, without set A's lines; the first file's sets as A and B, the others' by file. */
export function storyProbesJson(sets: readonly StoryProbeFigures[]): object {
  return Object.fromEntries(
    sets.map(({ file, set, lines: _lines, precision, recall, f1, ...counts }) => [
      file === PROBE_FILES[0] ? set : `${file.replace(/\.json$/, '')}:${set}`,
      { ...counts, precision: r(precision), recall: r(recall), f1: r(f1) },
    ]),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  const sets = await benchStoryProbes(PROBE_FILES.filter((file) => only === undefined || file.includes(only)));
  // Set B's probes are never printed: reading them would make it one more study set. Its figures only when asked.
  const study = sets.filter((f) => f.set === 'A');
  for (const figures of study) for (const line of [`${figures.file}:`, ...figures.lines]) console.log(line);
  const shown = process.argv.includes('--heldout') ? sets : study;
  for (const line of storyProbeLines(shown)) console.log(line);
}
