// The fitted merge model (tests/bench/merge-model.ts, fitted by tests/bench/fit-merge.ts) read through mergeEvents: two outlets'
// words for one happening join, two happenings of one day in one place stay apart. The model is not merging's default
// (its cross-validated tuned figures do not beat the hand weights); these show it at work when asked for, and that
// the hand weights read from the named features give the same likeness as before.
// Reference: Wednesday 14 October 2026 (outlets.ts).
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import { handLikeness } from '../../../electron/core/timeline/merging/likeness-features.ts';
import { mergeEvents, mergeItemsOf } from '../../../electron/core/timeline/merging/merge-events.ts';
import { likeness, likenessFeatures } from '../../../electron/core/timeline/merging/merge-likeness.ts';
import { FITTED_MODEL, modelWeigher } from '../../bench/merge-model.ts';
import { joining, reference } from './outlets.ts';

/** How many entries of Tuesday list both outlets' reports, merged by the fitted model. */
function joinedByModel(...articles: string[]) {
  const entries = mergeEvents(
    articles.map((text, i) => ({ articleId: `outlet-${i + 1}`, events: extractEvents(text, reference) })),
    modelWeigher(FITTED_MODEL),
  );
  return joining(entries, '2026-10-13', 'outlet-1', 'outlet-2').length;
}

describe('merging by the fitted model', () => {
  it('joins one collapse told in other words, each outlet quoting someone else', () => {
    expect(
      joinedByModel(
        'Mayor Ruth Kane said the Pelham footbridge collapsed into the river on Tuesday.',
        'The Pelham footbridge fell into the river on Tuesday, engineer Omar Fyfe said, and nobody was on it.',
      ),
    ).toBe(1);
  });

  it('keeps a vote on repairing a harbour wall apart from the storm that damaged it that day', () => {
    expect(
      joinedByModel(
        'Pelham councillors approved the harbour wall repairs on Tuesday, leader Ann Moss said. Work starts in spring.',
        'Pelham harbour master Kit Bowe said a storm damaged the harbour wall on Tuesday. Boats were moved on Tuesday.',
      ),
    ).toBe(0);
  });

  it('reads the hand likeness from the named features', () => {
    const { items, weights } = mergeItemsOf(
      [
        'Two masked men held up the post office on Quay Street in Pelham on Tuesday.',
        'Pelham police said two men robbed the Quay Street post office on Tuesday.',
      ].map((text, i) => ({ articleId: `outlet-${i + 1}`, events: extractEvents(text, reference) })),
    );
    const [a, b] = items;
    expect(handLikeness(likenessFeatures(a!, b!, weights))).toBe(likeness(a!, b!, weights));
    expect(likeness(a!, b!, weights)).toBeGreaterThan(0.25);
  });
});
