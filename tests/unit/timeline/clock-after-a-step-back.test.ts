// A clock time with no day of its own, told after a step back into the past perfect ("Forecasters had warned of rain
// the night before."), is the time of the story's own line again; whose count it is by ("according to the county")
// does not make it the time of what that source did. Written for this test; the outlet publishes on Wednesday
// 14 October 2026 (outlets.ts).
import { describe, expect, it } from 'vitest';
import { datesOfSentence as datesOf } from './outlets.ts';

describe('clock times after a step back', () => {
  it('dates a clock time after a past-perfect aside by the story’s line', () => {
    const text =
      'The Calder burst its banks at Holme on Monday night. Forecasters had warned of heavy rain the night before. The water reached the church steps at 11:40 p.m.';
    expect(datesOf(text, 'Forecasters')).toEqual(['2026-10-11']);
    expect(datesOf(text, 'The water')).toEqual(['2026-10-12']);
  });

  it('does not date a clock time by the source whose count it is', () => {
    const text =
      'The Calder burst its banks at Holme on Monday night. The county had warned residents the night before, so sandbags were ready. It reached the church steps at 11:40, according to the county.';
    expect(datesOf(text, 'It reached')).toEqual(['2026-10-12']);
  });
});

describe('a clock time sharing words with a step back', () => {
  it('is not the hour of what the step back told, though both name the same body', () => {
    const text = [
      'A landslip buried two cars at Pellby on Monday.',
      'Walkers had reported cracks in the verge the previous evening, and an engineer from Kettering Highways inspected the road at about 8pm.',
      'Kettering Highways shut the road to traffic by 6am.',
    ].join('\n\n');
    expect(datesOf(text, 'Walkers')).toEqual(['2026-10-11']);
    expect(datesOf(text, 'Kettering Highways shut')).toEqual(['2026-10-12']);
  });
});
