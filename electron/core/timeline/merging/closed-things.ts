// What a closure closed, an opening opened, an evacuation emptied: a port, an airport, a school, a road. One verb tells
// two happenings when two outlets tell it done to two kinds of place on one day ("the port closed on Tuesday", "the
// airport closed on Tuesday"; "the bridge reopened", "the school reopened"), though the action lists read both as the
// same action (merge-likeness.ts weighs them as one action done to two things).
import { tokensOf } from '../extraction/report-tokens.ts';
import { actionPhrases } from '../language/actions.ts';
import { keptReadings } from '../language/kept-readings.ts';

// Kinds of place a closure shuts, each by the nouns that name it.
const PLACES: Record<string, string[]> = {
  port: [
    'port',
    'ports',
    'harbour',
    'harbours',
    'harbor',
    'harbors',
    'docks',
    'quay',
    'quays',
    'terminal',
    'terminals',
  ],
  airport: ['airport', 'airports', 'airfield', 'airfields', 'runway', 'runways', 'airspace'],
  school: ['school', 'schools', 'nursery', 'nurseries', 'college', 'colleges', 'university', 'campus', 'academy'],
  road: ['road', 'roads', 'motorway', 'highway', 'bridge', 'bridges', 'tunnel', 'street', 'lane', 'pass', 'crossing'],
  rail: ['station', 'stations', 'railway', 'railways', 'line', 'lines', 'trains'],
  hospital: ['hospital', 'hospitals', 'ward', 'wards', 'clinic', 'surgery'],
  outdoors: ['beach', 'beaches', 'park', 'parks', 'trail', 'trails', 'forest', 'reserve'],
  works: ['factory', 'plant', 'mill', 'mine', 'works', 'refinery', 'site', 'smelter'],
  border: ['border', 'borders', 'checkpoint'],
};
const kindOf = new Map(Object.entries(PLACES).flatMap(([kind, nouns]) => nouns.map((noun) => [noun, kind])));

// The actions done to a place, each read apart: a closure, an opening (or reopening), an evacuation.
export const DONE_TO_PLACES = ['close', 'open', 'evacuate'] as const;
export type DoneToPlace = (typeof DONE_TO_PLACES)[number];

// How many words from a word telling the action a place's noun may stand to be what it was done to: "Carrick port
// closed", "shut the port of Carrick", "the closure of the coast road", "reopened the bridge to traffic".
const NEAR = 4;

/** For each action done to places, the kinds of place a sentence names within a few words of a word telling it. */
export const placesDoneTo: (sentence: string) => Readonly<Record<DoneToPlace, ReadonlySet<string>>> =
  keptReadings(kindsDoneTo);

function kindsDoneTo(sentence: string): Record<DoneToPlace, Set<string>> {
  const tokens = tokensOf(sentence);
  const phrases = actionPhrases(sentence);
  const words = [...sentence.matchAll(/\p{L}+/gu)].map((match) => ({ word: match[0].toLowerCase(), at: match.index }));
  const kindsOf = (action: DoneToPlace) =>
    kindsNear(words, [
      ...tokens.filter((token) => token.action === action).map((token) => token.index),
      ...phrases.filter((phrase) => phrase.action === action).map((phrase) => phrase.index),
    ]);
  return { close: kindsOf('close'), open: kindsOf('open'), evacuate: kindsOf('evacuate') };
}

function kindsNear(words: readonly { word: string; at: number }[], actions: readonly number[]): Set<string> {
  const kinds = new Set<string>();
  for (const at of actions) {
    const i = words.findIndex((word) => word.at >= at);
    if (i < 0) continue;
    for (const { word } of words.slice(Math.max(0, i - NEAR), i + NEAR + 1)) {
      const kind = kindOf.get(word);
      if (kind) kinds.add(kind);
    }
  }
  return kinds;
}

/**
 * Both sentences tell `action` done to some kind of place, and no kind of place it was done to is the same in both:
 * "the bridge reopened" and "the school reopened".
 */
export function otherPlacesDoneTo(action: DoneToPlace, sentenceX: string, sentenceY: string): boolean {
  const [x, y] = [placesDoneTo(sentenceX)[action], placesDoneTo(sentenceY)[action]];
  return x.size > 0 && y.size > 0 && ![...x].some((kind) => y.has(kind));
}
