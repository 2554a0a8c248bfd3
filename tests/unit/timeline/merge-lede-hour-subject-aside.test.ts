// The sentence giving the hour of a lede's happening may set an aside between its subject and its verb ("The roof, a
// timber frame under heavy canvas, fell at 7:42 p.m."): its subject is still the thing the lede names, not the last
// word of the aside. Written for this test; the outlet publishes on Wednesday 14 October 2026.
import { describe, expect, it } from 'vitest';
import { merged } from './outlets.ts';

describe('the lede’s hour told past an aside after its subject', () => {
  it('joins the lede and the sentence giving its hour', () => {
    const entries = merged(
      [
        'Nine people were hurt on Monday evening when the roof over the band tent at the Ashby Show buckled in a squall.',
        'The roof, a timber frame under heavy canvas, fell at 7:42 p.m., halfway through the brass band’s set.',
      ].join('\n\n'),
    );
    const monday = entries.filter((entry) => entry.date === '2026-10-12');
    expect(monday).toHaveLength(1);
    expect(monday[0]!.sources).toHaveLength(2);
  });

  it('keeps apart an hour whose subject, past the aside, is something else', () => {
    const entries = merged(
      [
        'Nine people were hurt on Monday evening when the roof over the band tent at the Ashby Show buckled in a squall.',
        'The car park, a field beside the tent, emptied at 9:15 p.m., once the last ambulance had gone.',
      ].join('\n\n'),
    );
    expect(entries.filter((entry) => entry.date === '2026-10-12')).toHaveLength(2);
  });
});
