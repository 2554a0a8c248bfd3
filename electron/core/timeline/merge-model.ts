// Whether two reports of one date from two articles tell one happening, by a logistic regression over the features
// likeness reads (merge-likeness.ts), its weights fitted on the tuned gold pairs rather than set by hand.
// WRITTEN BY tests/bench/fit-merge.ts (do not edit by hand): `npx tsx tests/bench/fit-merge.ts --write`.
import { handLikeness, type LikenessFeatures } from './merge-likeness.ts';

export interface MergeModel {
  bias: number;
  weights: Readonly<Record<keyof LikenessFeatures, number>>;
  /** The weight of the hand likeness itself, when the model corrects it rather than replaces it (else 0). */
  hand: number;
  /** The probability of one happening from which two reports of two articles join. */
  link: number;
  /** The probability below which two reports of two articles keep their groups apart. */
  apart: number;
  /** Which keeps two groups apart: a pair the model finds unlikely, or one below the hand weights' APART. */
  apartBy: 'model' | 'hand';
  /** Logit units per unit of hand likeness (a one-feature fit): puts the model's links beside same-article ones. */
  slope: number;
}

/** The log-odds that the two reports tell one happening. */
export function sameHappeningLogit(features: LikenessFeatures, model: MergeModel): number {
  let logit = model.bias + (model.hand === 0 ? 0 : model.hand * handLikeness(features));
  for (const name of Object.keys(model.weights) as (keyof LikenessFeatures)[])
    logit += model.weights[name] * features[name];
  return logit;
}

export function logitOf(probability: number): number {
  return Math.log(probability / (1 - probability));
}

// Fitted 2026-12-05 by tests/bench/fit-merge.ts on the 2476 pairs of one date from two
// articles of the tuned rounds (gold shared keys as labels), L2 0.01; link and apart chosen by 5-fold
// leave-rounds-out cross-validation (fewest wrong merges, then F1), pooled over the folds:
//   model F1 0.923 (P 0.997, R 0.859); 415/472 shown once; 3 wrong merges
//   hand weights (in sample) F1 0.926 (P 1.000, R 0.862); 417/472 shown once; 0 wrong merges
export const FITTED_MODEL: MergeModel = {
  bias: -1.665,
  weights: {
    words: 5.9684,
    sameAction: 2.2695,
    toldApart: -1.8144,
    lastBesideStart: -2.781,
    sharedActors: 1.0808,
    sharedPlaces: 0.0732,
    onlyOneThatDay: 2.6325,
    quotedBesideTold: 1.1002,
    otherPeople: -0.5669,
    otherOwners: -3.5304,
    ledeHour: 0.0,
    planBesideDeed: -1.8522,
    sameClock: 2.2021,
    otherClock: -1.8473,
    clockInPartOfDay: 1.215,
    momentsHoursApart: -2.2396,
    sharedNumber: 1.6304,
    otherChannels: -5.3251,
    rareName: 1.0189,
    lemmas: 5.4749,
  },
  hand: 0.0,
  link: 0.6,
  apart: 0.6,
  apartBy: 'hand',
  slope: 8.6767,
};
