// What happens to things and places, in words any outlet might choose: fires, floods, blasts, faults, collisions, falls,
// quakes and weather, each with the word stems (first letters of a word, lower case) or phrases (patterns) that tell it.
// action-words.ts holds what people do; actions.ts reads both.

export const HAPPENINGS: Record<string, string[]> = {
  fault: [
    'jam',
    'jammed',
    'stuck',
    'failed',
    'failur',
    'malfun',
    'broke',
    'broken',
    'fault',
    'defect',
    'leak',
    'leaked',
    'leakin',
    'spill',
    'spille',
    'spilt',
    'split',
    'ruptur',
    'fractu',
    'escape',
    // A main, a pipe or a dam that "burst" failed; not a river that "burst its banks" (a flood), a crowd that "burst
    // into" a room, nor "a burst of gunfire".
    '(?<!\\ba )(?:burst|bursts|bursting)\\b(?! (?:into|its|their|the banks|through|out|onto|open|of|in)\\b)',
    // A line, a screen or a cable that "went dead" failed; "tore through it" broke it.
    '(?:go|goes|went|gone|going) dead',
    // A main, a pipe or a wall that cracked failed; not police cracking down, a joke, a case or a safe cracked.
    // Not a thing described as cracked ("replaced a cracked section"): what was found, not when it failed.
    '(?<!\\b(?:a|an|the|its|their|his|her|any|some|two|three|several)\\s(?:[a-z]+ly\\s)?)(?:cracked|cracking)\\b(?! (?:down|open|the (?:case|code|whip|safe)|a (?:joke|smile|code|safe)|jokes)\\b)',
    '(?:tore|torn|tear|tears|tearing|ripped|rip|rips) (?:through|apart)',
  ],
  // Sewage let out where it should not go: "sewage spilled into the Orm", "discharged sewage", "sewers overflowed"; an
  // oil spill or a gas leak is a fault, and a patient discharged from hospital no spill.
  sewage: [
    '(?:sewage|effluent|wastewater|waste water)(?: [^.;,]{0,30})? (?:spilled|spilt|spills|spill|spilling|poured|pours|pouring|flowed|flows|flowing|overflowed|overflows|leaked|leaks|leaking|escaped|gushed|discharged|released|dumped|pumped|flooded|washed|entered|seeped)',
    '(?:spilled|spilt|spill|spills|spilling|discharged|discharge|discharges|discharging|released|release|releases|releasing|dumped|dump|dumps|dumping|pumped|pump|pumps|pumping|poured|pouring|leaked|leaking|spewed|spewing) (?:[^.;,]{0,30} )?(?:sewage|effluent|wastewater|waste water)',
    '(?:sewers?|drains?|storm overflows?|manholes?|septic tanks?)(?: [^.;,]{0,20})? (?:overflowed|overflows|overflowing|backed up|burst|spilled|spewed)',
    '(?:sewage|effluent|wastewater) (?:spills?|discharges?|leaks?|overflows?|releases?|dumping)',
  ],
  // A ship, a car or a train meeting something: "struck the harbour wall", "the collision", "Friday's accident".
  // "Struck" alone may be a strike ("drivers last struck in 2016"); struck something is an impact.
  impact: [
    'hit',
    'hits',
    'collis',
    'collid',
    'crash',
    'crashe',
    'accide',
    'smash',
    'rammed',
    'agroun',
    'struck (?:the|a|an|its|their) (?!deal|agreement|bargain|compromise)',
  ],
  // Water over its banks or its defences: "burst its banks", "overtopped the wall", "swamped", "poured over the wall".
  flood: [
    'overto',
    'swampe',
    'inunda',
    'submer',
    '(?:burst|bursts|bursting) (?:its|their|the) banks',
    '(?:poured|pours|spilled|spills|came|comes|flowed|flows|surged|surges|washed) over (?:the|its|their|a)',
  ],
  // A warning sounded to all: "sirens sounded", "the alarm went off", "sirens wailed". Its own moment, before what it
  // warns of.
  alarm: [
    '(?:sirens?|alarms?|klaxons?|horns?) (?:sounded|sound|sounds|sounding|went off|go off|goes off|wailed|wail|wails|blared|rang)',
    '(?:sounded|sound|sounds|sounding|raised|raise|raises|raising) the (?:alarms?|sirens?)',
    // Someone who set off or tripped an alarm sounded it: "set off the alarm at 2 a.m.", "tripped a sensor alarm".
    '(?:set|sets|setting|tripped|trip|trips|tripping|triggered|trigger|triggers|triggering) (?:off )?(?:the |an |a |its |their )?(?:\\S+ )?(?:alarms?|sirens?)',
  ],
  // "The water topped out at 4:15 a.m." is the river's peak in other words.
  peak: ['peak', 'peaked', 'peaks', 'crest', 'crests', 'crested', 'highes', '(?:top|tops|topped|topping) out'],
  rain: ['rain', 'rainfa', 'downpo', 'shower', 'storm'],
  // A storm reaching land: "came ashore", "made landfall", "crossed the coast", "since the cyclone hit".
  landfall: [
    'landfa',
    '(?:came|come|comes|coming) ashore',
    '(?:cross|crossed|crosses|crossing) the coast',
    '(?:storm|cyclone|hurricane|typhoon) (?:hit|hits|struck|strikes)',
    // A tornado reaching the ground: "touched down", "was on the ground".
    '(?<!(?:planes?|flights?|jets?|aircraft|airliners?|helicopters?|airships?) (?:[^.;,]{0,40} )?)(?:touched|touch|touches|touching) down',
    'touchdown',
    '(?:tornado|twister|funnel cloud) (?:was|were) on the ground',
  ],
  // "the tunnel collapsed", "a cave-in": a structure coming down. Ground or a cliff "slumped" comes down as a structure
  // does. A verb and its particle ("caved in", "gave way", "fell in") is read by grammar, in any form (deed-words.ts).
  collapse: [
    'collap',
    'slumpe',
    'slumps',
    'slump',
    'cave-in',
    // Ground that opens gives way: "the hole opened at 4:52 a.m.", "the ground opened up" (no place opened).
    '(?:holes?|sinkholes?|craters?|chasms?|cracks?|fissures?|ground|earth) (?:suddenly |had |has )?(?:opened|opens|open|opening)(?: up)?',
  ],
  fire: ['fire', 'blaze', 'wildfi', 'flames', 'burn', 'burned', 'burnt', 'sparke', 'ignite'],
  // A fire put out is its own moment, hours after the fire: "had the blaze out by 7.30", "put the flames out", "the
  // fire was brought under control" (the phrase holds the fire's word, which then tells no fire of its own).
  extinguish: [
    'exting',
    'doused',
    'douse',
    '(?:put|puts|putting|had|has|have|got|get|gets|getting) (?:the|a|an|its|their|that) (?:\\S+ ){0,2}(?:fires?|blazes?|flames|inferno) out\\b(?! of)',
    '(?:put|puts|putting) out (?:the|a|an|its|their|that) (?:\\S+ ){0,2}(?:fires?|blazes?|flames|inferno)',
    '(?:brought|bring|brings|bringing|got|get|gets|getting) (?:the|a|an|its|their|that) (?:\\S+ ){0,2}(?:fires?|blazes?|flames|inferno) under control',
    '(?:fires?|blazes?|flames|inferno) (?:was|were|had been|has been|have been|is|are) (?:(?!not |never )\\S+ ){0,2}(?:out|extinguished|doused|under control)\\b(?! of)',
  ],
  erupt: [
    'erupt',
    'erupti',
    'explos',
    'explod',
    'blast',
    'burst into life',
    'came to life',
    'roared into life',
    // A craft destroyed in one moment: "broke apart", "came apart", "blew up".
    '(?:broke|break|breaks|breaking|broken|came|come|comes|coming) apart',
    '(?:blew|blow|blows|blown) up',
    'disinteg',
  ],
  quake: ['quake', 'quakes', 'earthq', 'tremor', 'afters', 'seismi'],
  weather: ['wind', 'winds', 'ease', 'eased', 'gusts', 'forecast', 'temper', 'heat', 'frost'],
  // A train off its rails: "derailed", "came off the rails", "left the track on a curve".
  derail: [
    'derail',
    '(?:came|come|comes|coming|went|go|goes|going) off (?:the|its) (?:rails|tracks?|line)',
    '(?:left|leave|leaves|leaving|jumped|jump|jumps|jumping) (?:the|its) (?:rails|tracks?)',
  ],
  // A market's answer to the news: "shares in its parent fell 4.2 percent", "the stock had lost a third of its value
  // by the closing bell". Its own happening, not the announcement or the deed that moved it.
  market: [
    '(?:shares|stock|stocks|share price|shares? prices?|stock price)(?: in| of)? (?:\\S+ ){0,4}(?:fell|fall|falls|falling|rose|rise|rises|rising|sank|sink|sinks|slid|slide|slides|slipped|dropped|drop|drops|jumped|jump|jumps|climbed|gained|lost|tumbled|plunged|plummeted|soared|surged|slumped|closed|ended|finished)',
    'closing bell',
    '(?:lost|wiped|shed|wiping|losing) (?:[^.;,]{0,30} )?(?:of )?(?:its|their) (?:market )?value',
  ],
};
