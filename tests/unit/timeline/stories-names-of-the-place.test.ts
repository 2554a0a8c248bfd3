import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../electron/core/timeline/extraction/entities.ts';
import { namesOfThePlace, onlyNamesOfThePlace } from '../../../electron/core/timeline/stories/names-of-the-place.ts';
import { officialsOfThePlace } from '../../../electron/core/timeline/stories/officials-of-the-place.ts';
import { withPlacesTakenForPeople } from '../../../electron/core/timeline/stories/place-name-heads.ts';
import type { StoryArticle } from '../../../electron/core/timeline/stories/stories.ts';
import { clusterStories, JOIN_THRESHOLD } from '../../../electron/core/timeline/stories/stories.ts';
import { pairParts, storyArticle, storyOf } from './story-helpers.ts';
import { unrelatedStoryArticles } from './support.ts';

// Written for this test: the town of Carrick Ness on two days. On the Friday a light aircraft's landing gear gave way
// at Carrick Ness Airport and its pilot was hurt; on the Saturday a fuel tanker caught fire on Airport Road and its
// driver was hurt. Both reports name the town, the airport, the road, the hospital, the fire service and the airport's
// manager: the place's names, which any story of the town gives. Neither names the other's pilot, driver or aircraft.
const article = storyArticle;

const LANDING = article(
  'landing',
  'Pilot hurt as landing gear collapses at Carrick Ness Airport',
  [
    'A pilot was hurt on Friday afternoon when the landing gear of his light aircraft gave way as he touched down at Carrick Ness Airport.',
    'Oren Vasquez, 52, was flying the single-engine Piper back from a training flight when the nose wheel folded on the runway.',
    'Crews from Carrick Ness Fire Service reached the plane within two minutes and helped him out.',
    'He was taken along Airport Road to Carrick Ness Hospital with a back injury.',
    'Airport manager Hilde Brannock said the runway was shut for three hours while the aircraft was lifted clear.',
    'Vasquez, a flying instructor with thirty years in the cockpit, had radioed the tower that a warning light showed the wheel might not lock.',
    'Engineers from the Westering Aero Club will strip the undercarriage next week to find out why the strut buckled.',
    'Dafydd Rees, who runs the club, said Vasquez had flown the same Piper from Skelby Field that morning without a fault.',
  ],
  '2037-06-12T18:00:00Z',
);
const TANKER = article(
  'tanker',
  'Tanker driver hurt in blaze on Airport Road',
  [
    'Mateus Lindqvist had just filled up at the depot when smoke began pouring from the cab of his tanker on Saturday morning.',
    'The 41-year-old steered into a lay-by on Airport Road outside Carrick Ness, jumped down and ran as the flames spread.',
    'Crews from Carrick Ness Fire Service spent an hour keeping the blaze away from the diesel in the tank.',
    'Lindqvist, who drives for Tolland Haulage, was treated at Carrick Ness Hospital for burns to his hands.',
    'Airport manager Hilde Brannock said the lane was closed until the burnt-out lorry was towed away.',
    'Tolland Haulage said an electrical fault behind the dashboard was the likeliest cause and that its other tankers would be checked.',
    'Motorists queued behind the cordon for most of the morning, and some walked their luggage the last half mile to the terminal.',
    'His colleague Ruth Okafor, who was driving behind him from the Penhallow depot, called the fire in.',
  ],
  '2037-06-13T14:00:00Z',
);
// Another outlet's report of the landing, told in other words: the place's names again, and the pilot.
const LANDING_AGAIN = article(
  'landing-again',
  "Carrick Ness pilot's nose wheel folds on touchdown",
  [
    'Oren Vasquez was bringing his Piper home to Carrick Ness Airport on Friday when its nose wheel folded as it touched down.',
    'The 52-year-old flying instructor was taken to Carrick Ness Hospital with a back injury.',
    'Firefighters from Carrick Ness Fire Service said there had been no fire.',
  ],
  '2037-06-13T08:00:00Z',
);
const OTHERS = unrelatedStoryArticles('2037-06-12');

