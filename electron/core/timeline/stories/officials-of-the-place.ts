// The people an article names by an office of the place: the sheriff, the police inspector, the mayor, the council's
// leader, the fire station's watch manager, the ambulance service's manager, the hospital's spokeswoman, the harbour
// master. They speak for the town whatever befalls it, so two happenings of one town a day apart
// (a crash and a second crash, a fire and another fire) name the same ones in full: they are the town's, not the
// happening's. The happening's own people are those it befell or who did it (the driver, the skipper, the woman
// rescued, the man charged, the neighbour who saw it), whom an article names with no such office, or with a role of
// the happening itself ("the crane's driver", "a second-grade teacher", "union organiser"). Read by words alone (no
// tagger), for story fingerprints (article-fingerprint.ts).

// Public bodies of a place that answer for whatever befalls its parks, roads, water or weather: "the Parks Department",
// "the Department of Transportation", "the water authority", "the school district", "the National Weather Service". A
// school, a company or a club is as often the scene of its own happening, and is none of them.
const BODY = String.raw`(?:(?:parks|recreation|public\s+health|health|transportation|transit|water|utilities|planning|housing|sanitation|roads|highways|streets|animal\s+(?:control|services)|environmental\s+(?:protection|quality)|natural\s+resources|wildlife|forestry|libraries|library)(?:\s+and\s+[\p{L}]+)?\s+(?:department|dept\.?|agency|authority|board|division|office|commission|service)|department\s+of\s+(?:the\s+)?[\p{L}]+|(?:national\s+)?weather\s+service|school\s+(?:district|board)|board\s+of\s+education)`;
// Services of a place, whose chiefs, managers and spokespeople speak for them.
const SERVICE = String.raw`(?:police|constabulary|sheriff(?:'s|’s)?(?:\s+office)?|fire(?:\s+and\s+rescue)?(?:\s+service|\s+department|\s+brigade|\s+station)?|ambulance(?:\s+service)?|hospital|health\s+board|(?:town|city|county|parish|district|borough)?\s*council|coastguard|lifeboat|harbou?r|port\s+authority|airport|(?:state\s+)?highway\s+patrol|public\s+works|emergency\s+management(?:\s+agency)?|(?:mountain|cave|search\s+and)\s+rescue(?:\s+team)?|rescue\s+(?:team|service)|civil\s+defen[cs]e|emergency\s+(?:management|services)|${BODY})(?:'s|’s)?`;
// Where the service a "who" clause names ends its clause: "who chairs the parish council since 2015", not "who runs the
// Harbour Fryer" or "the bakery on Harbour Street".
const CLAUSE_ENDS = String.raw`(?=\s*(?:[,.;:)]|$)|\s+(?:since|for|in|at|and|on|who|said|says)\b)`;
// Who speaks for a service.
const HEAD = String.raw`(?:chief(?:\s+executive)?|manager|spokes(?:man|woman|person)|leader|director|officer|commander|superintendent|head|chair(?:man|woman)?|administrator|coordinator|president|meteorologist|forecaster)`;
// Offices named by themselves.
const OFFICE = String.raw`(?:sheriff|undersheriff|police\s+chief|fire\s+(?:chief|marshal)|chief\s+constable|chief\s+of\s+police|coroner|medical\s+examiner|(?:county\s+)?commissioner|(?:county|city|town)\s+(?:judge|supervisor|clerk)|public\s+information\s+officer|coroner|mayor|council(?:l)?or|council\s+member|cllr\.?|council\s+leader|leader\s+of\s+the\s+council|(?:town|city|county)\s+(?:manager|executive|administrator)|(?:school|schools)\s+superintendent|harbou?r\s*master|(?:watch|station|group|incident)\s+(?:manager|commander))`;
// Titles written capitalised before a name ("Chief Inspector", "Det Supt", "Superintendent Ray Costa", "the town's MP");
// lower-cased, "line inspector" is a trade.
const RANK = String.raw`(?:(?:Detective|Det\.?|Chief|Police|Assistant|Deputy)\s+)*(?:Inspector|Superintendent|Supt\.?|Constable|Sergeant|Sgt\.?|Commander|Marshal|Lieutenant|Lt\.?|Trooper)|Deputy|MP`;

