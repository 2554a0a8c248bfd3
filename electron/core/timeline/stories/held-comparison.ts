// Held fingerprints (held-fingerprint.ts) compared as `similarity` compares plain ones: the very scores, from the same
// sums added in the same order, without unpacking them into objects.
import { namesWord, protagonistsApart } from '../extraction/protagonists-apart.ts';
import { asideEitherWay, onlyTownNames, stemCounter } from '../language/subject-asides.ts';
import { heldAnotherOfItsKind } from './another-of-its-kind.ts';
import { openOnDaysOfTheirOwn, openOnOtherDays } from './days-of-their-own.ts';
import { onlyPassingNamesBesideAHappeningNod } from './happening-nods.ts';
import {
  isPreciseCount,
  isPreciseFigure,
  momentBesideAnOpeningName,
  momentInCommon,
  particularsWeight,
  personInCommon,
} from './happening-particulars.ts';
import { happeningsOfTwoStreets } from './happening-streets.ts';
import { type HeldFingerprint, type Part, partsOf } from './held-fingerprint.ts';
import { withLinkedNames } from './held-links.ts';
import type { Vocabulary } from './held-vocabulary.ts';
import { momentsInCommon, namesWithMoments } from './moments.ts';
import {
  type NamedFingerprint,
  namesBesideANod,
  namesOnceBesideOwnSubject,
  nodded,
  nodsBackOneWay,
} from './names-in-passing.ts';
import { onlyNamesOfThePlace } from './names-of-the-place.ts';
import { OPENING_WEIGHT, openingsTellOneHappening, shareARareLeadingName } from './opening-words.ts';
import { openingsTellTwoHappenings } from './openings-two-happenings.ts';
import { nameWordsOf } from './place-name-heads.ts';
import { personOfAnOpening } from './quoted-people.ts';
import { namesOfTheScene } from './scene-names.ts';
import { nameInBothOpenings, sameHappeningWeight } from './story-happenings.ts';
import { plainlyApart } from './story-kept-out.ts';
import { joinsOnPlaceNamesAlone, openingsShareNoWord } from './story-openings-apart.ts';
import { ALIKE_WORDS, combinedSimilarity, JOIN_THRESHOLD } from './story-similarity.ts';

/**
 * Compares held fingerprints as `similarity` compares plain ones. One article's words are marked in a table
 * indexed by word number (a mark per comparison, so nothing needs clearing), and the other's are looked up in it.
 */
export class HeldComparison {
  private marks = new Uint32Array(0);
  private counts = new Float64Array(0);
  private mark = 0;

  /** How the names' links (held-links.ts) read these fingerprints. */
  private readonly reading;

  constructor(private readonly vocabulary: Vocabulary) {
    this.reading = {
      vocabulary,
      entitiesOf: (held: HeldFingerprint) => this.entitiesOf(held),
      entityIds: (held: HeldFingerprint) => partsOf(held).entities,
    };
  }

  similarity(
    a: HeldFingerprint,
    other: HeldFingerprint,
    idf: (id: number) => number,
    entityIdf: (id: number) => number,
  ): number {
    return this.compare(a, other, idf, entityIdf).score;
  }

