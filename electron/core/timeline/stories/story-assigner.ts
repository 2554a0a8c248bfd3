// Placing a newly arrived article in a story without comparing it to every article of the library:
// document frequencies are kept up to date as articles arrive, and only articles that share a name or
// a rare word with the newcomer are compared. Decisions are the same as `assignToStory`'s (`chooseStory`).
//
// Everything is held by number (held-fingerprint.ts): an article has a slot, given in the order articles
// are added (an article added again gets a new one, as a Set puts it last), and each word's list of slots is a
// typed array. A removed article's slot stays in those lists and is passed over.

import type { ArticleFingerprint } from './article-fingerprint.ts';
import { HeldComparison } from './held-comparison.ts';
import { type HeldFingerprint, holdFingerprint, partsOf, titleFieldsOf } from './held-fingerprint.ts';
import { Vocabulary } from './held-vocabulary.ts';
import { chooseStory } from './stories.ts';
import { leadsWithBoth, namesOfStory, storiesBridged } from './story-bridges.ts';
import { idsOfParts, placement } from './story-kept-out.ts';
import { JOIN_THRESHOLD } from './story-similarity.ts';

/** Below this many articles, everyone is a candidate. */
const SMALL_LIBRARY = 300;
/** A word in more than this share of articles is too common to find candidates by. */
const RARE_SHARE = 0.05;

export class StoryAssigner {
  private readonly comparison: HeldComparison;
  private readonly terms = new Postings();
  private readonly entities = new Postings();
  private readonly slotOf = new Map<string, number>();
  /** By slot: the article, and its story; undefined once removed. */
  private readonly held: (HeldFingerprint | undefined)[] = [];
  private readonly storyOfSlot: (string | undefined)[] = [];
  /** Slots met while gathering candidates, by the number of the gathering. */
  private met = new Uint32Array(0);
  private gathering = 0;

  constructor(readonly vocabulary = new Vocabulary()) {
    this.comparison = new HeldComparison(vocabulary);
  }

  /** The article's fingerprint as this assigner holds it (words by number). */
  hold(fingerprint: ArticleFingerprint | HeldFingerprint): HeldFingerprint {
    return 'packed' in fingerprint ? fingerprint : holdFingerprint(fingerprint, this.vocabulary);
  }

  /** An article already placed in a story. */
  add(fingerprint: ArticleFingerprint | HeldFingerprint, storyId: string): void {
    const held = this.hold(fingerprint);
    if (this.slotOf.has(held.id)) this.remove(held.id);
    const slot = this.held.length;
    this.held.push(held);
    this.storyOfSlot.push(storyId);
    this.slotOf.set(held.id, slot);
    const parts = partsOf(held);
    for (let i = 0; i < parts.terms.length; i++) this.terms.add(held.packed[parts.terms.ids + i]!, slot);
    for (let i = 0; i < parts.entities.length; i++) this.entities.add(held.packed[parts.entities.ids + i]!, slot);
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    const held = this.held[slot]!;
    this.slotOf.delete(id);
    this.held[slot] = undefined;
    this.storyOfSlot[slot] = undefined;
    const parts = partsOf(held);
    for (let i = 0; i < parts.terms.length; i++) this.terms.remove(held.packed[parts.terms.ids + i]!);
    for (let i = 0; i < parts.entities.length; i++) this.entities.remove(held.packed[parts.entities.ids + i]!);
  }

  moved(id: string, storyId: string): void {
    const slot = this.slotOf.get(id);
    if (slot !== undefined) this.storyOfSlot[slot] = storyId;
  }

  /**
   * The story the article belongs to, or null when it starts one of its own. It is not added, and brings no stories
   * together (see `place`).
   */
  choose(article: ArticleFingerprint | HeldFingerprint): string | null {
    const member = this.chooseMember(article);
    return member === null ? null : this.storyOfSlot[this.slotOf.get(member)!]!;
  }

  /** The article most like this one, if it is alike enough to share its story, or null. The article is not added. */
  chooseMember(article: ArticleFingerprint | HeldFingerprint): string | null {
    const { chosen } = this.scored(this.hold(article));
    return chosen ? this.held[chosen.member]!.id : null;
  }

