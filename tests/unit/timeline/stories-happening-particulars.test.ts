import { describe, expect, it } from 'vitest';
import { ArticleEventsFile } from '../../../electron/core/timeline/event-store.ts';
import {
  isPreciseCount,
  momentBesideAnOpeningName,
  PARTICULARS_WEIGHT,
  particularsWeight,
  personInCommon,
} from '../../../electron/core/timeline/stories/happening-particulars.ts';
import { clusterStories, fingerprintArticle } from '../../../electron/core/timeline/stories/stories.ts';
import { StoryAssigner } from '../../../electron/core/timeline/stories/story-assigner.ts';
import { storyArticle, storyOf } from './story-helpers.ts';
import { unrelatedStoryArticles } from './support.ts';

// Written for this test: a grain barge that sank in the Ottery Canal, told by a wire on the day and by the town's
// paper a week later (the salvage, the towpath, the skipper's own words), in words only a little alike; a trap of the
// same county, a school roof, whose county council leader the barge's paper also names in full; and two other stories.
const article = storyArticle;

const WIRE = article(
  'wire',
  'Grain barge sinks in the Ottery Canal',
  [
    'A barge carrying 90 tonnes of barley sank in the Ottery Canal near Wenlow Lock on Tuesday morning.',
    'Its skipper, Martin Quayle, swam to the bank and was treated for cold at the scene.',
    'The barge struck a submerged tree trunk, the Canal Trust said.',
    'Boats have been told to moor up until divers have checked the channel.',
  ],
  '2034-04-11T11:00:00Z',
);
const PAPER = article(
  'paper',
  'Salvage crews lift sunken barley boat as towpath stays shut',
  [
    'Salvage crews spent Monday pumping water from the sunken barge before floating it off the canal bed.',
    '"I heard a crack and she went down by the bow in a couple of minutes," said Martin Quayle, her skipper for a decade.',
    'The towpath between Wenlow Lock and the old mill will stay shut while the hull is towed to a dry dock.',
    'County council leader Alison Brough said the clean-up would be paid for by the trust.',
    'Boaters may use the channel again once divers have cleared the last of the barley.',
  ],
  '2034-04-18T08:00:00Z',
);
const SCHOOL = article(
  'school',
  'Wenlow primary closes after storm lifts roof',
  [
    'Wenlow Primary School will stay closed all week after a storm tore part of its roof away on Sunday night.',
    'County council leader Alison Brough said pupils would be taught in the village hall from Monday.',
    'Builders have covered the classrooms with tarpaulins while engineers check the rafters.',
  ],
  '2034-04-20T08:00:00Z',
);
const OTHERS = unrelatedStoryArticles('2034-04-11');
const ALL = [WIRE, ...OTHERS, PAPER, SCHOOL];

describe('particulars of one happening: a person both articles name in full', () => {
  it("reads the people an article names by given name and surname, but for the place's officials", () => {
    expect(fingerprintArticle(PAPER).people).toContain('martin quayle');
    expect(fingerprintArticle(PAPER).people).not.toContain('alison brough');
  });

  it('joins a follow-up quoting the skipper the first report named, in words only a little alike', () => {
    expect(storyOf(clusterStories(ALL), 'paper')).toEqual(['paper', 'wire']);
  });

  it('weighs particulars in common only beside words not unalike', () => {
    expect(personInCommon(['alison brough'], ['martin quayle', 'alison brough'])).toBe(true);
    expect(personInCommon(['alison brough'], ['martin quayle'])).toBe(false);
    const person = { people: () => true, counts: () => false, moments: () => false };
    expect(particularsWeight(0.25, person)).toBe(PARTICULARS_WEIGHT);
    expect(particularsWeight(0.1, person)).toBe(0);
    expect(particularsWeight(0.5, { people: () => false, counts: () => false, moments: () => false })).toBe(0);
  });

  it('keeps apart two happenings of one county whose only person in common is its council leader', () => {
    expect(storyOf(clusterStories(ALL), 'school')).toEqual(['school']);
  });

  it('places the follow-up so as it arrives, from fingerprints read back from storage', () => {
    const assigner = new StoryAssigner();
    for (const arriving of [WIRE, ...OTHERS]) {
      const stored = ArticleEventsFile.shape.fingerprint.parse(
        JSON.parse(JSON.stringify(fingerprintArticle(arriving))),
      );
      assigner.add(stored, `story-${arriving.id}`);
    }
    expect(assigner.choose(fingerprintArticle(PAPER))).toBe('story-wire');
  });
});

