// Talks breaking down and a stand-off ending are two things ended, though one verb tells both; talks told ending in
// two outlets' words, and one stand-off's end, stay one entry.
import { describe, expect, it } from 'vitest';
import { joining, merged } from './outlets.ts';

const FRIDAY = '2026-10-09';
type Source = { text: string; start: number; end: number };
const sentenceOf = (s: Source) => s.text.slice(s.text.length - (s.end - s.start));

describe('talks ended beside another thing ended', () => {
  it('keeps talks that broke down apart from the stand-off that police ended', () => {
    const entries = merged(
      'Police ended the Corran Street stand-off early on Friday, and the hostage is safe. Talks with the man broke down at about 4am on Friday, a spokeswoman said.',
      'The stand-off on Corran Street ended early on Friday when officers went in.',
    ).filter((entry) => entry.date === FRIDAY);
    const withTalks = entries.filter((entry) => entry.sources.some((s) => /Talks/.test(sentenceOf(s))));
    expect(withTalks).toHaveLength(1);
    expect(withTalks[0]!.sources.every((s) => /Talks/.test(sentenceOf(s)))).toBe(true);
  });

  it('still joins talks told ending in two outlets’ words', () => {
    const entries = merged(
      'Talks between the council and the bin crews broke down on Friday.',
      'Negotiations between the bin crews and the council broke down on Friday, the union said.',
    );
    expect(joining(entries, FRIDAY, 'outlet-1', 'outlet-2')).toHaveLength(1);
  });

  it('still joins one stand-off ended in two outlets’ words', () => {
    const entries = merged(
      'Police ended the Corran Street stand-off early on Friday.',
      'The stand-off on Corran Street ended early on Friday when officers went in.',
    );
    expect(joining(entries, FRIDAY, 'outlet-1', 'outlet-2')).toHaveLength(1);
  });
});
