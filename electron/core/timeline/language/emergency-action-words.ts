// What people do and suffer in an emergency, in words any outlet might choose: moved to safety, rescued, hurt, warned,
// falling ill; something found, an animal caught, a call for help, an escape (action-words.ts gathers every kind).

// Places full of people, which are cleared of them: buildings, stations, streets.
const PEOPLED =
  '(?:buildings?|schools?|stations?|arcades?|centres?|centers?|malls?|stadiums?|arenas?|terminals?|hospitals?|offices|office|homes|houses|flats|blocks?|estates?|streets?|squares?|beach|beaches|parks?|plants?|factory|factories|villages?|camps?|theatres?|theaters?|cinemas?|churche?s?|courthouses?|airports?|shops|stores?|hotels?)';

/** Each emergency action and the word stems or phrases (patterns) that tell it (see action-words.ts). */
export const EMERGENCY_ACTIONS: Record<string, string[]> = {
  // "ordered out of their homes", "moved into storm shelters": people taken from where they live to safety (the
  // phrase tells its own action: "storm shelters" are no storm).
  evacuate: [
    'evacua',
    'flee',
    'fled',
    '(?:from|out of) their homes',
    'leave their homes',
    'left their homes',
    'displac',
    'into (?:\\S+ ){0,2}shelters',
    // "moved 31 people out of nine buildings", "ordered about 200 residents out": a count of them changes nothing.
    '(?:forced|drove|driven|ordered|moved|moving|move|moves) (?:(?:about|some|nearly|almost|more than|all|over) )?(?:[\\d,]+ )?(?:them|people|residents|families|everyone|households|tenants|villagers) out',
    // People got out of their beds or homes: "police had got them out of bed", "got everyone out of their flats".
    '(?:got|get|gets|getting) (?:them|people|residents|families|everyone|households|tenants) out of (?:bed|their (?:beds|homes|houses|flats))',
    // Going from door to door, knocking on the doors of a street: getting people out, unless told as asking or
    // collecting something ("went door to door asking for witnesses").
    '(?:(?:went|go|goes|going|gone) door[- ]to[- ]door|(?:knocked|knocking|knocks|knock) on (?:(?:every|each|all|the) )?(?:\\S+ ){0,2}doors?)(?![^.;]{0,40}\\b(?:asking (?:for|about|if|whether)|collecting|canvass|campaign|search|looking for|handing out|selling|delivering))',
    // "pushed about 200 households out of the village": whatever did the pushing, people moved out.
    '(?:pushed|forced|drove|driven|pushing|forcing) (?:[^.;,]{0,25} )?(?:households|families|residents|people|villagers|tenants) out',
    // People told to go: "ordering everyone within half a mile to leave", "households were told to leave", "everyone
    // who was moved out", "200 households were sent away".
    '(?:ordered|ordering|orders|told|telling|tells|urged|urging|urges|asked|asking|asks) (?:[^.;,]{0,30} )?to leave',
    // People who left their homes, told by who they are and where from: "Families from 28 houses on Mill Lane, moved
    // out before dawn", "residents of the block moved out overnight".
    '(?:households|families|residents|villagers|tenants|neighbours|neighbors)(?: (?:from|of|in|on) [^.;]{1,40}?)?,? (?:moved|move|moves|moving) out\\b',
    '(?:households|families|residents|people|villagers|tenants|everyone|homes)(?: who)? (?:were|was|had been|have been|are being|were being) (?:moved out|sent away|ordered out|cleared|emptied)',
    // A building or a place of people "cleared" (of its people): "police cleared the arcade", "the station was cleared
    // on Tuesday"; not a road cleared of snow, nor someone cleared of wrongdoing.
    `(?:cleared|clearing|clears|clear) (?:the |a |an |its |their )?(?:\\S+ ){0,3}${PEOPLED}(?=\\s*(?:[,.;]|$|(?:on|in|at|after|before|as|and|shortly|early|late|when|while|because|following|amid|within|yesterday|today|this|last|around|about)\\b))`,
    `${PEOPLED} (?:was|were|had been|has been|have been|is|are|being) (?:\\S+ )?cleared\\b(?! of (?!people|residents|staff|shoppers|visitors|passengers|pupils|everyone)\\b)`,
  ],
  // Something first seen: "a warden spotted water seeping", "the seep was first seen", "tests found E. coli".
  // Someone "located" by searchers was found; not a building "located in" or "on" a street.
  find: [
    'spotted',
    'noticed',
    'discov',
    'detect',
    'found',
    'seen',
    'sighted',
    '(?:located|locates|locating) (?:him|her|them|the|a|an|\\d+|[\\w-]+-year-old|missing|two|three|four|five)\\b',
    '(?:was|were|had been|has been|have been) located (?:alive|safe|safely|dead|by|yesterday|today|late|early|shortly|overnight|this)\\b',
  ],
  // People falling ill: "the first passengers fell ill on Nov 8" and "the outbreak began on the night of 8 November".
  sicken: ['(?:fell|fall|falls|falling|taken|became|become|becomes) ill', 'sicken', 'outbre'],
  // An animal caught: "tranquilized a bear", "fired the dart", "knocked out by a warden's dart gun".
  capture: [
    'captur',
    'tranqu',
    'sedate',
    'darted',
    'dart gun',
    '(?:fired|fires|fire|shot|shoots) (?:a|the|its|his|her) (?:\\S+ )?dart',
  ],
  // "brought to the surface", "lifted out", "freed", "refloated", "pulled clear": people or a ship got out of where
  // they were stuck.
  rescue: [
    'rescue',
    'saved',
    // Someone moved and told "alive" came out of where they were caught: "pulled a woman alive from the rubble", "was
    // brought out alive", "dug two miners out alive".
    '(?:pulled|pull|pulls|pulling|brought|bring|brings|bringing|carried|carry|carries|carrying|dug|dig|digs|digging|lifted|lift|lifts|lifting|got|get|gets|getting|taken|take|takes|taking|cut|winched|hauled|plucked) (?:[^.;,]{0,40} )?alive\\b',
    'freed',
    'refloa',
    '(?:pulled|dragged|towed|hauled) (?:\\S+ ){0,3}(?:clear|free|off)',
    'free (?:\\d+|all|the|them)',
    'lifted out',
    'brought (?:\\S+ ){0,3}to the surface',
    'reached the surface',
  ],
  // People caught where they cannot leave: "trapped in the lift", "entombed", "stranded on the ledge", a hamlet "cut off"
  // by floods; not someone who felt trapped by a contract, nor power or water cut off.
  trap: [
    // Not people described as trapped when something else was done to them ("winched two stranded walkers to safety").
    '(?<!\\b(?:feel|feels|felt|feeling)\\s(?:\\S+\\s)?)(?:trapped|entombed|stranded|marooned)\\b(?! (?!(?:as|across|towards|hundreds|thousands|dozens|scores)\\b)[a-z]+(?:s|men|ren|people)\\b)',
    // People cut off: "forty villagers were cut off by floods"; a town cut off by a cliff fall or a flood is what cut it
    // off, told in other words, and power or water cut off is no one trapped.
    '(?<=\\b(?:people|residents|villagers|families|households|motorists|drivers|walkers|climbers|hikers|tourists|visitors|pupils|children|passengers|miners|crews?|campers|skiers|they|we)\\b[^.;,]{0,30})cut off\\b(?! (?:the |their |its |his |her )?(?:power|electricity|water|gas|supplies|supply|heating|funding|aid|talks|contact|relations|ties)\\b)',
  ],
  injure: ['injure', 'hurt', 'wounde', 'killed', 'dead', 'died', 'death'],
  warn: ['warn', 'warned', 'warnin', 'alert'],
  // People getting out of custody: "broke out of the county jail", "slipped out of the detention center", "escaped
  // from a jail", "the jailbreak" (not gas escaping from a main, a fault).
  escape: [
    'jailbr',
    'breako',
    '(?:broke|break|breaks|breaking|broken|slipped|slip|slips|slipping|got|get|gets|getting|walked|walk|walks) out of (?:the |a |an |their |his |her )?(?:\\S+ ){0,4}(?:jail|prison|detention|custody|cells?|centre|center|facility|lockup|penitentiary)\\b',
    '(?:escape|escaped|escapes|escaping|escapees?) (?:from )?(?:the |a |an |their |his |her )?(?:\\S+ ){0,4}(?:jail|prison|detention|custody|cells?|centre|center|facility|lockup|penitentiary)\\b',
  ],
  // A call to a service or a person, told by whoever took it or made it: "had taken a call about low pressure", "phoned
  // the water department", "called the police" (not "called for an inquiry", "called off", "called in").
  phone: [
    'phoned',
    '(?:took|taken|take|takes|taking|received|receive|receives|receiving|logged|got) (?:a|an|the|\\d+|several|dozens of|hundreds of) (?!close )(?:\\S+ ){0,2}(?:phone )?calls?\\b',
    '(?:called|calls|call|calling|rang|rung|rings|ring|ringing) (?:the )?(?:\\S+ ){0,2}(?:department|police|company|utility|council|office|hotline|helpline|authority|board|services|911|999|112)\\b',
    // Someone ringing someone: "rang her from the hospital", "rang home", "he rang them at dawn" (not bells ringing).
    '(?:rang|rung|rings|ringing) (?:her|him|them|me|us|you|home)\\b',
  ],
};