const parts = (a: StoryArticle, b: StoryArticle) => pairParts(a, b, OTHERS);

describe('names of the place', () => {
  const read = (names: string[], extra: { places?: string[]; officials?: string[]; lower?: string[] } = {}) =>
    namesOfThePlace({
      names,
      places: extra.places ?? [],
      officials: new Set(extra.officials ?? []),
      lowerCaseWords: new Set(extra.lower ?? []),
    });

  it("reads the town's services, roads, officials and places as the place's", () => {
    expect(
      read(
        [
          'carrick ness hospital',
          'airport road',
          'route 9',
          'kelby county sheriff’s office',
          'kelby',
          'hilde brannock',
          'brannock',
          'carrick ness',
        ],
        { places: ['carrick ness'], officials: ['hilde brannock'] },
      ),
    ).toEqual([
      'carrick ness hospital',
      'airport road',
      'route 9',
      'kelby county sheriff’s office',
      'kelby',
      'hilde brannock',
      'brannock',
      'carrick ness',
    ]);
  });

  it("leaves the happening's own: its people, its aircraft or boat, its business, a surname never said in lower case", () => {
    expect(
      read(['oren vasquez', 'vasquez', 'morwenna grace', 'brakewell homes', 'piper'], { lower: ['club'] }),
    ).toEqual([]);
  });

  it('counts pairs sharing only the place as such, and not one sharing its pilot too', () => {
    const placeNames = ['carrick ness', 'carrick ness airport', 'carrick ness hospital'];
    expect(onlyNamesOfThePlace({ placeNames }, {}, ['carrick ness', 'carrick ness hospital'])).toBe(true);
    expect(onlyNamesOfThePlace({ placeNames }, {}, ['carrick ness', 'oren vasquez'])).toBe(false);
    // One name alone is already counted as one.
    expect(onlyNamesOfThePlace({ placeNames }, {}, ['carrick ness'])).toBe(false);
  });
});

describe('officials of the place, by more offices', () => {
  const officials = (text: string) =>
    [...officialsOfThePlace('A headline', text, withPlacesTakenForPeople(extractEntities(text)).people)].sort();

  it("reads a county commissioner, a medical examiner, a lieutenant or deputy and an airport's manager", () => {
    expect(officials('County commissioner Ruth Abernathy said the bridge would be inspected.')).toEqual([
      'ruth abernathy',
    ]);
    expect(officials('Medical examiner Lionel Hatch said the tests would take a week.')).toEqual(['lionel hatch']);
    expect(officials('Lieutenant Cora Blevins said deputies closed the road.')).toEqual(['cora blevins']);
    expect(officials('Airport manager Hilde Brannock said flights ran as normal.')).toEqual(['hilde brannock']);
  });

  it("leaves a boat's captain and a haulier's manager: they are the happening's own", () => {
    expect(officials('Captain Ally Rendall had skippered the boat for twenty years.')).toEqual([]);
    expect(officials('Depot manager Ruth Okafor said the tanker had been serviced in May.')).toEqual([]);
  });
});

describe('stories: the place alone joins no two happenings', () => {
  it('counts the names a landing and a tanker fire a day apart share as one: they are the place’s', () => {
    const pair = parts(LANDING, TANKER);
    expect(pair.route).toBe('place-names');
    expect(pair.common).toBe(1);
    expect(pair.score).toBeLessThan(JOIN_THRESHOLD);
  });

  it('keeps the tanker fire out of the landing’s story', () => {
    expect(storyOf(clusterStories([LANDING, TANKER, ...OTHERS]), 'tanker')).toEqual(['tanker']);
  });

  it('still joins two reports of the landing that share the pilot beside the place’s names', () => {
    const pair = parts(LANDING, LANDING_AGAIN);
    expect(pair.route).toBe('names');
    expect(pair.score).toBeGreaterThanOrEqual(JOIN_THRESHOLD);
    expect(storyOf(clusterStories([LANDING, TANKER, LANDING_AGAIN, ...OTHERS]), 'landing-again')).toEqual([
      'landing',
      'landing-again',
    ]);
  });
});
