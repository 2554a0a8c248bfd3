// People, organisations and places an article names: compromise, helped by news-style patterns, normalised and grouped.
import nlp from 'compromise';
// Fingerprints read protagonists with the tagger this module loads: they learn how here (protagonist-reader.ts).
import './protagonist-facts.ts';
// And the days their openings tell, with the date parser (opening-days-reader.ts).
import './opening-days.ts';
import { COMPROMISE_BATCH, type TextRange, taggerRanges } from '../language/tagger-ranges.ts';

export interface Entities {
  people: string[];
  organizations: string[];
  places: string[];
}

export type EntityKind = 'person' | 'organization' | 'place';

export interface EntityMention {
  kind: EntityKind;
  /** The normalised name ("Irena Vasko" for "Mayor Irena Vasko", "Vasko" and "Vasko's"). */
  name: string;
  start: number;
  end: number;
}

const WORD = "\\p{Lu}[\\p{L}'’.-]*";
const NAME = `${WORD}(?:\\s+(?:van|von|de|da|der|al|bin)?\\s*${WORD}){0,3}`;

// Titles and roles that precede a name and are not part of it.
const TITLES =
  'Mayor|Major|President|Vice President|Prime Minister|Deputy Foreign Minister|Foreign Minister|Minister|Secretary|Senator|Sen\\.|Rep\\.|Governor|Gov\\.|Dr\\.?|Mr\\.?|Mrs\\.?|Ms\\.?|Miss|Prof\\.|Professor|Director|Chancellor|King|Queen|Pope|General|Gen\\.|Colonel|Captain|Judge|Sheriff|Chief|Inspector|Councillor|Councilor|Commissioner|Ambassador';
const TITLE_PREFIX = new RegExp(`^(?:(?:${TITLES})\\s+)+`, 'iu');
const PERSON_AFTER_TITLE = new RegExp(
  `\\b(?:${TITLES}|president|mayor|minister|spokesperson|spokesman|spokeswoman|councillor|manager|engineer|aide|librarian|conservator|director|ecologist|baker|minister)\\s+(${NAME})`,
  'gu',
);
const PERSON_BEFORE_VERB = new RegExp(
  `(${NAME})\\s+(?:said|says|told|added|ordered|announced|wrote|argued|warned)\\b`,
  'gu',
);
const SAID_PERSON = new RegExp(`\\b(?:said|says|according to)\\s+(${NAME})`, 'gu');

const ORG_SUFFIX =
  'Authority|Pharma|Holdings|Systems|Securities|Airlines|Motors|Energy|Labs|Partners|Capital|Media|Construction|Council|Ferries|Battalion|University|Ministry|Department|Agency|Company|Corporation|Group|Party|Office|Service|Bank|Commission|Committee|Institute|Association|Union|Foundation|Police|Army|Navy|Court|Parliament|Inc\\.|Ltd\\.?|Corp\\.?|Co\\.|House|Wire|Post|Ledger|Times|News';
const ORGANIZATION = new RegExp(`\\b((?:${WORD}\\s+){0,4}(?:${ORG_SUFFIX}))\\b`, 'gu');
const KNOWN_ORGANIZATIONS = /\b(Kremlin|Reuters|CNN|BBC|NATO|UN|EU|Congress|Pentagon)\b/gu;
const PLACE_SUFFIX = 'Bridge|Dam|Lane|Steps|Street|Road|Square|Hall|Station|Valley|Park|Harbour|Harbor|Island|Bay';
const LONE_PLACE_KIND = new RegExp(`^(?:${PLACE_SUFFIX})$`, 'u');
const PLACE = new RegExp(`\\b((?:${WORD}\\s+){1,3}(?:${PLACE_SUFFIX})|River\\s+${WORD})\\b`, 'gu');

// Capitalised words that open sentences or name times, never entities on their own.
const NOT_NAMES = new Set(
  'The A An It He She They We I But And So In On At By For From With After Before When While If As This That These Those There Here His Her Its Their Our Some Many Most All No One Two Three Today Yesterday Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Nobody Separately Relief Copies Businesses Schools Several Divers Engineers Opposition Project Head Not Mayor Major President Director Minister St Mt'.split(
    ' ',
  ),
);

const INNER_TITLE = new RegExp(`^.*\\s(?:${TITLES})\\s+(?=\\p{Lu})`, 'u');
const JOINING_WORDS = new Set(['of', 'the', 'and', 'for', 'de', 'van', 'von', 'der', 'da', 'al', 'bin', 'on', 'upon']);

const PRIORITY: Record<EntityKind, number> = { organization: 3, place: 2, person: 1 };

