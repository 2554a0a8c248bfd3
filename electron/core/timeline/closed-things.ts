// What a closure closed: a port, an airport, a school, a road. One verb tells two happenings when two outlets close
// two kinds of place on one day ("the port closed on Tuesday", "the airport closed on Tuesday"), though the action
// lists read both as the same action (merge-likeness.ts weighs them as one action done to two things).
import { actionPhrases } from './actions.ts';
import { keptReadings } from './kept-readings.ts';
import { tokensOf } from './report-tokens.ts';

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

// How many words from a word telling a closure a place's noun may stand to be what was closed: "Carrick port closed",
// "shut the port of Carrick", "the closure of the coast road".
const NEAR = 4;

/** The kinds of place a sentence tells closed: those named within a few words of a word telling a closure. */
export const placesClosed: (sentence: string) => ReadonlySet<string> = keptReadings(kindsClosed);

function kindsClosed(sentence: string): Set<string> {
  const tokens = tokensOf(sentence);
  const closures = [
    ...tokens.filter((token) => token.action === 'close').map((token) => token.index),
    ...actionPhrases(sentence)
      .filter((phrase) => phrase.action === 'close')
      .map((phrase) => phrase.index),
  ];
  const words = [...sentence.matchAll(/\p{L}+/gu)].map((match) => ({ word: match[0].toLowerCase(), at: match.index }));
  const kinds = new Set<string>();
  for (const at of closures) {
    const i = words.findIndex((word) => word.at >= at);
    if (i < 0) continue;
    for (const { word } of words.slice(Math.max(0, i - NEAR), i + NEAR + 1)) {
      const kind = kindOf.get(word);
      if (kind) kinds.add(kind);
    }
  }
  return kinds;
}

/** Both sentences tell a closure of some kind of place, and no kind of place closed is the same in both. */
export function otherPlacesClosed(sentenceX: string, sentenceY: string): boolean {
  const [x, y] = [placesClosed(sentenceX), placesClosed(sentenceY)];
  return x.size > 0 && y.size > 0 && ![...x].some((kind) => y.has(kind));
}
