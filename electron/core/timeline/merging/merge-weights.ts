// What the whole story says of the signals that tell two reports of one date apart: how rare each name is among its
// articles, and how alike two reports' words are once the words every report uses are weighed down.
import type { Entities } from '../extraction/entities.ts';
import { keptNorm } from '../language/kept-norms.ts';

/** What the whole story says of each signal: how rare each dictionary form and each name is among its reports. */
export interface StoryWeights {
  idf: (term: string) => number;
  lemmaIdf: (lemma: string) => number;
  /** 0 for a name every article of the story gives, towards 1 for a name only one gives. */
  nameRarity: (name: string) => number;
}

/** How rare each name is among the story's articles: a name every article gives says nothing of which event. */
export function nameRarityOf(
  eventsByArticle: readonly { events: readonly { entities: Entities }[] }[],
): (name: string) => number {
  const articlesNaming = new Map<string, number>();
  for (const { events } of eventsByArticle) {
    const names = new Set(
      events.flatMap(({ entities: e }) => [...e.people, ...e.organizations, ...e.places].map((n) => n.toLowerCase())),
    );
    for (const name of names) articlesNaming.set(name, (articlesNaming.get(name) ?? 0) + 1);
  }
  const total = eventsByArticle.length;
  return (name) => (total < 2 ? 0 : 1 - ((articlesNaming.get(name) ?? 1) - 1) / (total - 1));
}

/**
 * The cosine of two reports' words under the story's IDF. Each report's norm is summed once (kept-norms.ts): merging
 * compares every report of a date with every other, so a norm summed for each pair was read hundreds of times.
 */
export function weightedCosine(a: Map<string, number>, b: Map<string, number>, idf: (term: string) => number): number {
  const normA = keptNorm(idf, a, 'w * w', asFirst);
  const normB = keptNorm(idf, b, 'w ** 2', asSecond);
  if (!normA || !normB) return 0;
  let dot = 0;
  for (const [term, weight] of a) {
    const other = b.get(term);
    if (other === undefined) continue;
    const w = weight * idf(term);
    dot += w * other * idf(term);
  }
  return dot / Math.sqrt(normA * normB);
}

// A report's squared norm under the story's IDF, summed as it always was as the first of a pair (`w * w`) and as the
// second (`** 2`), so that every score stays the same to the bit; each once (kept-norms.ts).
function asFirst(bag: Map<string, number>, idf: (term: string) => number): number {
  let norm = 0;
  for (const [term, weight] of bag) {
    const w = weight * idf(term);
    norm += w * w;
  }
  return norm;
}

function asSecond(bag: Map<string, number>, idf: (term: string) => number): number {
  let norm = 0;
  for (const [term, weight] of bag) norm += (weight * idf(term)) ** 2;
  return norm;
}
