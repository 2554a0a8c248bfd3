// What merging made is kept on disk under the version of the merging rules (merged-story-files.ts): a change to what
// merging makes of the same events, under the same version, would show a stale timeline after the next start. Six gold
// stories' events, fixed (tests/bench/merge-rules-fixture.ts wrote them), are merged and compared by digest.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ArticleEvents, mergeEvents } from '../../../electron/core/timeline/merging/merge-events.ts';
import { MERGE_RULES_VERSION } from '../../../electron/core/timeline/merging/merge-rules-version.ts';

/**
 * What merging made of the fixture under each version of the rules. When the test fails: raise MERGE_RULES_VERSION
 * (merge-rules-version.ts, saying what changed) and add its digest here.
 */
const DIGESTS: Record<number, string> = {
  1: '652aedb66861ff7c',
  2: '652aedb66861ff7c',
  3: '652aedb66861ff7c',
  4: '652aedb66861ff7c',
  5: '652aedb66861ff7c',
  6: '652aedb66861ff7c',
  7: '652aedb66861ff7c',
  8: '652aedb66861ff7c',
  9: '652aedb66861ff7c',
  10: '652aedb66861ff7c',
  11: '652aedb66861ff7c',
  12: '652aedb66861ff7c',
  13: '652aedb66861ff7c',
  14: '652aedb66861ff7c',
  15: '652aedb66861ff7c',
  16: '652aedb66861ff7c',
  17: '652aedb66861ff7c',
  18: '652aedb66861ff7c',
  19: '652aedb66861ff7c',
  20: '652aedb66861ff7c',
  21: '652aedb66861ff7c',
  22: '652aedb66861ff7c',
  23: '652aedb66861ff7c',
  24: '652aedb66861ff7c',
};

const fixture = new URL('../../fixtures/timeline/merge-rules-stories.json', import.meta.url);

describe('the version of the merging rules', () => {
  it('is raised whenever merging makes something else of the same events', () => {
    const { stories } = JSON.parse(readFileSync(fixture, 'utf8')) as { stories: Record<string, ArticleEvents[]> };
    const merged = Object.values(stories).map((entries) => mergeEvents(entries));
    const digest = createHash('sha256').update(JSON.stringify(merged)).digest('hex').slice(0, 16);
    expect({ version: MERGE_RULES_VERSION, digest }).toEqual({
      version: MERGE_RULES_VERSION,
      digest: DIGESTS[MERGE_RULES_VERSION],
    });
  }, 60_000);
});
