// In how many of the articles already placed in stories each word and each name is, kept as articles arrive: the
// IDF tables grouping weighs a newcomer's likeness by, without counting every placed article again for each one.
import { DocumentFrequencies, type TermCounts } from '../language/similarity.ts';

export type PlacedFrequencies = Record<'terms' | 'entities', DocumentFrequencies>;

/** The frequencies over these articles' words and names (a fingerprint's `terms` and `entities`). */
export function placedFrequencies(
  articles: readonly { terms: TermCounts; entities: TermCounts }[] = [],
): PlacedFrequencies {
  const placed = { terms: new DocumentFrequencies(), entities: new DocumentFrequencies() };
  for (const article of articles) countPlaced(placed, article);
  return placed;
}

/** Counts one more placed article. */
export function countPlaced(placed: PlacedFrequencies, article: { terms: TermCounts; entities: TermCounts }): void {
  placed.terms.add(article.terms);
  placed.entities.add(article.entities);
}
