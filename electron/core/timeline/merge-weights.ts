// What the whole story says of the signals that tell two reports of one date apart: how rare each name is among its
// articles, and how alike two reports' words are once the words every report uses are weighed down.
import type { Entities } from './entities.ts';

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

export function weightedCosine(a: Map<string, number>, b: Map<string, number>, idf: (term: string) => number): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [term, weight] of a) {
    const w = weight * idf(term);
    normA += w * w;
    const other = b.get(term);
    if (other !== undefined) dot += w * other * idf(term);
  }
  for (const [term, weight] of b) normB += (weight * idf(term)) ** 2;
  return normA && normB ? dot / Math.sqrt(normA * normB) : 0;
}