// An office or a service's head, with what it is of ("leader of Halvard council"), ending where the name begins.
const ROLE = String.raw`(?:${OFFICE}|${SERVICE}(?:\s+(?!former\b)[\p{L}-]+){0,3}?\s+${HEAD}|${HEAD}\s+(?:of|for|at)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+){0,3}${SERVICE})`;
const ROLE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${ROLE}),?\s+$`, 'iu');
const RANK_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${RANK}),?\s+$`, 'u');
// ", the county sheriff," / ", a spokeswoman for Tilden Hospital," / ", who leads the council" / " of Ollerby fire
// station": an office told after the name, in the clause that follows it.
const ROLE_AFTER = new RegExp(
  String.raw`^(?:\s*,\s*(?:(?:the|a|an|its|[\p{Lu}][\p{L}'’-]*(?:'s|’s))\s+(?:(?!former\b)[\p{L}'’-]+\s+){0,3}?(?:${ROLE}|${RANK})(?![\p{L}])|who\s+(?:leads|heads|runs|chairs|has\s+chaired|speaks\s+for)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}?${SERVICE}${CLAUSE_ENDS})|\s+of\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+){0,3}${SERVICE}${CLAUSE_ENDS}|\s*,\s*(?:(?:executive|deputy|assistant)\s+)?${HEAD}\s+(?:of|for|at|with)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*(?:'s|’s)?\s+){0,3}${SERVICE}${CLAUSE_ENDS})`,
  'iu',
);
// How far before a name its office may begin.
const BEFORE = 60;

/**
 * The people (`people`, as the tagger names them) whom the text names by an office of the place, lower-cased as
 * fingerprints key them: with the office right before a mention in full ("Sheriff Dana Cole", "council leader Ann
 * Birch", "Chief Inspector Tom Reed") or told right after it (", the county sheriff,"). Someone a headline names is
 * the story's, whatever their office ("Mayor Ann Birch resigns"), and is left out.
 */
export function officialsOfThePlace(title: string, text: string, people: readonly string[]): Set<string> {
  return peopleNamedAs(
    title,
    text,
    people,
    (before, after, name) => officeBefore(before, name) || ROLE_AFTER.test(after),
  );
}

/**
 * The people in full (`people`, as the tagger names them) the text names as `named` reads the words right before a
 * mention (back to the sentence's start) and right after it, lower-cased; a person a headline names is left out.
 */
export function peopleNamedAs(
  title: string,
  text: string,
  people: readonly string[],
  named: (before: string, after: string, name: string) => boolean,
  afterLength = BEFORE,
): Set<string> {
  const found = new Set<string>();
  for (const name of people) {
    if (!name.includes(' ') || namedIn(title, name)) continue;
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, String.raw`\s+`);
    for (const match of text.matchAll(new RegExp(`(?<![\\p{L}'’-])${escaped}(?![\\p{L}-])`, 'gu'))) {
      const before = text
        .slice(Math.max(0, match.index - BEFORE), match.index)
        .split(/[.!?:;\n]\s/)
        .at(-1)!;
      const after = text.slice(match.index + match[0].length, match.index + match[0].length + afterLength);
      if (named(before, after, name)) {
        found.add(name.toLowerCase());
        break;
      }
    }
  }
  return found;
}

// Whether an office ends right before the given name, the words the tagger took into the name ("Superintendent Ray
// Costa", "Marshal Lynn Ochoa" after "Fire") read as written before it.
function officeBefore(before: string, name: string): boolean {
  const words = name.split(' ');
  for (let taken = 0; taken <= words.length - 2; taken++) {
    const told = `${before}${words.slice(0, taken).join(' ')}${taken > 0 ? ' ' : ''}`;
    if (ROLE_BEFORE.test(told) || RANK_BEFORE.test(told)) return true;
  }
  return false;
}

// Whether a headline names the person, in full or by surname ("Reddy asks for a recount").
function namedIn(title: string, name: string): boolean {
  const surname = name
    .split(' ')
    .at(-1)!
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}'’-])${surname}(?![\\p{L}-])`, 'u').test(title);
}
