// Small readers the story tests share: which articles ended up in an article's story, and the earlier happenings an
// article's own words tell (another-of-its-kind.ts) as stories read them.
import { earlierHappeningsTold } from '../../../electron/core/timeline/another-of-its-kind.ts';
import { splitSentences } from '../../../electron/core/timeline/sentences.ts';
import { countTerms, tokenize } from '../../../electron/core/timeline/similarity.ts';
import { stemCounter } from '../../../electron/core/timeline/subject-asides.ts';

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
