// An announcement told in other words: "said on Tuesday it would shut the mill", "broke the news to staff" and
// "announced the closure" tell one happening; and the happening a date's own words name ("on the day the closure was
// announced") is not the sentence's. Reference: Wednesday 14 October 2026 (outlets.ts).
import { describe, expect, it } from 'vitest';
import { joining, merged, reportAt } from './outlets.ts';

describe('announcements told in other words', () => {
  it('reads a plan a speaker said it would carry out as announcing it', () => {
    const said = 'Kestrel Pulp & Paper said on Tuesday it would shut its Tallis Creek mill in July.';
    expect(reportAt(said, 'Tuesday').clear).toContain('announce');
    const aside =
      'Pellworth Plastics said on Tuesday, three weeks after a blaze gutted its hall, that it would close the plant.';
    expect(reportAt(aside, 'Tuesday').clear).toContain('announce');
    expect(reportAt('The mayor said on Tuesday it was a sad day for the town.', 'Tuesday').clear).not.toContain(
      'announce',
    );
  });

  it('reads breaking the news to staff as announcing it', () => {
    const told = 'Chief executive Mara Delacourt broke the news to staff in the Civic Hall on Tuesday.';
    expect(reportAt(told, 'Tuesday').clear).toContain('announce');
  });

  it('shows a closure announced by the company and by its owner once', () => {
    const entries = merged(
      'Pellworth Plastics said on Tuesday, three weeks after a blaze gutted its hall, that it would close its plant.\n\n' +
        'Chief executive Mara Delacourt broke the news to staff in the Civic Hall at 10:00.',
      'Castine Group, which owns Pellworth, announced on Tuesday that production in Ravensholm would end for good.',
    );
    const [entry] = joining(entries, '2026-10-13', 'outlet-1', 'outlet-2');
    expect(entry?.sources).toHaveLength(3);
  });

  it('does not take the happening "on the day the … was announced" names for the sentence’s own', () => {
    const text = "On the day the closure was announced, the county's fire investigators blamed faulty wiring.";
    const report = reportAt(text, 'On the day the closure was announced');
    expect(report.clear).not.toContain('announce');
  });
});
