// Screens of candidate rules for two articles' reports of one date that merging keeps apart, for the tuned and study
// articles and for the held-out ones, as totals only: no sentence, date or file of a held-out article is printed.
// Each pair of two articles' reports the gold tells (as a shared event or a report of its own), below the joining
// threshold, is counted right when both tell one event and wrong when two, under each screen it meets: a veto lifted,
// WordNet's senses widened, plan beside deed where each is all its article tells; and one article's two unalike reports
// that a third outlet's report is alike to both. Whether a rule reaching that kind of pair would join more right pairs
// than wrong ones. merge-apart-causes.ts tells which kinds of kept-apart event there are.
// Run: npx tsx tests/bench/merge-apart-screens.ts [show]  (show: also the tuned and study plan-and-deed pairs and same-clock pairs told apart, with sentences)
import type { Event } from '../../electron/core/timeline/extraction/events.ts';
import { actionOfWord, actionsMatch } from '../../electron/core/timeline/language/actions.ts';
import { hypernymsOf, sensesOf, verbSensesOfNoun } from '../../electron/core/timeline/language/wordnet-senses.ts';
import { type HappeningWord, happeningWordsOf } from '../../electron/core/timeline/merging/happening-senses.ts';
import { handLikeness } from '../../electron/core/timeline/merging/likeness-features.ts';
import { mergeItemsOf, SAME_EVENT } from '../../electron/core/timeline/merging/merge-events.ts';
import { sameRoundedClockTime } from '../../electron/core/timeline/merging/merge-evidence.ts';
import { likenessFeatures } from '../../electron/core/timeline/merging/merge-likeness.ts';
import { tellSameAction } from '../../electron/core/timeline/merging/same-action.ts';
import { type ExtractedGoldArticle, extractGoldArticle } from './gold-extracted.ts';
import { type GoldEvent, isReportOf, loadGold } from './timeline-gold.ts';

type Tally = Map<string, [number, number]>;
const count = (tally: Tally, key: string, wrong: boolean) => {
  const both = tally.get(key) ?? [0, 0];
  both[wrong ? 0 : 1]++;
  tally.set(key, both);
};

function senses(word: HappeningWord, verbs: number, nouns: number): Set<number> {
  const s = sensesOf(word.lemma, word.wordClass, word.wordClass === 'verb' ? verbs : nouns).filter((x) => x > 0);
  return new Set(word.wordClass === 'verb' ? s : s.flatMap((x) => [x, ...verbSensesOfNoun(x)]));
}
const up = (set: Set<number>, steps: number) => {
  let all = new Set(set);
  let front = [...set];
  for (let i = 0; i < steps; i++) {
    front = front.flatMap((s) => [...hypernymsOf(s)]);
    all = new Set([...all, ...front]);
  }
  return all;
};
function meet(a: HappeningWord, b: HappeningWord, verbs: number, nouns: number, steps: number): boolean {
  if (a.lemma === b.lemma && a.wordClass === b.wordClass) return true;
  const [ha, hb] = [actionOfWord(a.lemma), actionOfWord(b.lemma)];
  if (ha !== undefined && hb !== undefined && !actionsMatch(ha, hb)) return false;
  const [x, y] = [senses(a, verbs, nouns), senses(b, verbs, nouns)];
  const [ux, uy] = [up(x, steps), up(y, steps)];
  for (const s of x) if (uy.has(s)) return true;
  for (const s of y) if (ux.has(s)) return true;
  return false;
}