  /** The similarity, and whether the pair rules read the two as plainly apart (story-kept-out.ts `plainlyApart`). */
  compare(
    a: HeldFingerprint,
    other: HeldFingerprint,
    idf: (id: number) => number,
    entityIdf: (id: number) => number,
  ): { score: number; apart: boolean } {
    const b = withLinkedNames(a, other, this.reading);
    if (this.marks.length < this.vocabulary.size) {
      const size = Math.max(1024, this.vocabulary.size * 2);
      this.marks = new Uint32Array(size);
      this.counts = new Float64Array(size);
      this.mark = 0;
    }
    const partsA = partsOf(a);
    const partsB = partsOf(b);
    const text = this.cosine(a, partsA.terms, b, partsB.terms, idf);
    const shared = this.cosine(a, partsA.entities, b, partsB.entities, entityIdf);
    // The last cosine marked b's entities: count a's among them.
    const inCommon: number[] = [];
    for (let i = 0; i < partsA.entities.length; i++) {
      const id = a.packed[partsA.entities.ids + i]!;
      if (this.marks[id] === this.mark) inCommon.push(id);
    }
    const common = inCommon.length;
    const moments = common > 1 ? momentsInCommon(a.moments, b.moments) : 0;
    const names = namesWithMoments(
      partsA.entities.length === 0 || partsB.entities.length === 0
        ? 0
        : common / Math.sqrt(partsA.entities.length * partsB.entities.length),
      moments,
      partsA.entities.length,
      partsB.entities.length,
    );
    this.markAll(b, partsB.counted);
    let sameCounts = moments > 0;
    const countedInCommon: number[] = [];
    for (let i = 0; i < partsA.counted.length; i++) {
      const id = a.packed[partsA.counted.ids + i]!;
      if (this.marks[id] === this.mark) countedInCommon.push(id);
    }
    sameCounts ||= countedInCommon.length > 0;
    // As `similarityParts` does: a rule that sets the names aside, by the name of its route.
    const setAside = (route: string) => {
      const score = combinedSimilarity(text, 0, 0, 0);
      return { score, apart: plainlyApart(route, score, JOIN_THRESHOLD) };
    };
    if (a.protagonists && other.protagonists && protagonistsApart(a, other, (held, word) => this.namesWord(held, word)))
      return setAside('protagonists-apart');
    if (heldAnotherOfItsKind(a, b, inCommon, this.vocabulary, (held) => this.openingOf(held).lede))
      return setAside('another-of-its-kind');
    if (!sameCounts && common > 0 && (a.nods || b.nods) && this.onlyPassingNamesBesideAHappeningNod(a, b, inCommon))
      return setAside('happening-nod');
    const backNod = () =>
      nodsBackOneWay(
        dated(a),
        dated(b),
        inCommon.map((id) => this.vocabulary.wordOf(id)),
      );
    if (!sameCounts && common > 0 && (a.mentions || b.mentions) && backNod()) return setAside('happening-nod');
    const words = (held: HeldFingerprint) => ({ ...this.openingOf(held), leading: held.mentions?.leading });
    if (!sameCounts && openingsTellTwoHappenings(a, b, text < ALIKE_WORDS, common, () => [words(a), words(b)]))
      return setAside('happenings-apart');
    if ((a.streets || b.streets) && this.happeningsOfTwoStreets(a, b)) return setAside('happenings-apart');
    const passing = a.mentions?.passing || b.mentions?.passing;
    const nod = passing && common > 0 ? this.namesBesideANod(a, b, inCommon, entityIdf) : null;
    // As `similarity` does: names only of the place count as one, and open no happening.
    const placeOnly =
      common > 1 &&
      (a.placeNames || b.placeNames) &&
      onlyNamesOfThePlace(
        a,
        b,
        inCommon.map((id) => this.vocabulary.wordOf(id)),
      );
    const opening = () => (!placeOnly && this.openingsTellOneHappening(a, b, entityIdf) ? OPENING_WEIGHT : 0);
    const facts = (held: HeldFingerprint) => ({ ...held, leading: held.mentions?.leading });
    // As `similarity` does: openings on days of their own, one on a name of its own, leave out people named later.
    const everyone = () =>
      a.openingDays && b.openingDays && this.openOnDaysOfTheirOwn(a, b, inCommon)
        ? personOfAnOpening(facts(a), facts(b))
        : personInCommon(a.people, b.people);
    const particulars = (people = everyone) =>
      particularsWeight(text, {
        people,
        counts: () => countedInCommon.some((id) => isPreciseCount(this.vocabulary.wordOf(id))),
        moments: () => momentBesideAnOpeningName(facts(a), facts(b)),
        figures: () => this.figureInCommon(a, partsA.terms, b, partsB.terms),
        anyMoment: () => momentInCommon(a.moments, b.moments),
      });
    const happening = sameHappeningWeight(a, b, () => common > 0 || this.nameInBothOpenings(a, b, idf));
    // As `similarity` does: a pair that would join on names alone, with openings sharing no word but names, is apart.
    const told = (weight: number) => (weight && particulars(() => personOfAnOpening(facts(a), facts(b)))) + happening;
    const apart = (opened: number, weight: number, score: number) =>
      joinsOnPlaceNamesAlone(
        { score, text, sameCounts, particulars: told(weight), opening: opened > 0 },
        JOIN_THRESHOLD,
        () => this.openingsShareNoWord(a, b),
      )
        ? setAside('openings-apart')
        : { score, apart: false };
    if (nod) {
      const [opened, weight] = [opening(), particulars()];
      const names = combinedSimilarity(text, nod.shared, nod.names, 0, sameCounts);
      return apart(opened, weight, names + opened + weight + happening);
    }
    if (!sameCounts && common > 0 && this.townNamesBesideAnAside(a, b, inCommon)) return setAside('town-aside');
    const once = common > 1 && moments === 0 && this.namesOnceBesideOwnSubject(a, b, inCommon) ? 1 : common;
    const named = once > 1 && !sameCounts && (this.namesOfTheScene(a, b, inCommon) || placeOnly) ? 1 : once;
    const [opened, weight] = [opening(), particulars()];
    return apart(
      opened,
      weight,
      combinedSimilarity(text, shared, names, named + (sameCounts ? 1 : 0), sameCounts) + opened + weight + happening,
    );
  }

