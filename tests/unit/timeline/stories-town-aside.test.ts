import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../electron/core/timeline/entities.ts';
import { clusterStories, fingerprintArticle, type StoryArticle } from '../../../electron/core/timeline/stories.ts';
import { StoryAssigner } from '../../../electron/core/timeline/story-assigner.ts';

// Written for this test: a pumping station flooded in Callowby, told by a local paper and told again two days on in
// other words, and a fire at a timber yard on the same lane nine days later, told by the same paper with its travel
// box, which names the flooded station once, as an aside. The three share the town's names and nothing else.
function article(id: string, title: string, paragraphs: string[], publishedAt: string | null): StoryArticle {
  const text = paragraphs.join('\n\n');
  return { id, title, text, entities: extractEntities(text), publishedAt };
}

const FLOOD = article(
  'flood',
  'Taps run dry across Callowby after pumping station floods',
  [
    'Thousands of homes in Callowby lost their water yesterday after the river burst into the Tenter Lane pumping station.',
    'Water poured into the pump hall at about 3.10am and tripped all four pumps, engineers said.',
    'Bottled water was handed out at the leisure centre from 9am, and the town’s schools stayed shut.',
    'Engineers expect supplies to return by tomorrow evening once the pumps have dried out.',
    'The station was built in 1958 and had never flooded before.',
    'Travel now',
    'Tenter Lane: closed at the river bridge. Buses: running, minor delays.',
  ],
  '2033-02-07T07:15:00+00:00',
);
const FLOOD_LATER = article(
  'flood-later',
  'Callowby water back on, but boil notice stays for a week',
  [
    'Water is flowing again to every home in Callowby, two days after floodwater swamped the pumps on Tenter Lane.',
    'Households are still told to boil what they drink until tests come back clean.',
    'The last streets were reconnected shortly before midnight, and schools open as normal today.',
    'Shopkeepers say the boil notice has cost them a week of trade in hot drinks and ice.',
  ],
  '2033-02-09T07:15:00+00:00',
);
const YARD_FIRE = article(
  'yard-fire',
  'Fire destroys Callowby timber yard',
  [
    'Fire destroyed a timber yard on Tenter Lane in Callowby overnight, sending smoke across the town.',
    'A neighbour saw flames in the drying shed shortly after 1am and called the fire service.',
    'Five crews fought the blaze until dawn, and nobody was hurt.',
    'The yard’s owner said he had lost seasoned oak worth thousands of pounds.',
    'Crews drew water from the river, as hydrants beside the pumping station that flooded last week were still being checked.',
    'The yard has traded on the lane since 1921.',
    'Travel now',
    'Tenter Lane: closed at the timber yard. Buses: running, minor delays.',
  ],
  '2033-02-16T07:15:00+00:00',
);
const ARTICLES = [FLOOD, FLOOD_LATER, YARD_FIRE];

function storyOf(stories: { articleIds: string[] }[], id: string): string[] {
  return [...stories.find((story) => story.articleIds.includes(id))!.articleIds].sort();
}

describe('a happening of a town beside another it names once as an aside', () => {
  it('keeps the yard fire apart from the flooded station it names in passing, and the flood’s reports together', () => {
    const stories = clusterStories(ARTICLES);
    expect(storyOf(stories, 'flood')).toEqual(['flood', 'flood-later']);
    expect(storyOf(stories, 'yard-fire')).toEqual(['yard-fire']);
  });

  it('places the fire apart as articles arrive one at a time, as the library does', () => {
    const assigner = new StoryAssigner();
    const placed = new Map<string, string>();
    for (const arriving of ARTICLES) {
      const fingerprint = fingerprintArticle(arriving);
      const storyId = assigner.choose(fingerprint) ?? `story-${arriving.id}`;
      placed.set(arriving.id, storyId);
      assigner.add(fingerprint, storyId);
    }
    expect(placed.get('flood-later')).toBe(placed.get('flood'));
    expect(placed.get('yard-fire')).toBe('story-yard-fire');
  });
});