// Written for this test: a coach that slid off a mountain road above Brenzola, told by a wire on the night and by a
// travel blog days later that names nobody in full and tells the rescue in its own words, but gives the same count of
// passengers; beside them a round figure ("about 40 homes") that any two stories may give.
const COACH = article(
  'coach',
  'Coach slides off icy pass above Brenzola',
  [
    'A coach carrying 37 passengers slid off the icy Castel pass above Brenzola on Friday night and came to rest against a pine.',
    'Mountain rescue teams roped the passengers up the slope one by one; six were taken to hospital in Arvio.',
    'The regional roads agency closed the pass until snowploughs could clear it.',
  ],
  '2034-04-14T22:00:00Z',
);
const BLOG = article(
  'blog',
  'The night our tour bus left the road',
  [
    'We were singing when the coach began to slide on the icy pass, and then the window was full of snow and branches.',
    'The mountain rescue team hauled all 37 passengers up to the road on ropes, the oldest of us last.',
    'Back in Brenzola the Hotel Miramonte kept its kitchen open past midnight, and we slept late by Lake Varda.',
    'We flew home on Tuesday, grateful and a little bruised.',
  ],
  '2034-04-19T08:00:00Z',
);

describe('particulars of one happening: a count both give, counted one by one', () => {
  it('takes a figure not ending in zero, of four or more, for one counted one by one', () => {
    expect(['37 passe', '14 miner', '9 bridg'].map(isPreciseCount)).toEqual([true, true, true]);
    expect(['40 homes', '300 peopl', '2 men', '1400 membe'].map(isPreciseCount)).toEqual([false, false, false, false]);
  });

  it("joins a traveller's blog post giving the same count of passengers as the wire, in words only a little alike", () => {
    const library = [COACH, ...OTHERS, BLOG];
    expect(storyOf(clusterStories(library), 'blog')).toEqual(['blog', 'coach']);
    const assigner = new StoryAssigner();
    for (const arriving of [COACH, ...OTHERS]) assigner.add(fingerprintArticle(arriving), `story-${arriving.id}`);
    expect(assigner.choose(fingerprintArticle(BLOG))).toBe('story-coach');
  });
});

// Written for this test: a fire at the Quarrendon sawmill, told by the county paper on the morning after and by a trade
// weekly a fortnight later that opens on the sawmill's owners and their insurers, names nobody the paper names and
// tells the fire's day once; beside them a day two stories of one town both tell.
const FIRE = article(
  'fire',
  'Fire destroys drying sheds at Quarrendon sawmill',
  [
    'Fire destroyed two drying sheds at the Quarrendon sawmill on the night of 3 March, sending smoke across the Ravel Valley.',
    'Eight fire engines were sent and crews fought the flames until dawn, Harcombe Fire and Rescue Service said.',
    'Nobody was hurt; the night shift had left an hour earlier.',
    'The cause of the fire is being investigated.',
  ],
  '2034-04-21T07:00:00Z',
);
const WEEKLY = article(
  'weekly',
  'Quarrendon sawmill owners count the cost as insurers visit',
  [
    'The owners of the Quarrendon sawmill say it will be months before timber is dried on site again.',
    'Loss adjusters toured the site this week, a fortnight after the fire of 3 March gutted both drying sheds.',
    'Orders are being sent to Hollins Timber in Wexcombe while the sheds are rebuilt, the Ashcroft family said.',
    'The firm employs 46 staff, none of whom will be laid off.',
  ],
  '2034-04-28T07:00:00Z',
);

describe('particulars of one happening: a day both tell beside a name both open on', () => {
  it('reads a moment in common only beside a name both headlines or ledes give', () => {
    const sawmill = { moments: ['@3/3'], leading: ['quarrendon sawmill'] };
    expect(momentBesideAnOpeningName(sawmill, { moments: ['@3/3', '@3/9'], leading: ['quarrendon sawmill'] })).toBe(
      true,
    );
    expect(momentBesideAnOpeningName(sawmill, { moments: ['@3/3'], leading: ['quarrendon'] })).toBe(false);
    expect(momentBesideAnOpeningName(sawmill, { moments: ['@3/9'], leading: ['quarrendon sawmill'] })).toBe(false);
  });

  it("joins a trade weekly telling the fire's day beside the sawmill both open on, in words only a little alike", () => {
    const library = [...OTHERS, FIRE, WEEKLY];
    expect(storyOf(clusterStories(library), 'weekly')).toEqual(['fire', 'weekly']);
    const assigner = new StoryAssigner();
    for (const arriving of [...OTHERS, FIRE]) assigner.add(fingerprintArticle(arriving), `story-${arriving.id}`);
    expect(assigner.choose(fingerprintArticle(WEEKLY))).toBe('story-fire');
  });
});
