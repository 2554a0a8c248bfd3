// Small pieces the story tests share: an article built from invented paragraphs, what two articles' likeness is made
// of, which articles ended up in an
// article's story, and the earlier happenings an article's own words tell (another-of-its-kind.ts) as stories read them.

import { extractEntities } from '../../../electron/core/timeline/extraction/entities.ts';
import { splitSentences } from '../../../electron/core/timeline/language/sentences.ts';
import { countTerms, inverseDocumentFrequency, tokenize } from '../../../electron/core/timeline/language/similarity.ts';
import { stemCounter } from '../../../electron/core/timeline/language/subject-asides.ts';
import { earlierHappeningsTold } from '../../../electron/core/timeline/stories/another-of-its-kind.ts';
import {
  fingerprintArticle,
  type StoryArticle,
  similarityParts,
} from '../../../electron/core/timeline/stories/stories.ts';

/** A fresh article written for a test, its paragraphs joined as the extractor joins them (or its whole text), its
 * names tagged. */
export function storyArticle(
  id: string,
  title: string,
  body: string | readonly string[],
  publishedAt: string | null,
): StoryArticle {
  const text = typeof body === 'string' ? body : body.join('\n\n');
  return { id, title, text, entities: extractEntities(text), publishedAt };
}

/** What the likeness of `a` and `b` is made of, with word and name rarities read over them and `others`. */
export function pairParts(a: StoryArticle, b: StoryArticle, others: readonly StoryArticle[]) {
  const prints = [a, b, ...others].map(fingerprintArticle);
  const idf = inverseDocumentFrequency(prints.map((print) => print.terms));
  const entityIdf = inverseDocumentFrequency(prints.map((print) => print.entities));
  return similarityParts(prints[0]!, prints[1]!, idf, entityIdf);
}

/** The ids of the articles in the story holding `id`, sorted. */
export function storyOf(stories: readonly { articleIds: readonly string[] }[], id: string): string[] {
  return [...stories.find((story) => story.articleIds.includes(id))!.articleIds].sort();
}

/** The earlier happenings an article of this title and these paragraphs tells as of its kind. */
export function earlierOf(title: string, paragraphs: string[]): string[] {
  const body = paragraphs.join('\n\n');
  const terms = countTerms(tokenize(`${title}\n${body}`));
  const sentences = splitSentences(body).map((sentence) => sentence.text);
  return earlierHappeningsTold(
    sentences,
    stemCounter(() => Object.entries(terms)),
  );
}
