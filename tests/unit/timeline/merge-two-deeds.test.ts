// Two articles that each tell one thing of a day are not thereby telling the same thing when each tells a different
// deed right at its date and no doer is common to them (an arrest, and detectives searching homes for a second man):
// the only thing each tells of that day is then another one. Not a plan and the deed done as planned, nor sayings.
// Reference: Wednesday 14 October 2026 (outlets.ts).
import { describe, expect, it } from 'vitest';
import { joining, merged } from './outlets.ts';

describe('two deeds of one day, each all its article tells', () => {
  it('keeps an arrest apart from a search that day for a second man', () => {
    const entries = merged(
      "Police arrested a 22-year-old man in Corby on Tuesday after a jeweller's shop was robbed.",
      "Detectives searched homes across Corby on Tuesday for a second man seen near the jeweller's shop.",
    );
    expect(joining(entries, '2026-10-13', 'outlet-1', 'outlet-2')).toHaveLength(0);
  });

  it('still joins two reports naming the same doer, whatever their words for the deed', () => {
    const entries = merged(
      "Corby police arrested a 22-year-old man on Tuesday after a jeweller's shop was robbed.",
      "Corby police questioned a suspect on Tuesday over the robbery at the jeweller's shop.",
    );
    expect(joining(entries, '2026-10-13', 'outlet-1', 'outlet-2')).toHaveLength(1);
  });
});