  /** `namesWord` on a held fingerprint: its names and words in words again. */
  private namesWord(held: HeldFingerprint, word: string): boolean {
    return namesWord({ entities: this.entitiesOf(held), terms: this.termsOf(held) }, word);
  }

  /** `openingsShareNoWord` on held fingerprints: headlines, lede stems and names in words again. */
  private openingsShareNoWord(a: HeldFingerprint, b: HeldFingerprint): boolean {
    const facts = (held: HeldFingerprint) => ({ ...this.openingOf(held), terms: this.termsOf(held) });
    return openingsShareNoWord(facts(a), facts(b), () => this.namesOf(a, b));
  }

  /** `happeningsOfTwoStreets` on held fingerprints: openings, names and word counts in words again. */
  private happeningsOfTwoStreets(a: HeldFingerprint, b: HeldFingerprint): boolean {
    const facts = (held: HeldFingerprint) => ({
      ...held,
      ...this.openingOf(held),
      leading: held.mentions?.leading,
      terms: this.termsOf(held),
    });
    return happeningsOfTwoStreets(facts(a), facts(b), () => this.namesOf(a, b));
  }

  /** A held fingerprint's word counts in words again. */
  private termsOf(held: HeldFingerprint): Record<string, number> {
    const { terms } = partsOf(held);
    const counts: Record<string, number> = {};
    for (let i = 0; i < terms.length; i++)
      counts[this.vocabulary.wordOf(held.packed[terms.ids + i]!)] = held.packed[terms.counts + i]!;
    return counts;
  }

  /** `nameInBothOpenings` on held fingerprints: lede stems, names and their words' weights in words again. */
  private nameInBothOpenings(a: HeldFingerprint, b: HeldFingerprint, idf: (id: number) => number): boolean {
    const weight = (word: string) => idf(this.vocabulary.idOf(word));
    return nameInBothOpenings(this.openingOf(a), this.openingOf(b), () => this.namesOf(a, b), weight);
  }

  /** `figureInCommon` on held fingerprints: b's terms marked again, a's figures looked up among them. */
  private figureInCommon(a: HeldFingerprint, termsA: Part, b: HeldFingerprint, termsB: Part): boolean {
    this.markAll(b, termsB);
    for (let i = 0; i < termsA.length; i++) {
      const id = a.packed[termsA.ids + i]!;
      if (this.marks[id] === this.mark && isPreciseFigure(this.vocabulary.wordOf(id))) return true;
    }
    return false;
  }

  /** `openingsTellOneHappening` on held fingerprints: lede stems and names in words again only for a rare name. */
  private openingsTellOneHappening(a: HeldFingerprint, b: HeldFingerprint, entityIdf: (id: number) => number) {
    const idf = (name: string) => entityIdf(this.vocabulary.idOf(name));
    if (!a.mentions || !b.mentions || !shareARareLeadingName(a.mentions, b.mentions, idf)) return false;
    const facts = (held: HeldFingerprint) => ({ ...this.openingOf(held), leading: held.mentions?.leading });
    return openingsTellOneHappening(facts(a), facts(b), idf, () => this.namesOf(a, b));
  }

