// What courts, officials and inquiries do, in words any outlet might choose: cases heard and ruled on, claims filed,
// inquiries opened, orders given and lifted, arrests, deadlines set (action-words.ts gathers every kind of action).

/** Each legal or official action and the word stems or phrases (patterns) that tell it (see action-words.ts). */
export const LEGAL_ACTIONS: Record<string, string[]> = {
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
    // Someone who "returns to court" or is "back in court" that day comes to a hearing.
    '(?:return|returns|returned|returning|due back|is back|are back|was back|were back) (?:in|to|before) (?:the )?(?:\\S+ )?court',
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
    // "found the builder guilty", "found care home owner Brian Toller not guilty": a verdict, whoever is named between;
    // not what was found ("found no evidence that staff were guilty", "found nothing to show the firm liable").
    "(?:found|find|finds) (?:(?!(?:no|nothing|that|whether|if|evidence|proof)\\b)[A-Za-z'’.,-]+ ){0,5}(?:not )?(?:guilty|liable|innocent)",
  ],
  // Someone brought before a court for a hearing of their case: "appeared before magistrates", "will appear in court
  // tomorrow", "was remanded in custody", "was arraigned", "was ordered held until a hearing", "entered a plea", "pleaded
  // not guilty". One outlet's remand is another's appearance: each tells the one hearing. Not "appeared to" (seemed) nor
  // an appearance on a stage or screen.
  appear: [
    "(?:appear|appears|appeared|appearing|appearance) (?:\\S+ ){0,2}(?:in|before|at) (?:[\\w'’.-]+ ){0,4}(?:court|courts|magistrates|judge|justices|sheriff)\\b",
    '(?:court|first|initial|brief) appearance',
    'remand',
    'arraig',
    '(?:ordered|was ordered|were ordered) (?:held|detained|kept in custody|jailed) (?:until|pending|without bail)',
    '(?:entered|enter|enters|entering) (?:a |no |his |her |their )?pleas?',
    '(?:pleaded|pleads|plead|pled) (?:not )?guilty',
  ],
  // A punishment a court gives, its own deed after the verdict: "jailed for seven years", "was sentenced to 200 hours".
  sentence: ['senten', 'jailed', 'jailin', 'impris'],
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
  // "directed", not "director": a title tells who someone is, not what they did.
  order: ['order', 'ordere', 'directed', 'directs', 'directive', 'instru', 'mandat'],
  // Taking someone ("seizing him at a roadside motel", "grabbed her outside the station"), not goods or assets seized.
  arrest: [
    'arrest',
    'detain',
    'charge',
    'custod',
    // "officers apprehended him": arrested, in other words.
    'appreh',
    '(?:seized|seizing|seize|seizes|grabbed|grabbing|nabbed|nabbing|collared|collaring) (?:him|her|them)\\b',
    // Someone "held by police" or "being held on suspicion of arson" was arrested; not a meeting or talks held.
    '(?:was|were|been|being|is|are) held\\b(?=[^.;]{0,30}\\b(?:by (?:police|officers|detectives|troops|soldiers|guards|authorities)|on suspicion|in custody|for questioning|without charge|in connection with)\\b)',
    '(?:held|holding|holds) by (?:police|officers|detectives)',
    // A person "was held" that day: "He was held on Monday at an address in the town" (not held up, hostage or liable).
    '(?:he|she|they|man|woman|men|women|boy|girl|teenagers?|youths?|suspects?|drivers?|[\\w-]+-year-old) (?:was|were|has been|had been|have been|is being|was being|were being) held\\b(?! (?:up|back|off|hostage|captive|responsible|liable|accountable|to account|in contempt|together|open|in high)\\b)',
  ],
  lift: ['lift', 'lifted', 'lifts', 'rescin', 'revoke', 'all-clear'],
};
