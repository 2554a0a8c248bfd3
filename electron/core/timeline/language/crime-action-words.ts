// What thieves, robbers and hackers do, and the police raid that is not their deed, in words any outlet might choose:
// a shop robbed or held up, something stolen or gone missing, a computer system breached (action-words.ts gathers every
// kind of action).

// Things that are stolen, told as "taken" or as "gone missing" ("a painting went missing"); not people, whose going
// missing is no theft.
const STOLEN_THINGS =
  '(?:cash|money|jewel(?:le)?ry|paintings?|artworks?|items|goods|equipment|laptops?|computers?|phones?|cars?|vehicles?|vans?|trucks?|bikes?|bicycles?|tools|valuables|watches|handbags?|safes?|gold|silver|medals?|troph(?:y|ies)|statues?|sculptures?|guns|weapons|firearms|cables?|copper|diesel|fuel|antiques|relics?|manuscripts?|takings)';

// Places held up at gunpoint, and the people held up in them.
const HELD_UP_PLACES =
  "(?:shops?|stores?|banks?|post offices?|petrol stations?|garages?|off-licences?|jeweller(?:'s|’s|s)?|pharmac(?:y|ies)|chemists?|caf[eé]s?|bars?|pubs?|supermarkets?|branch(?:es)?|kiosks?|vans?|bookmakers?|betting shops?|restaurants?|takeaways?|security guards?|cashiers?)";

// Who raids a place by law: a search, not a robbery.
const LAWFUL_RAIDERS =
  '(?:police|officers|detectives|agents|troops|soldiers|investigators|inspectors|authorities|customs|immigration|FBI)';

/** Each crime, and the raid of the law, with the word stems or phrases (patterns) that tell it (see action-words.ts). */
export const CRIME_ACTIONS: Record<string, string[]> = {
  // "two men robbed a jeweller's", "held up the Spar shop", "burgled the post office", "rioters looted the supermarket".
  rob: [
    'robbed',
    'robber',
    'burgla',
    'burgle',
    'looted',
    'lootin',
    'looter',
    'heist',
    'mugged',
    'mugger',
    'ram-?raid(?:ed|s|ers?)?',
    'smash-and-grab',
    // A gang that raided a place robbed it; police who raided it searched it (raid, below).
    '(?:gang|gangs|gunmen|thieves|raiders|intruders|masked men|armed men)(?: [^.;,]{0,30})? (?:raided|raid|raids|raiding)\\b',
    `(?:held|holding|holds|hold) up (?:a|an|the|two|three|its) (?:\\S+ ){0,2}${HELD_UP_PLACES}\\b`,
    // "A jeweller's in Carrick was held up"; not traffic, talks or a flight held up (delayed).
    `${HELD_UP_PLACES}(?: [^.;,]{0,30})? (?:was|were|had been|has been) held up\\b(?! by (?:traffic|delays|roadworks|the weather|fog|snow)\\b)`,
  ],
  // "stolen from Orm Abbey", "the theft of tools", "tools were taken from the depot", "a painting went missing"; not
  // someone who stole the show or a march on rivals.
  steal: [
    'stolen',
    'theft',
    'thefts',
    'thief',
    'thieve',
    'pilfer',
    'shopli',
    '(?:stole|steal|steals|stealing)\\b(?! (?:the (?:show|headlines?|limelight|spotlight|lead|ball)|a (?:march|glance|kiss|lead))\\b)',
    `${STOLEN_THINGS}(?: [^.;,]{0,30})? (?:was|were|had been|has been|have been) (?:taken|snatched|swiped|grabbed)\\b(?! (?:to|into|in|on|up|over|ill)\\b)`,
    `${STOLEN_THINGS}(?: [^.;,]{0,30})? (?:went|go|goes|gone|going) missing`,
  ],
  // A search by the law: "police raided a house", "a dawn raid"; its own happening, whatever a robbery of that day.
  raid: [
    `${LAWFUL_RAIDERS}(?: [^.;,]{0,30})? (?:raided|raid|raids|raiding)\\b`,
    `(?:was|were|had been|has been) raided by ${LAWFUL_RAIDERS}`,
    '(?:police|dawn|drugs?|immigration|armed police) raids?\\b',
  ],
  // A computer system broken into or its data let out: "hackers breached the council's systems", "was hacked", "a data
  // breach", "patient records were leaked"; not a breach of contract, a river breaching a wall, nor a gas leak (fault).
  breach: [
    'hacker',
    'hackin',
    'hacked\\b(?! (?:to death|at|off|down|away|through|apart)\\b)',
    'cyber-?attacks?',
    'ransomware',
    '(?:data|security|cyber|cyber-security|cybersecurity|IT) (?:breach|breaches|attack|attacks|leak|leaks|incident)',
    '(?:breach|breached|breaches|breaching) (?:of )?(?:its |their |the |a |an )?(?:\\S+ ){0,2}(?:systems?|servers?|networks?|databases?|records|data|accounts?|firewalls?)\\b(?! (?:protection|rules|laws?|regulations|act)\\b)',
    '(?:leak|leaked|leaks|leaking) (?:of )?(?:[^.;,]{0,20} )?(?:data|records|personal details|passwords|customer details|account details)\\b(?! protection)',
    '(?:data|records|details|files|emails|passwords|accounts)(?: [^.;,]{0,30})? (?:was|were|had been|has been|have been) (?:leaked|exposed|stolen|accessed|compromised|hacked)',
    // "Criminals broke into the council's network", "got into its email servers": a break-in told of a computer.
    '(?:broke|break|breaks|breaking|got|get|gets|getting) into (?:[^.;,]{0,30} )?(?:computer systems?|IT systems?|systems|networks?|servers?|databases?|email accounts?)\\b',
  ],
};