  /**
   * `townNamesBesideAnAside` on held fingerprints: their names in words again, then, only for two articles that share
   * nothing but a town's names, their lede stems and words.
   */
  private townNamesBesideAnAside(a: HeldFingerprint, b: HeldFingerprint, inCommon: number[]): boolean {
    const common = inCommon.map((id) => this.vocabulary.wordOf(id));
    const places = (held: HeldFingerprint) => ({ title: held.title, places: held.mentions?.places });
    if (!onlyTownNames(places(a), places(b), common)) return false;
    const facts = (held: HeldFingerprint) => this.openingOf(held);
    const words = (held: HeldFingerprint) =>
      stemCounter(() => {
        const { terms } = partsOf(held);
        return Array.from({ length: terms.length }, (_, i): [string, number] => [
          this.vocabulary.wordOf(held.packed[terms.ids + i]!),
          held.packed[terms.counts + i]!,
        ]);
      });
    return asideEitherWay(facts(a), facts(b), common, words(a), words(b));
  }

  /** `namesOfTheScene` on held fingerprints: names in words again, then, only when one opens apart, the openings. */
  private namesOfTheScene(a: HeldFingerprint, b: HeldFingerprint, inCommon: number[]): boolean {
    const common = inCommon.map((id) => this.vocabulary.wordOf(id));
    const gives = { a: this.givesName(a), b: this.givesName(b) };
    return namesOfTheScene(this.sceneOf(a), this.sceneOf(b), common, gives, () => this.namesOf(a, b));
  }

  /** `openOnDaysOfTheirOwn` on held fingerprints: names in words again only when their openings tell other days. */
  private openOnDaysOfTheirOwn(a: HeldFingerprint, b: HeldFingerprint, inCommon: number[]): boolean {
    if (!openOnOtherDays(a.openingDays, b.openingDays)) return false;
    const facts = (held: HeldFingerprint) => ({ ...this.sceneOf(held), openingDays: held.openingDays });
    const common = inCommon.map((id) => this.vocabulary.wordOf(id));
    return openOnDaysOfTheirOwn(facts(a), facts(b), common, { a: this.givesName(a), b: this.givesName(b) });
  }

  /** Whether a held fingerprint names someone, its names in words again. */
  private givesName(held: HeldFingerprint): (name: string) => boolean {
    const named = this.entitiesOf(held);
    return (name) => name in named;
  }

  /** A held fingerprint's opening and where its names stand, as the scene readers take them. */
  private sceneOf(held: HeldFingerprint) {
    return { ...this.openingOf(held), leading: held.mentions?.leading, places: held.mentions?.places };
  }

  /** `namesOnceBesideOwnSubject` either way round, on held fingerprints: their names in words again. */
  private namesOnceBesideOwnSubject(a: HeldFingerprint, b: HeldFingerprint, inCommon: number[]): boolean {
    const common = inCommon.map((id) => this.vocabulary.wordOf(id));
    const named = (held: HeldFingerprint) => ({ title: held.title, entities: this.entitiesOf(held) });
    const [namedA, namedB] = [named(a), named(b)];
    return namesOnceBesideOwnSubject(namedA, namedB, common) || namesOnceBesideOwnSubject(namedB, namedA, common);
  }

  /** `namesBesideANod` on held fingerprints: their names in words again only when one names the other in passing. */
  private namesBesideANod(
    a: HeldFingerprint,
    b: HeldFingerprint,
    inCommon: number[],
    entityIdf: (id: number) => number,
  ) {
    const common = inCommon.map((id) => this.vocabulary.wordOf(id));
    const facts = (held: HeldFingerprint) => ({ title: held.title, entities: {}, ...held.mentions });
    if (!nodded(facts(a), facts(b), common)) return null;
    const named = (held: HeldFingerprint): NamedFingerprint => ({ ...facts(held), entities: this.entitiesOf(held) });
    const idOf = new Map<string, number>();
    const entitiesA = named(a);
    const entitiesB = named(b);
    for (const held of [a, b]) {
      const { entities } = partsOf(held);
      for (let i = 0; i < entities.length; i++) {
        const id = held.packed[entities.ids + i]!;
        idOf.set(this.vocabulary.wordOf(id), id);
      }
    }
    return namesBesideANod(entitiesA, entitiesB, common, (name) => entityIdf(idOf.get(name)!));
  }

