// A sentence dated only "a few minutes later" that tells no deed of its own (what was seen then, where something was)
// goes on telling the happening of the sentence before it, whatever words each uses; one telling a deed of its own
// ("Ten minutes later the driver was arrested") is another happening. Written for this test; the outlets publish on
// Wednesday 14 October 2026.
import { describe, expect, it } from 'vitest';
import { merged } from './outlets.ts';

const lede = 'A fuel tanker overturned on the A38 near Bexley on Monday, spilling diesel across both lanes.';
const hour = 'The tanker overturned at 6:05 a.m., police said.';

describe('a sentence told moments later', () => {
  it('goes on telling the happening of the sentence before it', () => {
    const entries = merged(
      [lede, hour, 'A few minutes later, drivers saw diesel running into the roadside ditch.'].join('\n\n'),
      'The tanker crashed on the A38 near Bexley at 6:05 a.m. on Monday.',
    );
    const monday = entries.filter((entry) => entry.date === '2026-10-12');
    expect(monday).toHaveLength(1);
    expect(monday[0]!.sources).toHaveLength(4);
  });

  it('is another happening when it tells a deed of its own', () => {
    const entries = merged(
      [lede, hour, 'Ten minutes later, officers arrested the driver on suspicion of drink-driving.'].join('\n\n'),
    );
    const arrest = entries.find((entry) => entry.text.startsWith('Ten minutes later'));
    expect(arrest?.sources).toHaveLength(1);
  });
});
