import { type Entities, extractEntities } from '../extraction/entities.ts';

/** Where a news article names who and what it is about: its first paragraphs. */
const STORY_ENTITY_CHARS = 4_000;

/**
 * The names stories compare articles by. Reading names from the whole of a long article costs more
 * than the rest of its extraction together, and the salient ones are in its opening paragraphs.
 */
export function storyEntities(text: string): Entities {
  if (text.length <= STORY_ENTITY_CHARS) return extractEntities(text);
  const cut = text.lastIndexOf('\n', STORY_ENTITY_CHARS);
  return extractEntities(text.slice(0, cut > STORY_ENTITY_CHARS / 2 ? cut : STORY_ENTITY_CHARS));
}
