import { describe, expect, it } from 'vitest';
import { clusterStories } from '../../../electron/core/timeline/stories/stories.ts';
import { storyArticle, storyOf } from './story-helpers.ts';
import { placedOneByOne } from './support.ts';

// Written for this test: a pumping station flooded in Callowby, told by a local paper and told again two days on in
// other words, and a fire at a timber yard on the same lane nine days later, told by the same paper with its travel
// box, which names the flooded station once, as an aside. The three share the town's names and nothing else.
const FLOOD = storyArticle(
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
const FLOOD_LATER = storyArticle(
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
const YARD_FIRE = storyArticle(
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

// Written for this test: a substation blaze that cut Dunmere's power, and a bakery fire on the same road a week later,
// told by the same paper. Both tell of a fire again and again; the bakery's report names the substation once.
const BLACKOUT = storyArticle(
  'blackout',
  'Thousands in Dunmere lose power after substation blaze',
  [
    'About 20,000 homes in Dunmere lost power before dawn yesterday when a transformer at the Quarry Road substation caught fire.',
    'The fire was spotted by a security guard at about 2.40am, and crews had it out within two hours.',
    'Engineers restored supplies to most streets by the evening, and the last few hundred homes were back on overnight.',
    'Traffic lights along Quarry Road were dark for most of the morning, and the primary school closed.',
    'The cause of the fire is not yet known, the network operator said.',
  ],
  '2033-03-02T07:00:00+00:00',
);
const BAKERY_FIRE = storyArticle(
  'bakery-fire',
  'Fire guts Dunmere bakery',
  [
    'Fire gutted a family bakery on Quarry Road in Dunmere early this morning, hours before it was due to open.',
    'A passing taxi driver saw smoke pouring from the roof just after 3am and called the fire service.',
    'Four crews fought the fire for three hours, and the road stays closed while the building is made safe.',
    'The owners said the ovens had been switched off the night before, and nobody was inside.',
    'Neighbours said it was the second time in a week they had been woken by sirens, after the substation went up.',
    'The bakery had sold bread on the road since 1952.',
  ],
  '2033-03-09T07:00:00+00:00',
);

// Written for this test: a wildfire told by a neighbourhood blog, with no date, and a wire's later report that names
// the blog's valley once, where the evacuation order stands. A follow-up naming the other's place in passing still
// tells the same fire.
const FIRE_BLOG = storyArticle(
  'fire-blog',
  'Harrow Ridge: what we know about the Copper fire so far',
  [
    'Here is where things stand with the Copper fire, with answers to what neighbours keep asking us.',
    'The fire has burned about 12,000 acres and is a quarter contained, the county said yesterday.',
    'It was started by a lightning strike on the old mine road, three days before the evacuation order.',
    'The evacuation order for Harrow Ridge and Tolley Flats stays in place until the county says otherwise.',
    'The shelter at the Harrow Ridge grange hall is full, so a second one has opened at the Tolley Flats church.',
    'Stay safe, and look after your neighbours.',
  ],
  null,
);
const FIRE_WIRE = storyArticle(
  'fire-wire',
  'Rain helps crews gain on the Copper fire',
  [
    'Overnight rain let firefighters hold the Copper fire to its lines, and it is now 60% contained, officials said.',
    'The fire, started by lightning on the old mine road, has burned 14,200 acres and destroyed nine cabins.',
    'Crews will spend the next days putting out hot spots along its southern edge.',
    'The evacuation order for Harrow Ridge could be lifted by the weekend, the county said.',
    'Investigators have ruled out any other cause than the lightning strike.',
  ],
  '2033-08-14T08:00:00-06:00',
);

describe('a happening of a town beside another it names once as an aside', () => {
  it('keeps the yard fire apart from the flooded station it names in passing, and the flood’s reports together', () => {
    const stories = clusterStories(ARTICLES);
    expect(storyOf(stories, 'flood')).toEqual(['flood', 'flood-later']);
    expect(storyOf(stories, 'yard-fire')).toEqual(['yard-fire']);
  });

  it('keeps them apart when both tell a fire again and again, as two fires of one town do', () => {
    const stories = clusterStories([BLACKOUT, BAKERY_FIRE]);
    expect(storyOf(stories, 'bakery-fire')).toEqual(['bakery-fire']);
  });

  it('still joins a follow-up that names the other’s place once in passing', () => {
    const stories = clusterStories([FIRE_BLOG, FIRE_WIRE]);
    expect(storyOf(stories, 'fire-blog')).toEqual(['fire-blog', 'fire-wire']);
  });

  it('places the fire apart as articles arrive one at a time, as the library does', () => {
    const placed = placedOneByOne(ARTICLES);
    expect(placed.get('flood-later')).toBe(placed.get('flood'));
    expect(placed.get('yard-fire')).toBe('story-yard-fire');
  });
});
