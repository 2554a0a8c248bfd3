// Whether two reports of one date from two articles tell one happening, by a logistic regression over the features
// likeness reads (merge-likeness.ts), its weights fitted on the tuned gold pairs rather than set by hand.
// WRITTEN BY tests/bench/fit-merge.ts (do not edit by hand): `npx tsx tests/bench/fit-merge.ts --write`.
import type { LikenessFeatures } from './merge-likeness.ts';

export interface MergeModel {
  bias: number;
  weights: Readonly<Record<keyof LikenessFeatures, number>>;
  /** The probability of one happening from which two reports of two articles join. */
  link: number;
  /** The probability below which two reports of two articles keep their groups apart. */
  apart: number;
  /** Logit units per unit of hand likeness (a one-feature fit): puts the model's links beside same-article ones. */
  slope: number;
}

/** The log-odds that the two reports tell one happening. */
export function sameHappeningLogit(features: LikenessFeatures, model: MergeModel): number {
  let logit = model.bias;
  for (const name of Object.keys(model.weights) as (keyof LikenessFeatures)[])
    logit += model.weights[name] * features[name];
  return logit;
}

export function logitOf(probability: number): number {
  return Math.log(probability / (1 - probability));
}

// Fitted: placeholder until the fit script runs.
export const FITTED_MODEL: MergeModel = {
  bias: 0,
  weights: {
    words: 0,
    sameAction: 0,
    toldApart: 0,
    lastBesideStart: 0,
    sharedActors: 0,
    sharedPlaces: 0,
    onlyOneThatDay: 0,
    quotedBesideTold: 0,
    otherPeople: 0,
    otherOwners: 0,
    ledeHour: 0,
    planBesideDeed: 0,
    sameClock: 0,
    otherClock: 0,
    clockInPartOfDay: 0,
    momentsHoursApart: 0,
    sharedNumber: 0,
    otherChannels: 0,
    rareName: 0,
    lemmas: 0,
  },
  link: 0.5,
  apart: 0.1,
  slope: 1,
};
