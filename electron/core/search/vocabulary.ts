import SearchableMap from 'minisearch/SearchableMap';
import { tokenize } from './tokenize.ts';

/**
 * Every indexed word, numbered: articles keep word ids, not words. The same words are in a radix
 * tree (MiniSearch's), for completions and near spellings.
 */
export class Vocabulary {
  readonly words: string[] = [];
  private readonly ids = new Map<string, number>();
  readonly dictionary = new SearchableMap<number>();

  get size(): number {
    return this.words.length;
  }

  /** The word's id, numbering it when it is new. */
  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(word);
      this.ids.set(word, id);
      this.dictionary.set(word, id);
    }
    return id;
  }

  /** The word's id, or undefined when no article holds it. */
  find(word: string): number | undefined {
    return this.ids.get(word);
  }

  /** The ids of a phrase's words, or null when one of them is in no article (so no article holds the phrase). */
  phrase(phrase: string): number[] | null {
    const ids = tokenize(phrase).map((word) => this.ids.get(word));
    return ids.some((id) => id === undefined) ? null : (ids as number[]);
  }
}
