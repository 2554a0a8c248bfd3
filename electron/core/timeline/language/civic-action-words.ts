// What workers, voters, companies and office holders do, in words any outlet might choose: strikes, votes and their
// results, talks and deals, appointments and oaths, announcements, plans (action-words.ts gathers every kind of action).

/** Each civic or business action and the word stems or phrases (patterns) that tell it (see action-words.ts). */
export const CIVIC_ACTIONS: Record<string, string[]> = {
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
  agree: [
    'agree',
    'agreed',
    'agreem',
    'deal',

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
  recall: ['recall', 'withdr', 'pulled from'],
  // "stood down as chairman", "stepped aside"; not rescue teams "stood down" (sent home) or troops stood down by others.
  resign: [
    'resign',
    'quit',
    'step down',
    'stepped down',
    'steppe down',
    '(?<!(?:was|were|been|being|be|are|is) )(?:stood|stand|stands|standing) down(?! (?:the|their|its|his|her|all|\\d))',
    '(?:stepped|step|steps|stepping) aside',
  ],
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
  // "findings are due by this evening": something scheduled, not a target for work to reach.
  schedule: ['schedu', 'pencil', 'planne', 'timeta', 'due to', 'set for', '(?:is|are|was|were) due'],
  concede: ['concede', 'conced', 'admitt defeat'],
  recount: ['recoun'],
  sign: ['sign', 'signed', 'signin'],
  // Jobs lost at a stroke: "laid off 240 workers", "made 240 staff redundant", "shed 300 staff", "80 job cuts"; not pay
  // cut, nor workers' hours.
  layoff: [
    'layoff',
    'lay-of',
    '(?:laid|lay|lays|laying) off',
    'redundanc(?:y|ies)',
    'made (?:\\S+ ){0,3}redundant',
    'job (?:cuts|losses|losses)',
    "(?:cut|cuts|cutting|shed|sheds|shedding|axed|axe|axes|axing|slashed|slash|slashes|slashing|eliminated|eliminate|eliminates|eliminating|scrapped|scrap|scraps|scrapping|lose|loses|losing|lost) (?:(?:about|some|nearly|almost|more than|up to|over|around|another|a further|a total of|roughly|at least|all|a third of|half of|a quarter of) )*(?:[\\d,.]+ (?:million )?|hundreds of |thousands of |dozens of |its |their |the )?(?:\\S+ )?(?:jobs|staff|workers|employees|posts|positions|roles|workforce|headcount)\\b(?!['’])",
    '(?:jobs|staff|workers|employees|posts|positions|roles)(?: [^.;,]{0,30})? (?:were|was|have been|had been|will be|are being|being|are to be|would be) (?:laid off|let go|cut|axed|shed|lost)\\b',
  ],
  pay: ['pay', 'wage', 'salary', 'rise', 'raise', 'increa'],
  // Someone put out of a post by another: "sacked the manager", "ousted the chairman", "fired police chief Ray Dunn";
  // not flames that fired a barn, nor shots fired.
  dismiss: [
    'sacked',
    'sacking',
    'ousted',
    'ousting',
    '(?:fired|firing) (?:the |its |her |his |their )?(?:[\\w-]+ ){0,3}(?:chief|manager|coach|director|head|boss|executive|commissioner|superintendent|secretary|minister|editor|principal|captain|chairman|chairwoman|chair)\\b',
  ],
};