function storyPairs(members: readonly ExtractedGoldArticle[], tally: Tally): void {
  const input = members.map((a) => ({ articleId: a.id, events: a.events, publishedAt: a.publishedAt }));
  const { items, weights } = mergeItemsOf(input);
  const goldOf = new Map<Event, string>();
  for (const a of members)
    for (const g of a.gold.events as GoldEvent[]) {
      const event = a.events.find((e) => isReportOf({ ...e, sentence: a.text.slice(e.start, e.end) }, g));
      if (event) goldOf.set(event, g.event ?? `own ${a.id} ${g.sentence}`);
    }
  // One article's two reports of a date, not alike enough to join through a third report (below .3, not the very same
  // action), that another article's report is alike enough to each: would a witness joining them be right?
  for (const p of items) {
    for (const q of items) {
      if (p.articleId !== q.articleId || p.key !== q.key || p.event.start >= q.event.start) continue;
      const [gp, gq] = [goldOf.get(p.event as Event), goldOf.get(q.event as Event)];
      if (!gp || !gq) continue;
      const score = handLikeness(likenessFeatures(p, q, weights));
      if (score >= 0.3 || tellSameAction(p.report, q.report, true)) continue;
      let witness = -1;
      for (const z of items) {
        if (z.articleId === p.articleId || z.key !== p.key) continue;
        const both = Math.min(
          handLikeness(likenessFeatures(p, z, weights)),
          handLikeness(likenessFeatures(q, z, weights)),
        );
        witness = Math.max(witness, both);
      }
      if (witness < SAME_EVENT) continue;
      const sBin = score <= -1 ? 'veto' : score < 0 ? '<0' : score < 0.1 ? '<.1' : score < 0.2 ? '<.2' : '<.3';
      const wBin = witness >= 0.6 ? '>=.6' : witness >= 0.4 ? '>=.4' : '>=.25';
      count(tally, 'one article, witnessed: all', gp !== gq);
      count(tally, `one article, witnessed: score ${sBin}, witness ${wBin}`, gp !== gq);
    }
  }
  for (const a of items) {
    for (const b of items) {
      if (a.articleId >= b.articleId || a.key !== b.key) continue;
      const [ga, gb] = [goldOf.get(a.event as Event), goldOf.get(b.event as Event)];
      if (!ga || !gb) continue;
      const wrong = ga !== gb;
      const f = likenessFeatures(a, b, weights);
      const score = handLikeness(f);
      if (score >= SAME_EVENT) continue;
      const [wa, wb] = [happeningWordsOf(a.report, a.sentence), happeningWordsOf(b.report, b.sentence)];
      const kind = f.planBesideDeed
        ? 'plan beside deed'
        : f.toldApart
          ? 'told apart'
          : score > -1
            ? 'short other'
            : 'vetoed other';
      count(tally, `${kind}: all`, wrong);
      if (f.sameClock) {
        const near = sameRoundedClockTime(a.evidence, b.evidence) ? 'within 5 min' : 'within 15 min';
        const lifted = handLikeness({ ...f, toldApart: 0 }) >= SAME_EVENT ? 'links without toldApart' : 'short anyway';
        count(tally, `same clock: ${kind}, ${near}, ${f.toldApart ? lifted : 'not told apart'}`, wrong);
        if (process.argv[2] === 'show' && !members[0]!.gold.heldOut && f.toldApart)
          console.log(`CLOCK ${wrong ? 'WRONG' : 'right'} ${ga} | ${gb}\n  ${a.sentence}\n  ${b.sentence}`);
      }
      if (kind === 'short other' && score >= 0.1) {
        const clear = [a, b].filter((r) => r.report.primaryWeight >= 0.5).length;
        const ev = `${f.sameAction ? 'act ' : ''}${f.words >= 0.3 ? 'w.3 ' : f.words >= 0.1 ? 'w.1 ' : ''}${f.lemmas >= 0.3 ? 'l.3 ' : f.lemmas > 0 ? 'l ' : ''}${f.rareName ? 'rare ' : ''}${f.sameClock || f.clockInPartOfDay ? 'clock ' : ''}${f.sharedNumber ? 'num ' : ''}${f.sharedActors ? 'actor ' : ''}${f.sharedPlaces ? 'place ' : ''}${f.onlyOneThatDay ? 'only1 ' : ''}${f.otherPeople ? '-people ' : ''}${f.quotedBesideTold ? '-quote ' : ''}${f.otherClock ? '-clock ' : ''}${f.looseActionOnly ? '-loose ' : ''}`;
        count(tally, `short .1-.25: clear ${clear} ${ev}`, wrong);
        count(tally, `short .1-.25: ${score >= 0.2 ? '.2-.25' : '.1-.2'} clear ${clear}`, wrong);
      }
      if (f.planBesideDeed && f.onlyOneThatDay) {
        const free = handLikeness({ ...f, planBesideDeed: 0 });
        if (process.argv[2] === 'show' && !members[0]!.gold.heldOut)
          console.log(`PLAN ${ga} ${gb} ${free.toFixed(2)}\n  ${a.sentence}\n  ${b.sentence}\n  ${JSON.stringify(f)}`);
        count(
          tally,
          `plan beside deed, each all its article tells that day: unvetoed ${free >= SAME_EVENT ? '>=.25' : free >= 0 ? '0-.25' : '<0'}`,
          wrong,
        );
      }
      if (score <= -1) {
        const vetoes = (
          [
            'planBesideDeed',
            'otherTowns',
            'otherSenses',
            'otherParticipants',
            'otherCounts',
            'momentsHoursApart',
            'oneDoerTwoDeeds',
            'arrestBesideCharge',
            'otherThingEnded',
          ] as const
        ).filter((name) => f[name]);
        const free = handLikeness({ ...f, ...Object.fromEntries(vetoes.map((name) => [name, 0])) });
        const bin = free >= 0.6 ? '>=.6' : free >= 0.4 ? '>=.4' : free >= SAME_EVENT ? '>=.25' : '<.25';
        count(tally, `veto ${vetoes.join('+')}: unvetoed ${bin}`, wrong);
        if (free >= SAME_EVENT)
          count(
            tally,
            `veto ${vetoes.join('+')}: unvetoed >=.25, ${f.sameAction ? 'act ' : ''}${f.words >= 0.3 ? 'words>=.3 ' : f.words >= 0.1 ? 'words>=.1 ' : ''}${f.rareName ? 'rare ' : ''}${f.sameClock ? 'clock ' : ''}${f.sharedNumber ? 'num ' : ''}${f.sharedActors ? 'actor ' : ''}${f.onlyOneThatDay ? 'only1 ' : ''}`,
            wrong,
          );
      }
      // Would the pair link if it were told as one action (sameAction +.25, toldApart -.4 undone)?
      const lifted = (f.planBesideDeed ? 0 : score) + 0.25 + (f.toldApart ? 0.4 : 0);
      const liftedOk =
        (f.planBesideDeed ? handLikeness({ ...f, planBesideDeed: 0, sameAction: 1, toldApart: 0 }) : lifted) >=
        SAME_EVENT;
      if (!liftedOk || f.sameAction) continue;
      for (const [name, v, n, s] of [
        ['same lemma', 0, 0, 0],
        ['verb2 noun1 up1 (now)', 2, 1, 1],
        ['verb3 noun2 up1', 3, 2, 1],
        ['verb2 noun1 up2', 2, 1, 2],
        ['verb3 noun2 up2', 3, 2, 2],
        ['verb1 noun1 up2', 1, 1, 2],
      ] as const) {
        const hit = wa.some((x) => wb.some((y) => (v === 0 ? x.lemma === y.lemma : meet(x, y, v, n, s))));
        if (hit) count(tally, `${kind}: would link with sameAction, ${name}`, wrong);
      }
      count(tally, `${kind}: would link with sameAction (any way)`, wrong);
    }
  }
}

async function main(): Promise<void> {
  const articles = await Promise.all(loadGold().map(extractGoldArticle));
  const parts = [articles.filter((a) => !a.gold.heldOut), articles.filter((a) => a.gold.heldOut)];
  const tallies = parts.map((part) => {
    const tally: Tally = new Map();
    for (const story of new Set(part.map((a) => a.gold.story)))
      storyPairs(
        part.filter((a) => a.gold.story === story),
        tally,
      );
    return tally;
  });
  const keys = [...new Set(tallies.flatMap((t) => [...t.keys()]))].sort();
  const width = Math.max(...keys.map((k) => k.length));
  console.log(`${'screen'.padEnd(width)}  ${'tuned+study w/r'.padStart(16)}${'held out w/r'.padStart(14)}`);
  for (const key of keys) {
    const cells = tallies.map((t) => (t.get(key) ?? [0, 0]).join('/'));
    console.log(`${key.padEnd(width)}  ${cells[0]!.padStart(16)}${cells[1]!.padStart(14)}`);
  }
}

await main();
