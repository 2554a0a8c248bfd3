// What happened, in words any outlet might choose: each action and the words that tell it (actions.ts reads them).

/** Each action and the word stems (first letters of a word, lower case) or phrases (patterns) that tell it. */
export const ACTIONS: Record<string, string[]> = {
  // A case heard: "court" alone ("in a county court", "court protection") says where, not what happened. "Heard" is a
  // hearing only when a case is heard or a court hears it: "members heard that a pump failed" and "workers heard on
  // Wednesday" tell of news reaching people. A case "argued before" a judge or "put to" one is heard.
  hearing: [
    'hearin',
    '(?:be|been|being|is|are|was|were) heard',
    '(?:court|trial|jury|jurors|tribunal|judges?|magistrates|inquest|inquiry|hearing|panel) heard',
    '(?:hear|hears|heard) (?:the|a|an|their|his|her|its) (?:case|appeal|claim|challenge|evidence|arguments)',
    '(?:be|been|being|is|are|was|were) argued',
    '(?:put|puts|putting|made|make|makes|making) (?:their|its|his|her|the) case to',
    'tribun',
  ],
  // A court's decision, which may come days after the hearing. "The judge" is who acts, not what happened: "when the
  // judge gives her decision" tells no ruling that day; her "judgment" or a permission "quashed" does.
  court: [
    '(?:will|would|to|could|may|might|shall|should) rule',
    'ruled',
    'ruling',
    'judgme',
    'judgem',
    'quashe',
    // Those who "won their case" were ruled for.
    '(?:won|win|wins|winning) (?:their|its|his|her|the|a) (?:case|appeal|challenge|lawsuit|suit)',
    // "read out the order", "handed down its decision": a court's order is its ruling, not an order to do something.
    '(?:read|reads|reading) out (?:the|its|her|his|their) (?:order|judgment|ruling|verdict|decision)',
    '(?:handed|hands|hand|handing) down (?:the|its|her|his|their|a) (?:order|judgment|ruling|verdict|decision)',
    'injunc',
    'verdic',
    'convic',
    'thrown out',
    '(?:found|find|finds) (?:not )?(?:guilty|liable|innocent)',
  ],
  // "has given the airline until Friday to improve its offer" sets a deadline.
  deadline: [
    'deadli',
    'must',
    'cutoff',
    'cut-of',
    'no later than',
    'ultima',
    '(?:given|gave|give|gives|has|have|had) (?:\\S+ ){0,3}until \\S+ (?:\\S+ )?to',
  ],
  strike: [
    'strike',
    'striki',
    'struck work',
    'walkou',
    'walk out',
    'walked out',
    'walked off',
    'walk off',
    'walks off',
    'stoppa',
    'industrial action',
    // "stopped work at 4 a.m.", "downed tools": a walkout in other words.
    '(?:stop|stops|stopped|stopping) work',
    '(?:down|downs|downed|downing) tools',
  ],
  // Voters who "said yes to merging" or "agreed to merge" voted, whatever verb tells it.
  vote: [
    'vote',
    'voted',
    'votes',
    'voting',
    'ballot',
    'poll',
    'polls',
    'electi',
    'referen',
    'elect',
    '(?:said|say|says|voted|vote|votes) (?:yes|no) to',
    // "The ballot passed 1,904 to 1,377": the vote told by how it came out.
    '(?:ballot|vote|motion|measure|referendum|proposal|resolution) (?:passed|carried|failed)',
    '(?:voters|electors|residents|townspeople|members) (?:[\\w,-]+ ){0,5}(?:agreed|approved|backed|rejected|chose)',
  ],
  // "samples came back clean": the result of tests.
  result: [
    'result',
    'outcom',
    'tally',
    'count',
    'counti',
    'counted',
    'won',
    'wins',
    'winner',
    'confir',
    '(?:came|come|comes|coming) back (?:clean|clear|positive|negative|normal)',
  ],
  talks: [
    'talks',
    'negoti',
    'mediat',
    'meet',
    'met',
    'meetin',
    'session',
    'summit',
    'bargai',
    'sides together',
    'round table',
    // "sat down at 10 a.m. on Monday": two sides meeting.
    '(?:sat|sit|sits|sitting) down',
  ],
  appoint: ['appoin', 'named', 'hired', 'hire', 'chosen', 'nomina', 'picked', 'brought in', 'called in', 'drafted in'],
  file: [
    'file',
    'filed',
    'filing',
    'lodge',
    'lodged',
    'submit',
    'reques',
    'petiti',
    'applie',
    'apply',
    'sued',
    'lawsui',
    'claim',
    'appeal',
    'challe',
    // "sought court protection from its creditors": a bankruptcy filing in other words.
    '(?:sought|seek|seeks|seeking) (?:\\S+ )?protection',
  ],
  agree: [
    'agree',
    'agreed',
    'agreem',
    'deal',

    'settle',
    'settle',
    'struck a deal',
    'reached a deal',
    'compro',
    'accept',
  ],
  award: ['award', 'awarde', 'approv', 'grante', 'grant', 'won a contract', 'won the contract', 'contra'],
  // "broke the news to staff", "read the news to the morning shift": an announcement told to those it touches.
  announce: [
    'announ',
    'publis',
    'releas',
    'unveil',
    'reveal',
    'disclo',
    'declar',
    '(?:broke|break|breaks|breaking|read|reads|reading) the news',
  ],
  // "ordered an investigation", "began its own inquiry", "launched a review": looking into what happened.
  inspect: [
    'inspec',
    'survey',
    'examin',
    'assess',
    'probe',
    'audit',
    'checke',
    // "ordered checks at 23 other schools": what the order was for, not the closure of that day.
    'checks',
    'measur',
    'rated',
    'review',
    'inquir',
    'enquir',
    'investigat(?:e|es|ed|ing|ion|ions)',
    // "the 12:40 a.m. head count", "at roll call": a check of who is there, not a vote's count.
    'headco',
    '(?:head|roll) (?:counts?|calls?)',
    // "opened a formal investigation": a light verb, whose object tells the action; no place opened.
    '(?:open|opens|opened|opening) (?:a|an|the|its|their|his|her) (?:\\S+ ){0,2}(?:investigation|inquiry|enquiry|probe|review|audit)',
  ],
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
    '(?:forced|drove|driven|ordered|moved|moving|move|moves) (?:them|people|residents|families|everyone) out',
    // "pushed about 200 households out of the village": whatever did the pushing, people moved out.
    '(?:pushed|forced|drove|driven|pushing|forcing) (?:[^.;,]{0,25} )?(?:households|families|residents|people|villagers|tenants) out',
    // People told to go: "ordering everyone within half a mile to leave", "households were told to leave", "everyone
    // who was moved out", "200 households were sent away".
    '(?:ordered|ordering|orders|told|telling|tells|urged|urging|urges) (?:[^.;,]{0,30} )?to leave',
    '(?:households|families|residents|people|villagers|tenants|everyone|homes)(?: who)? (?:were|was|had been|have been|are being|were being) (?:moved out|sent away|ordered out|cleared|emptied)',
  ],
  // Something first seen: "a warden spotted water seeping", "the seep was first seen", "tests found E. coli".
  find: ['spotted', 'noticed', 'discov', 'detect', 'found', 'seen', 'sighted'],
  // "directed", not "director": a title tells who someone is, not what they did.
  order: ['order', 'ordere', 'directed', 'directs', 'directive', 'instru', 'mandat'],
  recall: ['recall', 'withdr', 'pulled from'],
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
    'suspen',
    'halted',
    'halt',
    // A study, an account or a project "frozen", "put on hold" or "paused" is stopped, for now.
    'froze',
    'freeze',
    'frozen',
    'paused',
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
  resign: ['resign', 'quit', 'step down', 'stepped down', 'steppe down'],
  sworn: [
    'sworn',
    'oath',
    'take office',
    'took office',
    'takes office',
    'inaugu',
    '(?:take|takes|took|taken|taking) (?:up )?(?:her|his|their|its|a|the) seat',
    'took charge',
    'take charge',
    'takes charge',
    'taking charge',
    'becomes? (?:\\S+ )?(?:mayor|president|leader|chair|chief|governor|head)',
    'became (?:\\S+ )?(?:mayor|president|leader|chair|chief|governor|head)',
  ],
  arrest: ['arrest', 'detain', 'charge', 'custod'],
  // "findings are due by this evening": something scheduled, not a target for work to reach.
  schedule: ['schedu', 'pencil', 'planne', 'timeta', 'due to', 'set for', '(?:is|are|was|were) due'],
  lift: ['lift', 'lifted', 'lifts', 'rescin', 'revoke', 'all-clear'],
  concede: ['concede', 'conced', 'admitt defeat'],
  recount: ['recoun'],
  visit: ['visit', 'visite', 'tour', 'toured', 'toure'],
  arrive: ['arrive', 'arriva', 'reach the site', 'reached the site', 'reach the scene', 'reached the scene'],
  // A ship, a train or a team leaving: "set sail", "sailed from India", "left port", "set off".
  // Not a "department", which is who acted ("the fire department tested the air").
  depart: [
    'depart(?:s|ed|ing|ure|ures)?',
    'sailed',
    '(?:set|sets|setting) (?:sail|off|out)',
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
  // People falling ill: "the first passengers fell ill on Nov 8" and "the outbreak began on the night of 8 November".
  sicken: ['(?:fell|fall|falls|falling|taken|became|become|becomes) ill', 'sicken', 'outbre'],
  // Getting on a ship or a plane: "boarded the ship by launch", "went aboard" (a launch here is a boat).
  board: ['boarde', '(?:went|go|goes|going|gone|came|come|comes|climbed|climb|climbs) aboard'],
  // An animal caught: "tranquilized a bear", "fired the dart", "knocked out by a warden's dart gun".
  capture: [
    'captur',
    'tranqu',
    'sedate',
    'darted',
    'dart gun',
    '(?:fired|fires|fire|shot|shoots) (?:a|the|its|his|her) (?:\\S+ )?dart',
  ],
  // People leaving a ship or a plane for land: "went ashore", "stepped off", "will be allowed off", "disembarked".
  disembark: [
    'disemb',
    '(?:go|goes|went|going|gone|get|gets|got|getting) ashore',
    '(?:stepped|step|steps|stepping|allowed|let|got|get|gets) off(?! (?:work|duty|the job|with))',
    // "Launches began ferrying passengers to the quay": people taken from a ship to land.
    '(?:ferry|ferries|ferried|ferrying) (?:\\S+ ){0,3}(?:ashore|to (?:the )?(?:quay|shore|jetty|harbou?r|dock|pier|land))',
  ],
  sign: ['sign', 'signed', 'signin'],
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
  pay: ['pay', 'wage', 'salary', 'rise', 'raise', 'increa'],
  cancel: ['cancel', 'scrapp', 'called off', 'axed', 'grounded'],
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
  // A call to a service, told by whoever took it or made it: "had taken a call about low pressure", "phoned the water
  // department", "called the police" (not "called for an inquiry", "called off", "called in").
  phone: [
    'phoned',
    '(?:took|taken|take|takes|taking|received|receive|receives|receiving|logged|got) (?:a|an|the|\\d+|several|dozens of|hundreds of) (?!close )(?:\\S+ ){0,2}(?:phone )?calls?\\b',
    '(?:called|calls|call|calling|rang|rung|rings|ring|ringing) (?:the )?(?:\\S+ ){0,2}(?:department|police|company|utility|council|office|hotline|helpline|authority|board|services|911|999|112)\\b',
  ],
};
