import { describe, expect, it } from 'vitest';
import { organizationLinks } from '../../../electron/core/timeline/stories/organization-links.ts';
import { clusterStories, fingerprintArticle } from '../../../electron/core/timeline/stories/stories.ts';
import { storyArticle } from './story-helpers.ts';
import { placedOneByOne, unrelatedStoryArticles } from './support.ts';

// Written for this test: a break-in at a building society's branch told by the town paper on the day, and a week later
// by a crime desk that names the society by its first word alone ("the Halvane raid") beside the arrests; beside them a
// fun run in a town whose name opens its school's, told by a paper that says the town's name alone too.
const BREAK_IN = storyArticle(
  'break-in',
  'Safe cut open at Halvane Bank branch in Dorrington',
  [
    'Thieves cut open the safe at the Halvane Bank branch in Dorrington overnight on Friday and left with jewellery from its deposit boxes.',
    'The alarm was disabled at about 2am, and the break-in was found when cleaners arrived before dawn.',
    'Branch manager Odile Fairweather said customers whose boxes were opened would be contacted by letter.',
    'Police are asking anyone who saw a white pickup on Quarry Lane to come forward.',
  ],
  '2033-03-05T10:00:00Z',
);
const ARRESTS = storyArticle(
  'arrests',
  'Three held over Halvane safe raid',
  [
    'Detectives investigating last week’s raid on a bank vault in Dorrington, where thieves cut open the safe, have arrested three men.',
    'Jewellery taken from the deposit boxes was found in a caravan near Ebbsworth, Detective Sergeant Ilse Marrow said.',
    'The men were held on suspicion of burglary after a white pickup was stopped on the ring road.',
  ],
  '2033-03-12T09:00:00Z',
);
const SCHOOL = storyArticle(
  'school',
  'Pupils raise thousands in Tolworth Academy fun run',
  [
    'More than 400 pupils of Tolworth Academy ran laps of the park on Saturday and raised money for a new minibus.',
    'Runners came from Tolworth and the villages around, and head teacher Ruth Ambler said it was the best turnout yet.',
  ],
  '2033-03-06T16:00:00Z',
);
const TOWN = storyArticle(
  'town',
  'Tolworth bypass to close for resurfacing',
  [
    'The Tolworth bypass will close for three nights of resurfacing from Monday, the highways office said.',
    'Drivers will be sent through the town centre, and buses will run to a changed timetable.',
  ],
  '2033-03-07T08:00:00Z',
);
const ALL = [...unrelatedStoryArticles('2033-03-04'), BREAK_IN, SCHOOL, TOWN, ARRESTS];

describe('an organization named in full by one article and by its first word by the other', () => {
  it('links the first word to the full name, and the full name to the first word the other way', () => {
    const [full, short] = [fingerprintArticle(BREAK_IN), fingerprintArticle(ARRESTS)];
    expect(organizationLinks(full, short).get('halvane')).toBe('halvane bank');
    expect(organizationLinks(short, full).get('halvane bank')).toBe('halvane');
  });

  it('links only names both openings give, and no street or town the tagger takes for a place', () => {
    const bank = { names: { 'halvane bank': 'Halvane Bank' }, terms: { halvane: 1 }, people: [] };
    const opening = (leading: string[], places: string[] = []) => ({
      ...bank,
      entities: { 'halvane bank': 1 },
      leading,
      places,
    });
    const short = (leading: string[], places: string[] = []) => ({
      names: {},
      terms: {},
      entities: { halvane: 1 },
      leading,
      places,
    });
    expect(organizationLinks(opening(['halvane bank']), short(['halvane'])).size).toBe(1);
    expect(organizationLinks(opening([]), short(['halvane'])).size).toBe(0);
    expect(organizationLinks(opening(['halvane bank']), short([])).size).toBe(0);
    expect(organizationLinks(opening(['halvane bank'], ['halvane bank']), short(['halvane'])).size).toBe(0);
    expect(organizationLinks(opening(['halvane bank']), short(['halvane'], ['halvane'])).size).toBe(0);
  });

  it('joins the arrests to the break-in, however they arrive', () => {
    const together = clusterStories(ALL).find((story) => story.articleIds.includes('arrests'))!;
    expect(together.articleIds.sort()).toEqual(['arrests', 'break-in']);
    const placed = placedOneByOne(ALL);
    expect(placed.get('arrests')).toBe(placed.get('break-in'));
  });

  it('leaves a town unlinked to its school when the school’s article also names the town alone', () => {
    expect(organizationLinks(fingerprintArticle(SCHOOL), fingerprintArticle(TOWN)).size).toBe(0);
    const placed = placedOneByOne(ALL);
    expect(placed.get('town')).not.toBe(placed.get('school'));
  });
});
