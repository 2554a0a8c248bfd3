// Two outlets telling one happening in phrases that share no word WordNet connects ("lost power" and "the lights went
// out", "an inquest concluded" and "a coroner ruled", "were led out of the block" and "were evacuated", "sent to prison"
// beside a death told as context, "traffic was banned from the crossing" and "shut the bridge", "was taken from a
// church" and "stole", "shown to the public" and "unveiled") are joined; opposite outcomes and other uses of the same words stay apart. Written for
// this test: each outlet tells two happenings of Monday 12 October 2026 and publishes on Wednesday 14 October, so no
// report is all its article tells of that day.
import { describe, expect, it } from 'vitest';
import { merged } from './outlets.ts';

/** Whether the first sentences of two two-sentence articles land in one entry of Monday. */
function firstJoined(first: [string, string], second: [string, string]): boolean {
  const entries = merged(first.join(' '), second.join(' ')).filter((entry) => entry.date === '2026-10-12');
  return entries.some((entry) =>
    [1, 2].every((outlet) =>
      entry.sources.some((source) => source.articleId === `outlet-${outlet}` && source.start === 0),
    ),
  );
}

describe('happenings told in phrases of several words that WordNet does not connect', () => {
  it.each([
    [
      ['About 4,000 homes in the valley lost power on Monday.', 'A council bin lorry overturned on Monday.'],
      ['The lights went out across the Brackenfield estate on Monday.', 'A refuse truck tipped over on Monday.'],
    ],
    [
      [
        'An inquest concluded on Monday that a trawlerman drowned after falling overboard.',
        'The harbour bridge was painted on Monday.',
      ],
      [
        'A coroner ruled on Monday that the fisherman’s death was an accident.',
        'Painters finished the bridge on Monday.',
      ],
    ],
    [
      ['Dozens of tenants were led out of a tower block on Monday.', 'A bus shelter was smashed on Monday.'],
      ['Sixty residents were evacuated from Marlow Court on Monday.', 'Vandals wrecked a bus stop on Monday.'],
    ],
    [
      [
        'A judge sent a roofer to prison on Monday for the death of a passer-by crushed by a falling beam.',
        'The town hall clock was repaired on Monday.',
      ],
      ['A roofer was jailed for four years on Monday.', 'Clockmakers fixed the town hall clock on Monday.'],
    ],
    [
      ['Engineers shut the Mill Lane bridge on Monday.', 'A bus shelter was smashed on Monday.'],
      ['Traffic was banned from the town’s old river crossing on Monday.', 'Vandals wrecked a bus stop on Monday.'],
    ],
    [
      ['Thieves stole a silver chalice from St Wenna’s church on Monday.', 'A bus shelter was smashed on Monday.'],
      [
        'A medieval cup worth thousands was taken from a village church on Monday.',
        'Vandals wrecked a bus stop on Monday.',
      ],
    ],
    [
      ['Curators unveiled a restored Roman mosaic on Monday.', 'A bus shelter was smashed on Monday.'],
      [
        'The ancient floor was shown to the public for the first time on Monday.',
        'Vandals wrecked a bus stop on Monday.',
      ],
    ],
  ] as [string, string][][])('joins "%s" with the other outlet’s words for it', (first, second) => {
    expect(firstJoined(first!, second!)).toBe(true);
  });

  it.each([
    // Opposite outcomes: power lost and power back.
    [
      ['About 4,000 homes in the valley lost power on Monday.', 'A council bin lorry overturned on Monday.'],
      [
        'Electricity supplies were restored across the Brackenfield estate on Monday.',
        'A refuse truck tipped over on Monday.',
      ],
    ],
    // An inquest opened, or what it heard, is not a verdict.
    [
      ['An inquest into a trawlerman’s drowning was opened on Monday.', 'The harbour bridge was painted on Monday.'],
      ['A coroner ruled on Monday that a cyclist was unlawfully killed.', 'Painters finished the bridge on Monday.'],
    ],
    [
      ['An inquest into the crash was adjourned on Monday.', 'The harbour bridge was painted on Monday.'],
      [
        'The inquest heard on Monday that the driver was found slumped at the wheel.',
        'Painters finished the bridge on Monday.',
      ],
    ],
    // A team led out onto a pitch is not a crowd evacuated.
    [
      ['The captain led his team out at Wembley on Monday.', 'A bus shelter was smashed on Monday.'],
      ['Fans were evacuated from a stand on Monday.', 'Vandals wrecked a bus stop on Monday.'],
    ],
    // A driver banned from driving is no road closed; someone taken from a house to hospital is no theft; a visitor
    // shown around is no unveiling.
    [
      ['A man was banned from driving for a year on Monday.', 'A bus shelter was smashed on Monday.'],
      ['The Mill Lane bridge was closed on Monday.', 'Vandals wrecked a bus stop on Monday.'],
    ],
    [
      ['An injured climber was taken from the house to hospital on Monday.', 'A bus shelter was smashed on Monday.'],
      ['Climbing gear was stolen from a hut on Monday.', 'Vandals wrecked a bus stop on Monday.'],
    ],
    [
      ['A suspect was taken from a warehouse by armed police on Monday.', 'A bus shelter was smashed on Monday.'],
      ['Copper cable was stolen from a depot on Monday.', 'Vandals wrecked a bus stop on Monday.'],
    ],
    [
      ['The new mayor was shown around the town hall on Monday.', 'A bus shelter was smashed on Monday.'],
      ['The council unveiled a statue on Monday.', 'Vandals wrecked a bus stop on Monday.'],
    ],
  ] as [string, string][][])('keeps "%s" apart from the other outlet’s other happening', (first, second) => {
    expect(firstJoined(first!, second!)).toBe(false);
  });
});
