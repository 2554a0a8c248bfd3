// "Picked up" (a call heard, survivors lifted from the water) tells no appointment, which "was picked to lead" does:
// a mayday picked up and men picked up from a life raft are not one action. Written for this test.
import { describe, expect, it } from 'vitest';
import { reportAt } from './outlets.ts';

describe('picked up', () => {
  it('tells no appointment when a call is picked up', () => {
    const report = reportAt('The coastguard picked up a mayday from the trawler on Tuesday.', 'on Tuesday');
    expect(report.actions.has('appoint')).toBe(false);
  });

  it('tells none when people are picked up from the water', () => {
    const report = reportAt('Two crewmen were picked up from a life raft on Tuesday.', 'on Tuesday');
    expect(report.actions.has('appoint')).toBe(false);
  });

  it('still tells one when someone is picked for a post', () => {
    const report = reportAt('The board picked Ms Hale to lead the inquiry on Tuesday.', 'on Tuesday');
    expect(report.actions.has('appoint')).toBe(true);
  });
});
