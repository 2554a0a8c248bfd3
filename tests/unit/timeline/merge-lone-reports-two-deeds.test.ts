// Two articles that each tell only one thing of a day are not thereby telling one happening when each tells a clear
// deed of another class right at its date, by no doer common to them: a library reopening and a water main bursting
// outside it, a board voting to close a school and parents marching against the closure. The deed may be one the
// action lists do not hold, read by grammar ("burst"). Reports of one deed in other words still join.
// Reference: Wednesday 14 October 2026 (outlets.ts).
import { describe, expect, it } from 'vitest';
import { joining, merged } from './outlets.ts';

describe('two clear deeds of one day, each all its article tells', () => {
  it('keeps a reopening apart from a water main bursting outside the same building', () => {
    const entries = merged(
      'Dunhollow swimming baths reopened on Monday after an 18-month rebuild.',
      'A gas pipe fractured beside Dunhollow swimming baths on Monday, closing the road for hours.',
    );
    expect(joining(entries, '2026-10-12', 'outlet-1', 'outlet-2')).toHaveLength(0);
  });

  it('keeps a sewer bursting apart from a museum opening on the same square', () => {
    const entries = merged(
      'The Tarrow Street museum opened its new wing on Thursday.',
      'A sewer burst under Tarrow Street on Thursday, flooding three cellars.',
    );
    expect(joining(entries, '2026-10-08', 'outlet-1', 'outlet-2')).toHaveLength(0);
  });

  it("keeps a council's vote apart from a march of parents against what it decided", () => {
    const entries = merged(
      'Councillors voted on Friday to shut the Ashgrove day centre.',
      'Families marched on Friday in protest against the closure of the Ashgrove day centre.',
    );
    expect(joining(entries, '2026-10-09', 'outlet-1', 'outlet-2')).toHaveLength(0);
  });

  it("keeps a board's vote apart from a vigil outside the same building", () => {
    const entries = merged(
      'Trustees of the Penmore hospice voted on Friday to sell its car park.',
      'Volunteers held a candlelit vigil outside the Penmore hospice on Friday.',
    );
    expect(joining(entries, '2026-10-09', 'outlet-1', 'outlet-2')).toHaveLength(0);
  });

  it('still joins one deed told in two wordings by lone reports', () => {
    const entries = merged(
      'Dunhollow swimming baths reopened on Monday after an 18-month rebuild.',
      'Swimmers were back in the water at Dunhollow baths on Monday as the pool opened its doors again.',
    );
    expect(joining(entries, '2026-10-12', 'outlet-1', 'outlet-2')).toHaveLength(1);
  });

  it('still joins two lone reports of one deed when one tells it in a verb no list holds', () => {
    const entries = merged(
      'A water main burst on Orchard Road on Monday, flooding a row of shops.',
      'A pipe ruptured under Orchard Road on Monday and water poured into shops.',
    );
    expect(joining(entries, '2026-10-12', 'outlet-1', 'outlet-2')).toHaveLength(1);
  });
});
