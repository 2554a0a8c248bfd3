import type { MergeRule } from '../../../../electron/core/sync/conflict-rules.ts';

/**
 * A merge rule as a test writes one: an article's records file holds a JSON list of tags, and two
 * copies merge into the sorted union. Enough to show two devices converging through a sync tool.
 */
export const listUnionRule: MergeRule = {
  kind: 'test-tag-list',
  pattern: /^articles\/[^/]+\/records\/[a-z0-9]+\.json$/,
  merge(original, copy) {
    const parse = (bytes: Uint8Array) => JSON.parse(Buffer.from(bytes).toString('utf8')) as string[];
    const union = new Set([...parse(original), ...parse(copy)]);
    return Buffer.from(JSON.stringify([...union].sort()));
  },
};