  /**
   * Where the article goes (it is not added): the story it joins (null: one of its own) and the article there it is
   * most like. The other stories it brings together (story-bridges.ts) are merged into that story now, under the
   * oldest one's id; `bridged` gives one article of each story that joined another, for the found groups to follow.
   * When that story sets it apart as often as it welcomes it (story-kept-out.ts), it splits instead: `leaving` gives
   * the articles that leave it for a story of their own. `mayBridge` is asked about each story, by its articles, given
   * the stories taken so far; a story it refuses (shaped by the reader) is not split either.
   */
  place(
    article: ArticleFingerprint | HeldFingerprint,
    mayBridge: (articles: readonly string[], taken: readonly (readonly string[])[]) => boolean = () => true,
  ): { story: string | null; member: string | null; bridged: string[]; leaving: string[] } {
    const held = this.hold(article);
    const { scored, alike } = this.scored(held);
    const allowed = (story: string) => mayBridge(this.idsOfSlots(this.slotsOfStory(story)), []);
    const chosen = placement(scored, chooseStory, JOIN_THRESHOLD, alike, allowed);
    if (!chosen) return { story: null, member: null, bridged: [], leaving: [] };
    if (chosen.leaving.length > 0) {
      const staying = this.slotsOfStory(chosen.story).filter((slot) => !chosen.leaving.includes(slot));
      const ids = idsOfParts(chosen.story, this.idsOfSlots(staying), this.idsOfSlots(chosen.leaving));
      for (const slot of staying) this.storyOfSlot[slot] = ids.staying;
      for (const slot of chosen.leaving) this.storyOfSlot[slot] = ids.leaving;
      const member = this.held[chosen.member]!.id;
      return { story: ids.staying, member, bridged: [], leaving: this.idsOfSlots(chosen.leaving) };
    }
    const slots = new Map<string, number[]>();
    const slotsOf = (story: string) => {
      const known = slots.get(story);
      if (known) return known;
      const found = this.slotsOfStory(story);
      slots.set(story, found);
      return found;
    };
    const idsOf = (story: string) => slotsOf(story).map((slot) => this.held[slot]!.id);
    const names = (story: string) =>
      namesOfStory(slotsOf(story).map((slot) => titleFieldsOf(this.held[slot]!, this.vocabulary)));
    const joined = storiesBridged(
      scored,
      chosen.story,
      JOIN_THRESHOLD,
      (one, other) => leadsWithBoth(held.mentions?.leading, names(one), names(other)),
      (story, taken) => mayBridge(idsOf(story), taken.map(idsOf)),
    );
    const member = this.held[chosen.member]!.id;
    if (joined.length === 0) return { story: chosen.story, member, bridged: [], leaving: [] };
    // The oldest story, by its first article placed, keeps its id, as `clusterStories` keeps the first story's.
    const [into, ...others] = joined.sort((a, b) => slotsOf(a)[0]! - slotsOf(b)[0]!);
    for (const other of others) for (const slot of slotsOf(other)) this.storyOfSlot[slot] = into!;
    const bridged = [into!, ...others].filter((story) => story !== chosen.story).map((story) => idsOf(story)[0]!);
    return { story: into!, member, bridged, leaving: [] };
  }

  /** The ids of the articles in these slots. */
  private idsOfSlots(slots: readonly number[]): string[] {
    return slots.map((slot) => this.held[slot]!.id);
  }

  /** The story an article is in, as placed here (stories it was merged into included), or null. */
  storyOf(id: string): string | null {
    const slot = this.slotOf.get(id);
    return slot === undefined ? null : (this.storyOfSlot[slot] ?? null);
  }

  /**
   * How alike the article is to each candidate, the story it joins by `chooseStory` (that story taken whole), and how
   * alike two placed articles are by the same weights.
   */
  private scored(held: HeldFingerprint) {
    const parts = partsOf(held);
    const total = this.slotOf.size + 1;
    const idf = weights(this.terms, idsOf(held, parts.terms), total);
    const entityIdf = weights(this.entities, idsOf(held, parts.entities), total);
    // In a large library a story's articles that share no name or rare word with the newcomer are not compared.
    const scored = this.candidates(held).map((slot) => ({
      story: this.storyOfSlot[slot]!,
      member: slot,
      ...this.comparison.compare(held, this.held[slot]!, idf, entityIdf),
    }));
    const alike = (one: number, other: number) =>
      this.comparison.similarity(this.held[one]!, this.held[other]!, idf, entityIdf);
    return { scored, chosen: chooseStory(scored), alike };
  }

