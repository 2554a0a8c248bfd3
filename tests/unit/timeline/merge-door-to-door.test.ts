// Crews going from door to door, knocking on every door of a street, or moving a count of people out ("moved 60 people
// out of four blocks") are getting people out of their homes: one evacuation told from two sides. Not detectives going
// door to door asking for witnesses. Written for this test; the outlets publish on Wednesday 14 October 2026.
import { describe, expect, it } from 'vitest';
import { joining, merged, reportAt } from './outlets.ts';

describe('going door to door', () => {
  it('tells an evacuation, and a count of people moved out does too', () => {
    const knocked = 'By midnight on Tuesday the crews had knocked on every door along Weir Lane.';
    expect(reportAt(knocked, 'By midnight on Tuesday').clear.has('evacuate')).toBe(true);
    const moved = 'Firefighters moved 60 people out of four blocks on Tuesday night.';
    expect(reportAt(moved, 'on Tuesday night').clear.has('evacuate')).toBe(true);
  });

  it('tells none when the callers were asking for something', () => {
    const asking = 'Detectives went door to door on Tuesday asking for witnesses to the shooting.';
    expect(reportAt(asking, 'on Tuesday').clear.has('evacuate')).toBe(false);
  });

  it('joins the knocking on every door with another outlet’s people moved out', () => {
    const entries = merged(
      [
        'Water from a burst main flooded the cellars of Weir Lane on Tuesday.',
        'Firefighters went door to door that evening and moved 60 people out of four blocks.',
      ].join(' '),
      [
        'The main under Weir Lane split on Tuesday, the water company said.',
        'By midnight on Tuesday the crews had knocked on every door along the lane.',
      ].join(' '),
    );
    const out = joining(entries, '2026-10-13', 'outlet-1', 'outlet-2').filter((entry) =>
      entry.sources.some((source) => source.text.startsWith('By midnight')),
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.sources.some((source) => source.text.startsWith('Firefighters'))).toBe(true);
  });
});
