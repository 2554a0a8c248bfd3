// One paper tells a fire in its lede and its hour in a later sentence naming no action; a wire tells both in one
// sentence. The wire's sentence vouches that the paper's two sentences tell one happening: one entry, three sources.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import { mergeEvents } from '../../../electron/core/timeline/merging/merge-events.ts';

const PUBLISHED = '2039-06-13T18:00:00+01:00';
const PAPER =
  'A boathouse on the River Tamsey was destroyed by fire early on Sunday, the second blaze in the town this year. ' +
  'Firefighters were called at 2.15am to the boathouse on Mill Lane, and four crews spent three hours there. ' +
  'The rowing club said on Monday that it would rebuild.';

function sundayEntries(wire: string) {
  return mergeEvents([
    {
      articleId: 'paper',
      events: extractEvents(PAPER, { publishedAt: PUBLISHED, savedAt: PUBLISHED }),
      publishedAt: PUBLISHED,
    },
    {
      articleId: 'wire',
      events: extractEvents(wire, { publishedAt: PUBLISHED, savedAt: PUBLISHED }),
      publishedAt: PUBLISHED,
    },
  ])
    .filter((entry) => entry.date === '2039-06-12')
    .map((entry) => entry.sources.map((source) => `${source.articleId}: ${source.text.slice(0, 24)}`).sort());
}

describe('a happening one paper tells in two sentences and another in one', () => {
  it('shows the lede, its hour and the wire’s sentence telling both as one entry', () => {
    const entries = sundayEntries('The fire was reported at 2:15 a.m. Sunday, the county fire service said.');
    expect(entries).toContainEqual([
      'paper: A boathouse on the River',
      'paper: Firefighters were called',
      'wire: The fire was reported at',
    ]);
  });

  it('keeps the hour apart when the wire tells the fire at another hour', () => {
    const entries = sundayEntries('The fire was reported at 4:30 a.m. Sunday, the county fire service said.');
    expect(entries).toContainEqual(['paper: Firefighters were called']);
  });

  it('keeps the lede apart from a wire sentence telling another deed at that hour', () => {
    const entries = sundayEntries('A passer-by rang the police at 2:15 a.m. Sunday, the county fire service said.');
    expect(entries).toContainEqual(['paper: A boathouse on the River']);
  });
});
