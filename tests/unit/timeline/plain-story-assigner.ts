// The story assigner as it was before fingerprints were held by number (plain objects, Sets of ids): the
// reference the held assigner's decisions are compared with, decision by decision.
import { type ArticleFingerprint, chooseStory, similarity } from '../../../electron/core/timeline/stories/stories.ts';

/** Below this many articles, everyone is a candidate. */
const SMALL_LIBRARY = 300;
/** A word in more than this share of articles is too common to find candidates by. */
const RARE_SHARE = 0.05;

export class PlainStoryAssigner {
  private readonly termFrequency = new Map<string, number>();
  private readonly entityFrequency = new Map<string, number>();
  private readonly byTerm = new Map<string, Set<string>>();
  private readonly byEntity = new Map<string, Set<string>>();
  private readonly members = new Map<string, ArticleFingerprint>();
  private readonly storyOf = new Map<string, string>();

  /** An article already placed in a story. */
  add(fingerprint: ArticleFingerprint, storyId: string): void {
    if (this.members.has(fingerprint.id)) this.remove(fingerprint.id);
    this.members.set(fingerprint.id, fingerprint);
    this.storyOf.set(fingerprint.id, storyId);
    count(this.termFrequency, this.byTerm, fingerprint.id, Object.keys(fingerprint.terms), 1);
    count(this.entityFrequency, this.byEntity, fingerprint.id, Object.keys(fingerprint.entities), 1);
  }

  remove(id: string): void {
    const fingerprint = this.members.get(id);
    if (!fingerprint) return;
    this.members.delete(id);
    this.storyOf.delete(id);
    count(this.termFrequency, this.byTerm, id, Object.keys(fingerprint.terms), -1);
    count(this.entityFrequency, this.byEntity, id, Object.keys(fingerprint.entities), -1);
  }

  moved(id: string, storyId: string): void {
    if (this.members.has(id)) this.storyOf.set(id, storyId);
  }

  /** The story the article belongs to, or null when it starts one of its own. It is not added. */
  choose(article: ArticleFingerprint): string | null {
    const member = this.chooseMember(article);
    return member === null ? null : this.storyOf.get(member)!;
  }

  /** The article most like this one, if it is alike enough to share its story, or null. The article is not added. */
  chooseMember(article: ArticleFingerprint): string | null {
    const total = this.members.size + 1;
    const idf = weights(this.termFrequency, article.terms, total);
    const entityIdf = weights(this.entityFrequency, article.entities, total);
    const chosen = chooseStory(
      [...this.candidates(article)].map((id) => ({
        story: this.storyOf.get(id)!,
        member: id,
        score: similarity(article, this.members.get(id)!, idf, entityIdf),
      })),
    );
    return chosen?.member ?? null;
  }

  private candidates(article: ArticleFingerprint): Iterable<string> {
    if (this.members.size < SMALL_LIBRARY) return this.members.keys();
    const found = new Set<string>();
    for (const name of Object.keys(article.entities)) for (const id of this.byEntity.get(name) ?? []) found.add(id);
    const rare = Math.max(20, this.members.size * RARE_SHARE);
    for (const term of Object.keys(article.terms)) {
      const postings = this.byTerm.get(term);
      if (postings && postings.size <= rare) for (const id of postings) found.add(id);
    }
    return found;
  }
}

function count(
  frequency: Map<string, number>,
  postings: Map<string, Set<string>>,
  id: string,
  keys: string[],
  change: 1 | -1,
): void {
  for (const key of keys) {
    const next = (frequency.get(key) ?? 0) + change;
    if (next <= 0) {
      frequency.delete(key);
      postings.delete(key);
      continue;
    }
    frequency.set(key, next);
    let set = postings.get(key);
    if (!set) {
      set = new Set();
      postings.set(key, set);
    }
    if (change > 0) set.add(id);
    else set.delete(id);
  }
}

/** IDF as `inverseDocumentFrequency` computes it over the library plus the newcomer. */
function weights(frequency: Map<string, number>, own: Record<string, number>, total: number): (term: string) => number {
  return (term) => Math.log((1 + total) / (1 + (frequency.get(term) ?? 0) + (term in own ? 1 : 0))) + 1;
}
