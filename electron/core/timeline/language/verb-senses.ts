// One verb for two things: "lightning struck the spire" and "bin crews struck", "cut the price of bread" and "cut 150
// jobs", "closed the bypass" and "closed their inquiry", "the lifeboat was launched" and "launched a campaign". The
// action lists read each pair as one action; the nouns beside the verb tell which sense each outlet meant, and two
// senses of one verb on one day are two happenings (merge-likeness.ts keeps them apart).
import { keptReadings } from './kept-readings.ts';

interface VerbSenses {
  /** The verb's forms. */
  forms: RegExp;
  /** Each sense by the nouns that, beside the verb, show it was meant. */
  senses: Record<string, string[]>;
}

const PLACES_SHUT = [
  'road',
  'roads',
  'bypass',
  'motorway',
  'bridge',
  'crossing',
  'tunnel',
  'street',
  'school',
  'schools',
  'station',
  'airport',
  'port',
  'branch',
  'branches',
  'shop',
  'store',
  'factory',
  'plant',
  'ward',
  'wards',
  'beach',
  'park',
  'museum',
  'theatre',
  'theater',
  'library',
  'border',
  'doors',
  'line',
  'centre',
  'center',
  'hospital',
];
const INQUIRIES = [
  'inquiry',
  'investigation',
  'case',
  'consultation',
  'review',
  'hearing',
  'inquest',
  'trial',
  'talks',
];

const VERBS: VerbSenses[] = [
  {
    forms: /^launch(?:es|ed|ing)?$/u,
    senses: {
      craft: ['lifeboat', 'boat', 'ship', 'vessel', 'rocket', 'satellite', 'spacecraft', 'ferry', 'yacht', 'missile'],
      undertaking: [
        'campaign',
        'appeal',
        'inquiry',
        'investigation',
        'review',
        'scheme',
        'bid',
        'petition',
        'service',
        'app',
        'consultation',
        'fund',
        'fundraiser',
        'initiative',
        'programme',
        'program',
        'strategy',
        'search',
        'challenge',
      ],
      attack: [
        'attack',
        'attacks',
        'offensive',
        'raid',
        'raids',
        'assault',
        'missile',
        'missiles',
        'rockets',
        'drones',
      ],
    },
  },
  {
    forms: /^(?:strike|strikes|struck|striking)$/u,
    senses: {
      nature: [
        'lightning',
        'storm',
        'quake',
        'earthquake',
        'tremor',
        'tornado',
        'gale',
        'gales',
        'winds',
        'hurricane',
        'typhoon',
        'cyclone',
        'wave',
        'meteor',
      ],
      walkout: [
        'workers',
        'staff',
        'crews',
        'drivers',
        'nurses',
        'doctors',
        'teachers',
        'union',
        'unions',
        'members',
        'employees',
        'pilots',
        'guards',
        'dockers',
        'miners',
        'walkout',
        'dispute',
        'row',
        'pay',
        'ballot',
      ],
      deal: ['deal', 'agreement', 'accord', 'pact', 'bargain'],
    },
  },
  {
    forms: /^(?:cut|cuts|cutting)$/u,
    senses: {
      price: ['price', 'prices', 'fares', 'fare', 'rate', 'rates', 'tax', 'taxes', 'bills', 'tariffs'],
      jobs: ['jobs', 'job', 'posts', 'roles', 'staff', 'workers', 'positions', 'workforce', 'employees'],
      funding: ['funding', 'budget', 'budgets', 'grants', 'spending', 'benefits', 'aid'],
      supply: ['power', 'electricity', 'water', 'gas', 'supply', 'supplies'],
    },
  },
  {
    forms: /^(?:close|closes|closed|closing|shut|shuts|shutting)$/u,
    senses: { place: PLACES_SHUT, inquiry: INQUIRIES, market: ['shares', 'stocks', 'index', 'points'] },
  },
  {
    forms: /^(?:open|opens|opened|opening)$/u,
    senses: { place: PLACES_SHUT, inquiry: INQUIRIES, fire: ['fire'] },
  },
];

// How many words before and after the verb a noun may stand to show its sense: "bin crews in Thrushcombe struck", "cut
// the price of 400 everyday products", "struck on Tuesday in a row over pay" (a date between).
const BEFORE = 4;
const AFTER = 6;

// Words before a form that make it a noun: "suspended their strike" after "a deal" is the walkout the deal ended, not
// a verb whose sense the deal would show.
const NOUN_BEFORE = new Set(['a', 'an', 'the', 'their', 'its', 'his', 'her', 'our', 'this', 'that', 'of', 's']);

/** The senses in which a sentence uses each verb of the list, by the verb's index in the list (read once a sentence). */
export const verbSensesOf: (sentence: string) => ReadonlyMap<number, ReadonlySet<string>> = keptReadings(sensesOf);

function sensesOf(sentence: string): Map<number, Set<string>> {
  const words = [...sentence.toLowerCase().matchAll(/\p{L}+/gu)].map((match) => match[0]);
  const found = new Map<number, Set<string>>();
  VERBS.forEach(({ forms, senses }, verb) => {
    for (let i = 0; i < words.length; i++) {
      if (!forms.test(words[i]!) || NOUN_BEFORE.has(words[i - 1] ?? '')) continue;
      const near = new Set(words.slice(Math.max(0, i - BEFORE), i + AFTER + 1));
      const meant = found.get(verb) ?? new Set<string>();
      for (const [sense, nouns] of Object.entries(senses)) if (nouns.some((noun) => near.has(noun))) meant.add(sense);
      found.set(verb, meant);
    }
  });
  return found;
}

/** Both sentences use one verb, each in a sense the nouns beside it show, and in no sense in common. */
export function otherVerbSenses(sentenceX: string, sentenceY: string): boolean {
  const [x, y] = [verbSensesOf(sentenceX), verbSensesOf(sentenceY)];
  for (const [verb, mine] of x) {
    const theirs = y.get(verb);
    if (!theirs || mine.size === 0 || theirs.size === 0) continue;
    if (![...mine].some((sense) => theirs.has(sense))) return true;
  }
  return false;
}
