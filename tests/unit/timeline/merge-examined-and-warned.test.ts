// Looking something over and what the looking found or warned of are one kind of happening: "engineers went over the
// viaduct in a full inspection" and "engineers warned the council that its cables were fraying" may tell one survey,
// and the other evidence decides. Written for this test; the outlets publish on Wednesday 14 October 2026.
import { describe, expect, it } from 'vitest';
import { sameKind } from '../../../electron/core/timeline/merging/action-kinds.ts';
import { joining, merged } from './outlets.ts';

describe('an inspection and what it found or warned of', () => {
  it('are actions of one kind', () => {
    expect(sameKind('inspect', 'warn')).toBe(true);
    expect(sameKind('inspect', 'find')).toBe(true);
  });

  it('joins a survey told in a month with another outlet’s warning of that month', () => {
    const entries = merged(
      [
        'The county’s bridge engineers last went over the Marle viaduct from end to end in a full inspection.',
        'That was back in June, the council says.',
      ].join(' '),
      'Engineers warned Harlow County Council in June that cables holding up the Marle viaduct were fraying.',
      'Harlow County Council was warned about the frayed cables in June, documents show.',
    );
    expect(joining(entries, '2026-06', 'outlet-1', 'outlet-2', 'outlet-3')).toHaveLength(1);
  });
});
