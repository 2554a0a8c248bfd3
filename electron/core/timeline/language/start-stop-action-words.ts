// How things start, stop and go on again, in words any outlet might choose: opening and closing, starting and ending,
// resuming, calling off (action-words.ts gathers every kind of action).

/** Each start, stop or return and the word stems or phrases (patterns) that tell it (see action-words.ts). */
export const START_STOP_ACTIONS: Record<string, string[]> = {
  // "the site shuts", "production would end for good", "will cease operations": a works closing, in other words.
  close: [
    'close',
    'closed',
    'closes',
    'closin',
    'closur',
    'shut',
    'shuts',
    'shutti',
    'shutdo',
    // "shuttered the plant": shut, in other words.
    'shutte',
    'suspen',
    'halted',
    'halt',
    // A study, an account or a project "frozen", "put on hold" or "paused" is stopped, for now.
    'froze',
    'freeze',
    'frozen',
    'paused',
    // A service "pulled" is suspended: "pulled the night bus", "flights were pulled"; not a craft pulled somewhere ("a tug
    // pulled the ferry into Adrel", "pulled the dinghy clear").
    '(?:pulled|pulls|pulling|pull) (?:the |its |their |all |a )?(?:\\S+ ){0,2}(?:services?|trains|bus|buses|flights|sailings|routes?)\\b(?! (?:into|in|to|towards|off|out|clear|free|ashore|alongside|away|from|back|up)\\b)',
    '(?:services?|trains|buses|flights|sailings|routes?)(?: [^.;,]{0,30})? (?:was|were|had been|has been|have been) pulled\\b(?! (?:into|in|to|towards|off|out|clear|free|ashore|alongside|away|from|back|up)\\b)',
    '(?:put|puts|putting|placed|places|placing) (?:[^.;,]{0,40} )?on hold',
    '(?:production|manufacturing|operations|output|work) (?:[^.;,]{0,30} )?(?:will|would|is to|are to|to|was to|were to|set to) (?:end|cease|stop)',
    '(?:end|ends|ended|ending|cease|ceases|ceased|ceasing|stop|stops|stopped|stopping) (?:all )?(?:production|manufacturing|operations)',
  ],
  open: ['open', 'opened', 'opens', 'openin', 'reopen', 'inaugu', 'unveil'],
  start: [
    'start',
    'starte',
    'starts',
    'begin',
    'began',
    'begins',
    'beginn',
    'launch',
    'kick off',
    'kicked off',
    'commen',
    'got under way',
    '(?:got|get|gets|getting) going',
    'get under way',
    'burst into life',
    'came to life',
    // "made its debut", "first flew in September": something new starting.
    'debut',
    'maiden',
    '(?:first|maiden) (?:flew|flight|voyage|sailed|sailing)',
    // "carried 1,900 people on its first day": the day something started.
    '(?:its|her|his|their|the) (?:first|opening) (?:day|morning|night)',
    // "a fire … which broke out late last night", "fighting broke out": something starting, no fault.
    '(?:broke|broken|break|breaks|breaking) out\\b(?! of)',
  ],
  // Talks that "broke down" ended; a bus that broke down is a fault, told by the "broke" stem.
  end: [
    'ended',
    'ends',
    'ending',
    'finish',
    'conclu',
    'complet',
    'wrapped up',
    '(?:talks|negotiations) (?:[^.;]{0,90} )?(?:broke|broken|break|breaks) down',
  ],
  // "went back to their homes", "could go home", "allowed home": people returning after being moved out.
  resume: [
    'resume',
    'resumi',
    'restar',
    'return',
    'back to work',
    'went back',
    'go back',
    'reconv',
    'again',
    '(?:go|goes|going|gone|went|come|came|allowed|sent) home',
    // "were back in their apartments on Friday night": home again, however told.
    'back (?:in|into|at) (?:their|his|her|the) (?:own )?(?:homes?|houses?|apartments?|flats?)',
  ],
  // A supply going again: "power was restored", "the last homes were reconnected", "electricity was back on". Not
  // people going home, another happening of the day a supply comes back.
  // The supply must be told: order, calm or a church restored is another happening.
  restore: [
    '(?:power|electricity|water|gas|supply|supplies|services?|homes|households|customers|properties)(?: [\\w,-]+){0,4}? (?:was|were|is|are|has been|have been|had been|being) (?:fully |partly |largely |finally |now )?(?:restored|reconnected)',
    '(?:restored|restoring|reconnected|reconnecting) (?:the )?(?:power|electricity|water|gas|supply|supplies|services?|last|homes|households|customers|properties)',
    '(?:power|electricity|water|gas|supply|supplies|service|services) (?:was|were|is|are|came|comes) back(?: on)?',
  ],
  cancel: [
    'cancel',
    'scrapp',
    'called off',
    'axed',
    'grounded',
    // A search "stood down" is called off for now: "stood the search down at dusk", "the hunt was stood down"; not a
    // leader who stood down (resigned).
    '(?:stood|stands|standing|stand) (?:the |its |their |his |her )?(?:\\S+ )?(?:search|hunt|operation|rescue|effort)s? down\\b',
    '(?:search|hunt|operation|rescue|effort)s?(?: [^.;,]{0,30})? (?:was|were|is|are|has been|have been|had been|being) stood down\\b',
  ],
};
