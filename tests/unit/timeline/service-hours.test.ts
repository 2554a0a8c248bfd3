// What anyone can do until an hour ("can ring the switchboard until 8 p.m.") tells a service's hours, not a happening
// of the day the article reports (written for this test; published on Wednesday 14 October 2026).
import { describe, expect, it } from 'vitest';
import { datesOfSentence } from './outlets.ts';

describe('hours something can be done until', () => {
  it('give no event: "Patients can ring the switchboard until 8 p.m."', () => {
    const text = [
      'Two wards at Dunley Infirmary were closed to visitors yesterday after an outbreak of norovirus.',
      'Patients who need to cancel an appointment can ring the switchboard until 8 p.m.',
    ].join('\n\n');
    expect(datesOfSentence(text, 'Patients who need')).toEqual([]);
  });

  it('still date the clock time of something done that day', () => {
    const text = [
      'Two wards at Dunley Infirmary were closed to visitors yesterday after an outbreak of norovirus.',
      'The infection control team made the call at 4 p.m.',
    ].join('\n\n');
    expect(datesOfSentence(text, 'The infection control team')).toEqual(['2026-10-13']);
  });
});
