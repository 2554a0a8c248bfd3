// Names an article mentions in passing: every mention in one sentence that is neither its headline nor its lede.
// An article that names another story's company once, beside the street and the town both happen in ("Both of the
// station's engines were among those sent to the fire at the … works"), tells of something else.
import { splitSentences } from './sentences.ts';

/**
 * Names (lower-cased, as fingerprints key them) by where the article mentions them: in its headline or lede, or in
 * one sentence after its lede only. Names the text does not mention as a whole word are in neither.
 */
export function namesInPassing(title: string, body: string, names: Iterable<string>): NamesByPlace {
  const sentences = splitSentences(body).map((sentence) => sentence.text.toLowerCase());
  const headline = title.toLowerCase();
  const passing: Record<string, number> = {};
  const leading: string[] = [];
  for (const name of names) {
    const word = new RegExp(`(?<![\\p{L}\\d])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d])`, 'u');
    const holding = sentences.flatMap((sentence, index) => (word.test(sentence) ? [index] : []));
    if (word.test(headline) || holding[0] === 0) leading.push(name);
    else if (holding.length === 1) passing[name] = holding[0]!;
  }
  return { passing, leading };
}

export interface NamesByPlace {
  /** Names mentioned in one sentence after the lede only, and not in the headline, with that sentence's number. */
  passing: Record<string, number>;
  /** Names the headline or the lede gives: what the article is about. */
  leading: string[];
}

/**
 * Whether `article` names what it shares with `other` only in passing: leaving out the places (the town, the street,
 * the hall both happen in or beside) and the names both headlines give, what is left of the names they share is
 * mentioned in one sentence of `article`, after its lede, and is what the other's headline or lede is about. Then
 * the names they share are no evidence of one story.
 */
export function sharedOnlyInPassing(
  article: { passing?: Record<string, number>; places?: readonly string[]; title: string },
  other: { places?: readonly string[]; leading?: readonly string[]; title: string },
  inCommon: readonly string[],
): boolean {
  if (article.passing === undefined) return false;
  const inBothHeadlines = (name: string) =>
    article.title.toLowerCase().includes(name) && other.title.toLowerCase().includes(name);
  const isPlace = (name: string) => article.places?.includes(name) || other.places?.includes(name);
  const telling = inCommon.filter((name) => !isPlace(name) && !inBothHeadlines(name));
  if (telling.length === 0 || !telling.every((name) => other.leading?.includes(name))) return false;
  const sentences = new Set(telling.map((name) => article.passing![name]));
  return sentences.size === 1 && !sentences.has(undefined);
}
