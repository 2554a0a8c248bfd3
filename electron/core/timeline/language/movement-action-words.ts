// People and craft going somewhere, in words any outlet might choose: visiting, arriving, leaving, sent somewhere,
// getting on and off a ship or a plane, gathering in a crowd (action-words.ts gathers every kind of action).

// Things thrown or falling that land somewhere: no craft arriving.
const THROWN_THINGS =
  'debris|wreckage|rocks?|stones?|boulders?|shells?|rockets?|missiles?|shrapnel|fragments?|pieces?|parts?|ash|bricks?|masonry|tiles?|bullets?|balls?|panels?|chunks?|embers?|hail(?:stones)?';

/** Each movement and the word stems or phrases (patterns) that tell it (see action-words.ts). */
export const MOVEMENT_ACTIONS: Record<string, string[]> = {
  visit: ['visit', 'visite', 'tour', 'toured', 'toure'],
  // Reaching a place people go to: "reached the village shortly after noon", "got to the ground this afternoon" (not
  // water reaching the top of a wall, nor getting to the bottom of something).
  arrive: [
    'arrive',
    'arriva',
    '(?:reach|reached|reaches|reaching|got to|get to|gets to|getting to) the (?:\\S+ )?(?:site|scene|village|town|city|island|port|harbou?r|ground|camp|airport|station|hospital|border)\\b',
    // A plane reaching where it was going: "landed at Okonde airport", "the relief plane touched down at Okonde" (a
    // tornado touching down makes landfall, happening-words.ts); not someone who "landed in hospital" or "in trouble",
    // nor debris or rocks that landed in gardens.
    `(?<!\\b(?:${THROWN_THINGS})\\s(?:[^.;,]{0,40}\\s)?)(?:landed|lands|landing|land) (?:safely |early |late |shortly |just )?(?:at|in) (?!(?:hospital|court|jail|prison|trouble|debt|the dock)\\b)`,
    '(?:planes?|flights?|jets?|aircraft|airliners?|helicopters?|airships?) (?:[^.;,]{0,40} )?(?:touched|touch|touches|touching) down',
    // Someone who "flew in on Sunday" came by air; not what was flown in ("flew in a generator", "flown in 40 tonnes").
    '(?:flew|flown) in\\b(?!\\s+(?:a|an|the|some|more|extra|\\d)\\b)',
  ],
  // A ship made fast at a quay: "docked at Holm", "berthed late on Tuesday", "tied up alongside"; not pay or points docked
  // ("were docked ten points"), nor moored boats, nor where a ship lay when something else happened ("a fire began
  // while she was tied up alongside").
  dock: [
    '(?<!\\b(?:pay|wages?|points?|salary|salaries|marks?|money|cash|bonus(?:es)?)\\s(?:(?:was|were|had been|has been|have been|being)\\s)?)(?<!\\b(?:was|were|is|are|been|being|lay|lies|lying|remained|remains|sat|sits|stayed|stays)\\s)(?:docked|berthed|moored)(?=\\s*(?:[,.;]|$)|\\s+(?:at|in|into|alongside|beside|next|against|off|safely|shortly|early|late|overnight|on|yesterday|today|this|last|there|again|without)\\b)',
    '(?<!\\b(?:was|were|is|are|been|being|lay|lies|lying|remained|remains|sat|sits|stayed|stays)\\s)(?:tied|ties|tying|tie) up (?:at|alongside|beside|against|next to)\\b',
  ],
  // A ship, a train or a team leaving: "set sail", "sailed from India", "left port", "set off".
  // Not a "department", which is who acted ("the fire department tested the air").
  depart: [
    'depart(?:s|ed|ing|ure|ures)?',
    'sailed',
    // Not something set off or set out ("set off the alarm", "set out its plans"): what is set off goes nowhere.
    '(?:set|sets|setting) (?:sail|off|out)(?! (?:the|a|an|its|their|his|her|our|my|your)\\b(?! (?:next|following|same)\\b))',
    '(?:left|leave|leaves|leaving) (?:port|harbou?r|the port|the harbou?r|dock|the dock)',
    // "weighed anchor", "is due to leave empty for Carrow": a ship leaving, whatever it leaves.
    '(?:weigh|weighs|weighed|weighing) anchor',
    '(?:left|leave|leaves|leaving) (?:\\S+ )?for',
    // People leaving wherever they were for home: "left Puerto Rico for home", "set off from the camp for home".
    '(?:left|leave|leaves|leaving|set off|sets off|setting off) (?:\\S+ ){0,4}for home',
    // A rocket or a plane leaving the ground: "lifted off", "liftoff", "took off" (no ban lifted).
    '(?:lift|lifts|lifted|lifting|took|take|takes|taking|blasted|blast) off',
    'lift-?off',
    'take-?off',
  ],
  // People sent somewhere to act: "sent two officials to the town", "deployed 40 officers to the estate" (not a letter
  // sent to a minister).
  dispatch: [
    '(?:sent|send|sends|sending|dispatched|dispatch|dispatches|dispatching|deployed|deploy|deploys|deploying) (?:[^.;,]{0,30} )?(?:officials|officers|troops|soldiers|staff|teams?|inspectors|investigators|engineers|crews?|diplomats|envoys?|delegations?|experts|doctors|nurses|medics|paramedics|volunteers|police|firefighters|workers|units?|specialists) (?:\\S+ ){0,3}to\\b',
  ],
  // Getting on a ship or a plane: "boarded the ship by launch", "went aboard" (a launch here is a boat).
  board: [
    'boarde',
    '(?:went|go|goes|going|gone|came|come|comes|climbed|climb|climbs) aboard',
    // "are due to board the ship", "will board her": the verb the tagger may take for a noun, told by what it carries
    // (not "to board up the windows", nor "the board will meet").
    '(?:to|will|would|shall|should|must|could|may|might) board (?:the|a|an|her|his|its|their|this|that)',
    // People sent or put aboard go aboard: "will send inspectors aboard", "put a pilot aboard".
    '(?:sent|send|sends|sending|put|puts|putting) (?:[^.;,]{1,30} )?aboard',
  ],
  // People leaving a ship or a plane for land: "went ashore", "stepped off", "will be allowed off", "disembarked".
  disembark: [
    'disemb',
    '(?:go|goes|went|going|gone|get|gets|got|getting) ashore',
    '(?:stepped|step|steps|stepping|allowed|let|got|get|gets) off(?! (?:work|duty|the job|with))',
    // "Launches began ferrying passengers to the quay": people taken from a ship to land.
    '(?:ferry|ferries|ferried|ferrying) (?:\\S+ ){0,3}(?:ashore|to (?:the )?(?:quay|shore|jetty|harbou?r|dock|pier|land))',
  ],
  // People gathering to show what they think or feel: a march, a rally, a vigil, a crowd packing a street or a hall.
  gather: [
    'protes',
    'rally',
    'rallie',
    'marche',
    'marchi',
    'demons',
    'vigil',
    'gather',
    'thronge',
    '(?:packed|crowded|squeezed) (?:into|onto|on to|outside|the|a)',
  ],
};
