// Power, water or gas coming back is told in many words ("reconnected", "fully restored", "back on"): one happening
// told by two outlets in other words is one entry, while a supply coming back and people going home are two.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import { mergeEvents } from '../../../electron/core/timeline/merging/merge-events.ts';

const PUBLISHED = '2040-02-05T19:00:00+11:00';

function saturdayEntries(first: string, second: string): number {
  const input = [first, second].map((text, i) => ({
    articleId: `outlet-${i}`,
    events: extractEvents(text, { publishedAt: PUBLISHED, savedAt: PUBLISHED }),
    publishedAt: PUBLISHED,
  }));
  return mergeEvents(input).filter((entry) => entry.date === '2040-02-04').length;
}

describe('a supply coming back, told in other words', () => {
  it('shows the last homes reconnected and electricity back on that day as one entry', () => {
    expect(
      saturdayEntries(
        'The last 3,000 homes were reconnected on Saturday afternoon.',
        'Electricity was back on across the city on Saturday, the grid operator said.',
      ),
    ).toBe(1);
  });

  it('shows homes reconnected and power restored as one entry beside each article’s other news of that day', () => {
    expect(
      saturdayEntries(
        'The last 3,000 homes in Ferrow were reconnected on Saturday. Schools stayed shut on Saturday.',
        'Power was fully restored across the city on Saturday. The mayor thanked crews on Saturday.',
      ),
    ).toBe(3);
  });

  it('keeps gas coming back apart from families going home that day', () => {
    expect(
      saturdayEntries(
        'Gas came back on in the rest of Ferrow Lane on Saturday.',
        'Families from the eastern end of Ferrow Lane went home on Saturday.',
      ),
    ).toBe(2);
  });

  it('keeps order restored apart from electricity back on that day', () => {
    expect(
      saturdayEntries(
        'Police said order was restored in the town centre on Saturday.',
        'Electricity was back on across Ferrow on Saturday.',
      ),
    ).toBe(2);
  });

  it('keeps power restored apart from the substation failing that day', () => {
    expect(
      saturdayEntries(
        'Power was fully restored across Ferrow on Saturday evening.',
        'A transformer at the Ferrow substation failed on Saturday morning.',
      ),
    ).toBe(2);
  });
});