interface Raw {
  kind: EntityKind;
  name: string;
  start: number;
  end: number;
}

/** Strips titles, possessives and stray punctuation: "Mayor Irena Vasko's" → "Irena Vasko". */
export function normalizeEntityName(raw: string): string {
  return raw
    .replace(/,.*$/u, '')
    .replace(/[\s.,;:!?"“”‘’'()—–-]+$/u, (tail) =>
      /^\.$/.test(tail) && /\b\p{Lu}$/u.test(raw.slice(0, -1)) ? tail : '',
    )
    .replace(/['’]s$/u, '')
    .replace(/(?<=s)['’]$/u, '')
    .replace(/^[\s"“‘'(]+/u, '')
    .replace(/^the\s+/i, '')
    .replace(TITLE_PREFIX, '')
    .replace(/\s+/g, ' ')
    .replace(/\p{Lu}{4,}/gu, (shout) => shout[0] + shout.slice(1).toLowerCase())
    .trim();
}

/**
 * Groups people's names: a bare surname ("Vasko") or a shorter form joins the longest name that ends with it
 * ("Irena Vasko"). Returns each name's group name.
 */
export function groupPeople(names: readonly string[]): Map<string, string> {
  const full = [...new Set(names)].sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length);
  const groups = new Map<string, string>();
  for (const name of full) {
    // "Vasko" joins "Irena Vasko"; a lone first name joins the only full name it starts.
    const starting = name.includes(' ') ? [] : full.filter((other) => other.startsWith(`${name} `));
    const longer =
      full.find((other) => other !== name && other.endsWith(` ${name}`)) ??
      (starting.length === 1 ? starting[0] : undefined);
    groups.set(name, longer ? (groups.get(longer) ?? longer) : name);
  }
  return groups;
}

export type { TextRange };

// Names are read from a text's first 200,000 characters, as events are (events.ts): the tagger takes about a second
// per 40,000 characters of prose, so a book-length or hostile page read whole would hold its reader for minutes.
export const LONGEST_TEXT_NAMED = 200_000;

/** The text up to the last space or line break before the limit, so no name is cut in two. */
function namedPart(text: string): string {
  if (text.length <= LONGEST_TEXT_NAMED) return text;
  const cut = Math.max(text.lastIndexOf(' ', LONGEST_TEXT_NAMED), text.lastIndexOf('\n', LONGEST_TEXT_NAMED));
  return text.slice(0, cut > 0 ? cut : LONGEST_TEXT_NAMED);
}

/**
 * Every entity mention in the text (its first `LONGEST_TEXT_NAMED` characters), with offsets; people are grouped across
 * it. With `within`, the (slow) language model reads only those ranges, as events need only their sentences' entities.
 */
export function findEntityMentions(whole: string, within?: readonly TextRange[]): EntityMention[] {
  const text = namedPart(whole);
  const ranges = within
    ?.filter((range) => range.start < text.length)
    .map((range) => ({ start: range.start, end: Math.min(range.end, text.length) }));
  const trimmed = [...fromCompromise(text, ranges), ...fromPatterns(text)]
    .map((mention) => trimMention(text, mention))
    .filter((mention): mention is Raw => mention !== null);
  // "the Tessa Marie", "The Mary Rose": a name that takes "the" is a ship's, a building's or a thing's, not a person's.
  const things = new Set(
    trimmed
      .filter(
        (m) => m.kind === 'person' && /(?:^|[^\p{L}])the\s+$/iu.test(text.slice(Math.max(0, m.start - 5), m.start)),
      )
      .map((m) => m.name),
  );
  const raw = trimmed.filter((m) => m.kind !== 'person' || !things.has(m.name));
  // Longest, then most specific, mention wins a span.
  raw.sort((a, b) => b.end - b.start - (a.end - a.start) || PRIORITY[b.kind] - PRIORITY[a.kind]);
  const kept: Raw[] = [];
  for (const mention of raw) {
    if (kept.some((k) => mention.start < k.end && k.start < mention.end)) continue;
    kept.push(mention);
  }
  shortenedOrganizations(kept);
  companiesTakenForPeople(text, kept);
  const people = kept.filter((m) => m.kind === 'person').map((m) => m.name);
  const groups = groupPeople(people);
  const mentions: EntityMention[] = kept.map((m) => ({
    ...m,
    name: m.kind === 'person' ? (groups.get(m.name) ?? m.name) : m.name,
  }));
  mentions.push(...surnameMentions(text, groups, kept));
  return mentions.sort((a, b) => a.start - b.start);
}

/**
 * A lone word taken for a person that opens exactly one organisation's name ("Nordvik" beside "Nordvik Pharma") is
 * that organisation, mentioned for short.
 */
function shortenedOrganizations(mentions: Raw[]): void {
  const organizations = [...new Set(mentions.filter((m) => m.kind === 'organization').map((m) => m.name))];
  for (const mention of mentions) {
    if (mention.kind !== 'person' || mention.name.includes(' ')) continue;
    const full = organizations.filter((name) => name.startsWith(`${mention.name} `));
    if (full.length === 1) Object.assign(mention, { kind: 'organization', name: full[0] });
  }
}

// What only a company has: "Gallowfield's managing director", "Sahyadri's shares", "Karrow's creditors".
const COMPANY_OWNS =
  '(?:shares?|stock|chief executive|managing director|board|employees|workforce|managers|headquarters|factory|plants?|stores|customers|creditors|shareholders)';

/** A lone word taken for a person that owns what only a company has is that company. */
function companiesTakenForPeople(text: string, mentions: Raw[]): void {
  const names = new Set(mentions.filter((m) => m.kind === 'person' && !m.name.includes(' ')).map((m) => m.name));
  for (const name of names) {
    const owns = new RegExp(`(?<![\\p{L}-])${escapeRegExp(name)}['’]s\\s+${COMPANY_OWNS}\\b`, 'u');
    if (!owns.test(text)) continue;
    for (const mention of mentions)
      if (mention.kind === 'person' && mention.name === name) mention.kind = 'organization';
  }
}

/** The distinct entities of a text (its first `LONGEST_TEXT_NAMED` characters), each in order of first mention. */
export function extractEntities(text: string): Entities {
  return entitiesOf(findEntityMentions(text));
}

export function entitiesOf(mentions: readonly EntityMention[]): Entities {
  const pick = (kind: EntityKind) => [...new Set(mentions.filter((m) => m.kind === kind).map((m) => m.name))];
  return { people: pick('person'), organizations: pick('organization'), places: pick('place') };
}

function fromCompromise(text: string, within?: readonly TextRange[]): Raw[] {
  // Read in batches: the tagger's offsets take time that grows with the square of the text it read at once.
  const ranges = taggerRanges(text, within ?? [{ start: 0, end: text.length }]);
  const out: Raw[] = [];
  let batch: TextRange[] = [];
  let length = 0;
  for (const range of ranges) {
    if (batch.length > 0 && length + range.end - range.start > COMPROMISE_BATCH) {
      out.push(...fromCompromiseBatch(text, batch));
      batch = [];
      length = 0;
    }
    batch.push(range);
    length += range.end - range.start + 2;
  }
  if (batch.length > 0) out.push(...fromCompromiseBatch(text, batch));
  return out;
}

function fromCompromiseBatch(text: string, ranges: readonly TextRange[]): Raw[] {
  // The ranges are read as one text, paragraphs apart; `segments` maps its offsets back.
  const segments: { from: number; to: number; original: number }[] = [];
  let joined = '';
  for (const range of ranges) {
    if (joined) joined += '\n\n';
    segments.push({ from: joined.length, to: joined.length + range.end - range.start, original: range.start });
    joined += text.slice(range.start, range.end);
  }
  const toOriginal = (offset: number) => {
    const segment = segments.findLast((s) => s.from <= offset) ?? segments[0]!;
    return segment.original + offset - segment.from;
  };
  const doc = nlp(joined);
  const out: Raw[] = [];
  const add = (kind: EntityKind, view: { json(options: object): unknown }) => {
    for (const item of view.json({ offset: true, terms: false }) as {
      text: string;
      offset: { start: number; length: number };
    }[]) {
      const start = toOriginal(item.offset.start);
      out.push({ kind, name: item.text, start, end: start + item.offset.length });
    }
  };
  add('person', doc.people());
  add('organization', doc.organizations());
  add('place', doc.places());
  // "Delia Marsh": a given name before a word that may be a place's is a person's name.
  for (const mention of out) if (mention.kind === 'place' && isPersonName(mention.name)) mention.kind = 'person';
  return out;
}

const PLACE_WORD = new RegExp(
  `^(?:${PLACE_SUFFIX}|City|Town|County|Hill|Hills|Lake|Mount|Port|Fort|Beach|Creek)$`,
  'u',
);
// Compromise's reading of single words, kept: names recur from article to article.
const givenNames = new Map<string, boolean>();
const plurals = new Map<string, boolean>();

/** Two or three capitalised words opening on a given name, ending on none of a place's words. */
function isPersonName(name: string): boolean {
  const words = normalizeEntityName(name).replace(INNER_TITLE, '').split(' ');
  if (words.length < 2 || words.length > 3 || words.some((word) => !/^\p{Lu}\p{Ll}/u.test(word))) return false;
  if (PLACE_WORD.test(words.at(-1)!)) return false;
  return isGivenName(words[0]!);
}

/** "Librarian Joan Pike", "Local MP Hannah Pryor": words before a given name and a surname say who someone is. */
function withoutRole(name: string): string {
  const words = name.split(' ');
  if (words.length < 3 || isGivenName(words[0]!)) return name;
  const given = words.findIndex((word, i) => i > 0 && i <= words.length - 2 && isGivenName(word));
  return given > 0 ? words.slice(given).join(' ') : name;
}

function isPluralNoun(word: string): boolean {
  if (!/s$/.test(word)) return false;
  if (!plurals.has(word)) plurals.set(word, nlp(word.toLowerCase()).has('#Plural'));
  return plurals.get(word)!;
}

/** Whether a capitalised word is a given name ("Delia", "Colin"), whatever follows it. */
function isGivenName(word: string): boolean {
  if (!givenNames.has(word)) givenNames.set(word, nlp(word).has('#FirstName'));
  return givenNames.get(word)!;
}

function fromPatterns(text: string): Raw[] {
  const out: Raw[] = [];
  const collect = (kind: EntityKind, pattern: RegExp, group: number) => {
    for (const match of text.matchAll(pattern)) {
      const value = match[group]!;
      const start = match.index + match[0].indexOf(value);
      out.push({ kind, name: value, start, end: start + value.length });
    }
  };
  collect('person', PERSON_AFTER_TITLE, 1);
  collect('person', PERSON_BEFORE_VERB, 1);
  collect('person', SAID_PERSON, 1);
  collect('organization', ORGANIZATION, 1);
  collect('organization', KNOWN_ORGANIZATIONS, 1);
  collect('place', PLACE, 1);
  return out;
}

/** Normalises a mention's name and narrows its offsets to it; null when nothing name-like is left. */
function trimMention(text: string, mention: Raw): Raw | null {
  const surface = text.slice(mention.start, mention.end);
  // A span that runs across a sentence end ("… of Kellbridge. Northline Wire") keeps its last part.
  const part = surface.split(/(?<=\p{Ll}{2})\.\s+/u).at(-1)!;
  let words = part.split(/\s+/).filter(Boolean);
  while (words.length > 1 && NOT_NAMES.has(words[0]!.replace(/['’]s$/u, ''))) words = words.slice(1);
  let name = normalizeEntityName(words.join(' '));
  // "Kellbridge Mayor Irena Vasko" is Irena Vasko; "Kellbridge's Old Mill Bridge" is the Old Mill Bridge.
  name = name.replace(INNER_TITLE, '').replace(/^.*['’]s\s+(?=\p{Lu}\S*\s+\p{Lu})/u, '');
  if (mention.kind === 'person') name = withoutRole(name);
  // "Investigators said …", "Villagers told …": a plural noun opening a sentence is a group, not a person.
  if (mention.kind === 'person' && !name.includes(' ') && isPluralNoun(name)) return null;
  if (!name || name.length < 2 || NOT_NAMES.has(name) || !capitalised(name)) return null;
  // "Road agent Phil Dussault", "Street parking": a kind of place with no name before it is no place.
  if (mention.kind === 'place' && LONE_PLACE_KIND.test(name)) return null;
  const offset = surface.lastIndexOf(name.split(' ')[0]!);
  const start = mention.start + Math.max(offset, 0);
  return { kind: mention.kind, name, start, end: Math.min(mention.end, start + name.length) };
}

/** Every word of a name is capitalised, but for joining words: "Millfield community" is no name. */
function capitalised(name: string): boolean {
  return name.split(/[\s-]+/).every((word) => /^[\p{Lu}\d&]/u.test(word) || JOINING_WORDS.has(word));
}

/** Bare surnames ("Vasko said") that compromise did not tag, credited to the person they belong to. */
function surnameMentions(text: string, groups: Map<string, string>, taken: readonly Raw[]): EntityMention[] {
  const bySurname = new Map<string, string>();
  // A one-word name ("Zelenskyy") is its own surname: every mention of it counts.
  for (const group of new Set(groups.values())) bySurname.set(group.split(' ').at(-1)!, group);
  const out: EntityMention[] = [];
  for (const [surname, name] of bySurname) {
    const pattern = new RegExp(`(?<![\\p{L}'’-])${escapeRegExp(surname)}(?![\\p{L}-])`, 'gu');
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + surname.length;
      if (taken.some((t) => start < t.end && t.start < end)) continue;
      out.push({ kind: 'person', name, start, end });
    }
  }
  return out;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