  /** Slots of a story's articles, in the order they were placed. */
  private slotsOfStory(story: string): number[] {
    const slots: number[] = [];
    for (let slot = 0; slot < this.held.length; slot++) if (this.storyOfSlot[slot] === story) slots.push(slot);
    return slots;
  }

  /** Slots of the articles to compare with, in the order the plain indexes met them (it settles ties). */
  private candidates(article: HeldFingerprint): number[] {
    const found: number[] = [];
    if (this.slotOf.size < SMALL_LIBRARY) {
      for (let slot = 0; slot < this.held.length; slot++) if (this.held[slot]) found.push(slot);
      return found;
    }
    if (this.met.length < this.held.length) this.met = new Uint32Array(this.held.length * 2);
    if (this.gathering === 0xffff_ffff) {
      this.met.fill(0);
      this.gathering = 0;
    }
    const gathering = ++this.gathering;
    const meet = (slot: number) => {
      if (this.held[slot] && this.met[slot] !== gathering) {
        this.met[slot] = gathering;
        found.push(slot);
      }
    };
    const parts = partsOf(article);
    for (let i = 0; i < parts.entities.length; i++)
      this.entities.forEach(article.packed[parts.entities.ids + i]!, meet);
    const rare = Math.max(20, this.slotOf.size * RARE_SHARE);
    for (let i = 0; i < parts.terms.length; i++) {
      const term = article.packed[parts.terms.ids + i]!;
      const frequency = this.terms.frequency(term);
      if (frequency > 0 && frequency <= rare) this.terms.forEach(term, meet);
    }
    return found;
  }
}

/**
 * For each word (by number): in how many articles it is, and the slots of the articles that had it when
 * added, in the order they were added. Most words are in one article only (a name, a number, a typo): their
 * list is that slot, with no array. A word no article has any more loses its list.
 */
class Postings {
  private counts = new Uint32Array(1024);
  private lengths = new Uint32Array(1024);
  private readonly lists: (Uint32Array | number | undefined)[] = [];

  frequency(id: number): number {
    return id < this.counts.length ? this.counts[id]! : 0;
  }

  add(id: number, slot: number): void {
    if (id >= this.counts.length) this.grow(id);
    this.counts[id]!++;
    const length = this.lengths[id]!;
    const list = this.lists[id];
    this.lengths[id] = length + 1;
    if (length === 0) {
      this.lists[id] = slot;
      return;
    }
    if (typeof list === 'number' || list!.length === length) {
      const longer = new Uint32Array(Math.max(4, length * 2));
      if (typeof list === 'number') longer[0] = list;
      else longer.set(list!);
      longer[length] = slot;
      this.lists[id] = longer;
      return;
    }
    list![length] = slot;
  }

  remove(id: number): void {
    if (--this.counts[id]! > 0) return;
    this.lengths[id] = 0;
    this.lists[id] = undefined;
  }

  forEach(id: number, visit: (slot: number) => void): void {
    const list = this.lists[id];
    if (list === undefined) return;
    if (typeof list === 'number') {
      visit(list);
      return;
    }
    const length = this.lengths[id]!;
    for (let i = 0; i < length; i++) visit(list[i]!);
  }

  private grow(id: number): void {
    const size = Math.max(id + 1, this.counts.length * 2);
    const counts = new Uint32Array(size);
    counts.set(this.counts);
    const lengths = new Uint32Array(size);
    lengths.set(this.lengths);
    this.counts = counts;
    this.lengths = lengths;
  }
}

function idsOf(held: HeldFingerprint, part: { ids: number; length: number }): Set<number> {
  const ids = new Set<number>();
  for (let i = 0; i < part.length; i++) ids.add(held.packed[part.ids + i]!);
  return ids;
}

/** IDF as `inverseDocumentFrequency` computes it over the library plus the newcomer. */
function weights(postings: Postings, own: Set<number>, total: number): (id: number) => number {
  return (id) => Math.log((1 + total) / (1 + postings.frequency(id) + (own.has(id) ? 1 : 0))) + 1;
}
