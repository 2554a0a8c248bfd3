// Kinds of happening that outlets tell in phrases sharing no word WordNet connects: "lost power" and "the lights went
// out", "an inquest concluded" and "a coroner ruled", "were led out of the block" and "were evacuated". A small curated
// table, read in the clause of a report's date on both sides alike (phrasal-happenings.ts compares what each means).
// Each phrase is written for one kind only, so words that tell its opposite ("power was restored", "an inquest was
// opened") or another use of the same verb ("led his team out") match none.

/** A kind of happening, the hand-list action it is one of (actions.ts), and the phrases that tell it. */
interface HappeningKind {
  /** What the phrases mean: a WordNet verb where one says it ("evacuate"), so it meets one word for it too. */
  means: string;
  action: string;
  phrases: RegExp[];
}

// Buildings people live or gather in, which they are led out of.
const BUILDING =
  '(?:blocks?|buildings?|flats|homes|houses|towers?|schools?|hospitals?|hotels?|stations?|offices?|factory|factories|centres?|centers?|malls?|theatres?|theaters?|cinemas?|churche?s?|arcades?|terminals?|care homes?)';

// Places things of worth are kept, which they are stolen from.
const KEPT_IN =
  '(?:museums?|galler(?:y|ies)|shops?|stores?|churche?s?|banks?|safes?|vaults?|warehouses?|depots?|collections?|exhibitions?|jewell?ers|showrooms?|premises)';

const KINDS: HappeningKind[] = [
  {
    // Homes or a district left without electricity: "lost power", "the lights went out", "a power cut", "knocked out
    // electricity to", "plunged into darkness"; never power "restored" or "back on".
    means: 'lose power',
    action: 'fault',
    phrases: [
      /\b(?:lost|lose|loses|losing)\s+(?:(?:their|its|all|mains)\s+)?(?:power|electricity)\b/i,
      /\blights\s+(?:went|go|goes|going|gone)\s+out\b/i,
      /\b(?:power|electricity)\s+(?:cuts?|outages?|failures?|failed|went\s+off|was\s+cut|were\s+cut)\b/i,
      // Not a news or media blackout.
      /(?<!\b(?:news|media|communications?|information|reporting)\s)\bblackouts?\b/i,
      /\bwithout\s+(?:power|electricity)\b/i,
      /\b(?:knocked|knocking|knocks|knock|cut|cutting|cuts)\s+(?:out|off)\s+(?:the\s+)?(?:power|electricity)\b/i,
      /\bplung(?:ed|ing|es|e)\s+(?:[^.;,]{0,40}\s)?into\s+darkness\b/i,
    ],
  },
  {
    // An inquest's finding, told as the inquest concluding or a coroner ruling or recording it; not the inquest
    // opened, nor what it heard ("the inquest heard that he was found").
    means: 'inquest verdict',
    action: 'court',
    phrases: [
      /\b(?:inquests?|coroners?)(?:['’]s)?\b(?:(?!\b(?:heard|hears|hear|told|opened|opens|adjourned|resumed|will|would|is\s+due|to)\b)[^.;]){0,50}?\b(?:concluded|concludes|ruled|rules|recorded|records|returned|returns|verdict|found\s+that|finds\s+that)\b/i,
    ],
  },
  {
    // People led out of a building or to safety are evacuated: "families were led out of a 14-storey block", "guided
    // the pupils to safety"; not a team led out onto a pitch.
    means: 'evacuate',
    action: 'evacuate',
    phrases: [
      new RegExp(
        `\\b(?:led|leading|leads|lead|guided|guiding|ushered|ushering|shepherded|helped)\\s+(?:[^.;,]{0,30}\\s)?out\\s+of\\s+(?:the\\s+|a\\s+|an\\s+|their\\s+|its\\s+)?(?:\\S+\\s+){0,3}${BUILDING}\\b`,
        'i',
      ),
      /\b(?:led|leading|guided|guiding|ushered|ushering|shepherded|helped|taken|took)\s+(?:[^.;,]{0,30}\s)?to\s+safety\b/i,
    ],
  },
  {
    // A road or a crossing closed, told by whom it keeps out: "traffic was banned from the bridge", "vehicles were
    // barred from the high street"; not a driver banned from driving, which is a court's sentence.
    means: 'close',
    action: 'close',
    phrases: [
      /\b(?:traffic|vehicles|cars|lorries|buses|pedestrians|the public)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:banned|barred|stopped|kept\s+off)\s+(?:from\s+)?(?!driving\b)/i,
    ],
  },
  {
    // A thing taken from where it was kept was stolen: "a portrait was taken from a small museum"; not someone taken
    // to hospital, to safety or by police, nor from a home or a house, which people are taken from.
    means: 'steal',
    action: 'steal',
    phrases: [
      new RegExp(
        `\\b(?:was|were|had\\s+been|has\\s+been|have\\s+been)\\s+taken\\s+from\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+|their\\s+|his\\s+|her\\s+)?(?:\\S+\\s+){0,3}${KEPT_IN}\\b(?![^.;]{0,60}\\b(?:hospital|safety|paramedics|ambulance|custody|by\\s+(?:armed\\s+)?(?:police|officers|detectives))\\b)`,
        'i',
      ),
    ],
  },
  {
    // Something shown to the public for the first time is unveiled: "the fossil was shown to the public today", "went
    // on display"; not a visitor shown around a building.
    means: 'unveil',
    action: 'open',
    phrases: [
      /\b(?:shown|displayed|presented|showed|displays|shows)\s+(?:[^.;,]{0,30}\s)?to\s+the\s+public\b/i,
      /\b(?:went|goes|gone|put|puts|placed)\s+on\s+(?:public\s+)?(?:display|show)\b/i,
    ],
  },
];

/** The kinds of happening the curated phrases tell in a clause, as what each means and its hand-list action. */
export function happeningPhrasesIn(clause: string): { means: string; action: string }[] {
  return KINDS.filter((kind) => kind.phrases.some((phrase) => phrase.test(clause))).map(({ means, action }) => ({
    means,
    action,
  }));
}
