// Nouns a report uses by turns for one happening ("an avalanche buried the camp" … "30 hours after the slide"), so that
// a count from the one finds the day told with the other. Used only to date counts from a named event (told-events.ts);
// merging reads its own vocabulary (action-words.ts, happening-words.ts).
import { signature } from './event-signature.ts';

// A slide is told by the matter that moved as well ("rocks and mud blocked the line" … "the day after the slide"); not
// snow, which falls as weather too.
const SAME_HAPPENING: readonly (readonly string[])[] = [
  [
    'avalanche',
    'slide',
    'landslide',
    'landslip',
    'mudslide',
    'rockfall',
    'rockslide',
    'snowslide',
    'mud',
    'rocks',
    'boulders',
    'debris',
  ],
  ['outage', 'blackout'],
  ['blaze', 'fire', 'inferno', 'wildfire', 'bushfire'],
  ['flood', 'flooding', 'deluge', 'inundation'],
  ['quake', 'earthquake', 'tremor'],
  ['crash', 'collision', 'smash', 'pile-up'],
  ['blast', 'explosion', 'detonation'],
  ['stranding', 'beaching'],
  ['walkout', 'strike', 'stoppage'],
];

const GROUP_OF = new Map(SAME_HAPPENING.flatMap((group) => group.map((word) => [word, group] as const)));

/** The happening a noun names, by the first noun of its row ("tremor" names a "quake"), if it names one. */
export function happeningNamed(word: string): string | undefined {
  return GROUP_OF.get(word.toLowerCase())?.[0];
}

/** The words' signature, with the other nouns of each happening they name by one noun. */
export function withOtherNames(words: string, wanted: Map<string, number>): Map<string, number> {
  const out = new Map(wanted);
  for (const word of words.toLowerCase().split(/[^\p{L}-]+/u)) {
    for (const other of GROUP_OF.get(word) ?? []) {
      if (other === word) continue;
      for (const [key, weight] of signature(other, true)) if (!out.has(key)) out.set(key, weight);
    }
  }
  return out;
}
