// A lede that dates a happening by counting back from today ("trading again today, six days after the roof crashed")
// tells that happening as its deed at that date, so a later sentence giving its hour ("the roof gave way at ten past
// four") tells it too, though the lede's first clause tells another deed. Written for this test; the outlets publish
// on Wednesday 14 October 2026.
import { describe, expect, it } from 'vitest';
import { merged } from './outlets.ts';

describe('the hour of a happening a lede counts back to', () => {
  it('shows the roof told three ways once', () => {
    const entries = merged(
      [
        'Every stall at Harrow Market was trading again this morning, six days after part of the market hall roof crashed onto the aisles below.',
        'The roof gave way at ten past four on the morning of 8 October, and the alarm it set off woke the caretaker.',
      ].join('\n\n'),
      'Part of the roof of Harrow Market hall fell in early on 8 October, when the market was closed.',
    );
    const day = entries.filter((entry) => entry.date === '2026-10-08');
    expect(day).toHaveLength(1);
    expect(day[0]!.sources).toHaveLength(3);
  });
});