  /** `onlyPassingNamesBesideAHappeningNod` on held fingerprints: their names and lede stems in words again. */
  private onlyPassingNamesBesideAHappeningNod(a: HeldFingerprint, b: HeldFingerprint, inCommon: number[]): boolean {
    const common = inCommon.map((id) => this.vocabulary.wordOf(id));
    // Most pairs share a name one of them gives beyond passing: they are not read further.
    const inPassing = (name: string) =>
      a.mentions?.passing?.[name] !== undefined || b.mentions?.passing?.[name] !== undefined;
    if (!common.every(inPassing)) return false;
    const facts = (held: HeldFingerprint) => ({
      ...this.openingOf(held),
      entities: this.entitiesOf(held),
      nods: held.nods,
      passing: held.mentions?.passing,
    });
    return onlyPassingNamesBesideAHappeningNod(facts(a), facts(b), common);
  }

  /** Its headline, and its lede's stems in words again. */
  private openingOf(held: HeldFingerprint): { title: string; lede: string[] } {
    const { lede } = partsOf(held);
    const words = Array.from({ length: lede.length }, (_, i) => this.vocabulary.wordOf(held.packed[lede.ids + i]!));
    return { title: held.title, lede: words };
  }

  /** The names either article gives, in words again, and as written (place-name-heads.ts `nameWordsOf`). */
  private namesOf(a: HeldFingerprint, b: HeldFingerprint): string[] {
    return nameWordsOf(
      { entities: this.entitiesOf(a), names: a.names },
      { entities: this.entitiesOf(b), names: b.names },
    );
  }

  private entitiesOf(held: HeldFingerprint): Record<string, number> {
    const { entities } = partsOf(held);
    const named: Record<string, number> = {};
    for (let i = 0; i < entities.length; i++) {
      named[this.vocabulary.wordOf(held.packed[entities.ids + i]!)] = held.packed[entities.counts + i]!;
    }
    return named;
  }

  /** `cosine` of similarity.ts: b's norm in b's order, then a's norm and the dot product in a's order. */
  private cosine(a: HeldFingerprint, partA: Part, b: HeldFingerprint, partB: Part, weight: (id: number) => number) {
    this.markAll(b, partB);
    let dot = 0;
    let normA = 0;
    let normB = 0;
    for (let i = 0; i < partB.length; i++) {
      const w = b.packed[partB.counts + i]! * weight(b.packed[partB.ids + i]!);
      normB += w * w;
    }
    for (let i = 0; i < partA.length; i++) {
      const id = a.packed[partA.ids + i]!;
      const w = a.packed[partA.counts + i]! * weight(id);
      normA += w * w;
      const other = this.marks[id] === this.mark ? this.counts[id]! : 0;
      if (other) dot += w * other * weight(id);
    }
    return normA && normB ? dot / Math.sqrt(normA * normB) : 0;
  }

  private markAll(held: HeldFingerprint, part: Part): void {
    if (this.mark === 0xffff_ffff) {
      this.marks.fill(0);
      this.mark = 0;
    }
    this.mark++;
    for (let i = 0; i < part.length; i++) {
      const id = held.packed[part.ids + i]!;
      this.marks[id] = this.mark;
      if (part.counts >= 0) this.counts[id] = held.packed[part.counts + i]!;
    }
  }
}

/** Where a held fingerprint's names stand, and its days, as `nodsBackOneWay` reads them. */
const dated = (held: HeldFingerprint) => ({
  ...held.mentions,
  publishedAt: held.publishedAt,
  openingDays: held.openingDays,
  people: held.people,
});
