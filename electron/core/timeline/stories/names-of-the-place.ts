// Two happenings of one town a day apart (a tractor overturned, then a van off the same road; a house fire, then a
// warehouse fire) are told with the same names: the town, its hospital, the sheriff's office, the road, the airport,
// the council, and the officials who speak for them all. Any local story of the place would give them, so however many
// two articles share they tell no reader the two are one story. What does is a name of the happening itself: the
// people it befell or who did it, the boat, the business, the rock or close it happened at. Two articles that share
// only the place's names count them as one, as they count the town alone (story-similarity.ts). An article's names of
// the place are read once, when its fingerprint is made (article-fingerprint.ts).

// The last words of a service or a public thing of a place: its hospital, council, police, sheriff's office, fire and
// ambulance services, airport, courts, roads. "Harbour Fryer" or "Brakewell Homes" is a business of its own.
const SERVICE_ENDS =
  /(?:^|\s)(?:hospital|infirmary|medical cent(?:er|re)|health (?:board|service|trust)|council|police(?: department| service| force)?|constabulary|sheriff(?:'s|’s|s)? (?:office|department)|fire (?:department|service|station|brigade|district)|fire and rescue(?: service)?|ambulance service|airport|(?:magistrates|crown|district|county|superior|circuit)(?:'|’)? court|courthouse|coastguard|lifeboat station|town hall|city hall|road|street|lane|avenue|highway|motorway|freeway|expressway|boulevard|bypass)$/;
// Public bodies of a place (officials-of-the-place.ts): "Ashcombe Parks Department", "Department of Transportation",
// "Kestrel School District", "National Weather Service".
const BODY_ENDS =
  /(?:^|\s)(?:(?:parks|recreation|public health|health|transportation|transit|water|utilities|planning|housing|sanitation|roads|highways|streets|wildlife|forestry|library|libraries|public works|emergency management)(?: and \S+)? (?:department|dept|agency|authority|board|division|office|commission|service)|weather service|school district|board of education)$|^(?:\S+ )*department of \S+(?: \S+)?$/;
// Roads numbered or named with their kind first: "Route 9", "Highway 61", "Interstate 5", "State Road 12".
const ROAD_FIRST = /^(?:route|highway|interstate|state (?:road|route|highway)|county road) \S+$/;

/** What the reader takes of an article: its names (lower-cased keys), and which it knows to be the place's. */
export interface NamesOfAnArticle {
  /** Lower-cased names, as fingerprints key them. */
  names: readonly string[];
  /** Names the tagger takes for places. */
  places: readonly string[];
  /** People named by an office of the place (officials-of-the-place.ts). */
  officials: ReadonlySet<string>;
  /** Words the text writes in lower case ("the general", "a hospital"): a name made of one is a word of the page. */
  lowerCaseWords: ReadonlySet<string>;
}

/**
 * The article's names that are the place's: places the tagger reads, services and roads of a place, its officials and
 * the words of their names given alone ("Tennant"), a word the text also writes in lower case ("the inspector", "a
 * general hospital"), and a word a service's name is made with (the town in "Kelby County Sheriff's Office"). Not the
 * dictionary's words as such: "Piper" or "Grace" may name the happening's aircraft or boat. Lower-cased, in the order
 * of `names`.
 */
export function namesOfThePlace(article: NamesOfAnArticle): string[] {
  const services = article.names.filter(
    (name) => SERVICE_ENDS.test(name) || BODY_ENDS.test(name) || ROAD_FIRST.test(name),
  );
  const officialWords = new Set([...article.officials].flatMap((name) => name.split(' ')));
  return article.names.filter((name) => {
    if (article.places.includes(name) || article.officials.has(name) || services.includes(name)) return true;
    if (name.includes(' ')) return false;
    if (officialWords.has(name) || article.lowerCaseWords.has(name)) return true;
    return services.some((service) => service !== name && service.split(' ').includes(name));
  });
}

/**
 * Whether every name two articles share (`inCommon`, two at least: one alone already counts as one) is the place's by
 * either article's reading (`placeNames`), or a word another shared name opens on ("pellow" beside "pellow ford").
 */
export function onlyNamesOfThePlace(
  a: { placeNames?: readonly string[] },
  b: { placeNames?: readonly string[] },
  inCommon: readonly string[],
): boolean {
  if (inCommon.length < 2 || (!a.placeNames && !b.placeNames)) return false;
  return inCommon.every(
    (name) =>
      a.placeNames?.includes(name) ||
      b.placeNames?.includes(name) ||
      inCommon.some((other) => other !== name && other.startsWith(`${name} `)),
  );
}
