// Years in news text: "in 2022", "since 1987", "between 2000 and 2020"; a year naming a past happening ("a 2010
// eruption", "the 1998 parliamentary election") is background; the age of a thing ("newspapers from 1931") is none.
import nlp from 'compromise';
import { type CalendarDay, YEAR_DIGITS } from './calendar.ts';
import { type Candidate, yearCandidate } from './candidates.ts';

// A year before 1800 ("set up the foundry in 1791") only where its clause ends with it: "in 1500 homes" is a count.
const EARLY_YEAR =
  '1[0-7]\\d{2}(?=\\s*(?:[.,;:!?)—–]|$)|\\s+(?:and|or|but|when|to|until|till|as|after|before|while)\\b)';
const YEAR = `(${YEAR_DIGITS}|${EARLY_YEAR})`;
const RANGE = new RegExp(`\\b(?:between|from)\\s+${YEAR}\\s+(?:and|to|until)\\s+${YEAR}\\b`, 'gi');
const AFTER_TIME_WORD = new RegExp(
  `\\b(?:in|since|of|from|until|till|by|during|before|after|around|early|mid-|late|year)\\s+(?:the\\s+\\w+\\s+of\\s+)?${YEAR}\\b(?![\\s-]*(?:%|percent|tonnes|metres|meters|kilometres|km|people|euros?|dollars))`,
  'gi',
);
// Happenings a year can name before their noun: "a 2010 eruption", "the 1998 parliamentary election", "its 2019 strike",
// "its failed 2023 bid", "the owner's 2027 outbreak"; crimes too ("a 2030 carjacking", "the 2019 bank robbery"), and
// what befalls ships and animals ("a 2017 stranding", "the 2009 capsizing"); honours given ("the 1994 New Year Honours");
// what was promised in a speech or manifesto ("the 2039 King's Speech").
const HAPPENINGS =
  '(?:car)?jackings?|hijackings?|robber(?:y|ies)|burglar(?:y|ies)|thefts?|heists?|shootings?|stabbings?|killings?|murders?|assaults?|kidnappings?|abductions?|break-?ins?|breakouts?|jailbreaks?|escapes?|arrests?|convictions?|eruptions?|elections?|referendums?|referenda|votes?|ballots?|floods?|flooding|fires?|wildfires?|blazes?|earthquakes?|quakes?|tsunamis?|storms?|hurricanes?|tornado(?:e?s)?|twisters?|blizzards?|hailstorms?|snowstorms?|gales?|blackouts?|outages?|mudslides?|sinkholes?|cyclones?|typhoons?|droughts?|heatwaves?|landslides?|landslips?|slips?|avalanches?|strikes?|walkouts?|lockouts?|stoppages?|protests?|riots?|wars?|invasions?|coups?|crises|crisis|crash(?:es)?|recessions?|collapses?|explosions?|blasts?|attacks?|bombings?|outbreaks?|epidemics?|pandemics?|recalls?|mergers?|takeovers?|bankruptc(?:y|ies)|bailouts?|closures?|shutdowns?|evacuations?|derailments?|spills?|leaks?|accidents?|groundings?|strandings?|beachings?|die-?offs?|mass deaths?|collisions?|sinkings?|capsizings?|shipwrecks?|wrecks?|crashes|reviews?|audits?|inspections?|surveys?|disasters?|summits?|recounts?|campaigns?|races?|contests?|finals?|tournaments?|championships?|olympics|games|world cups?|seasons?|renovations?|restorations?|refits?|repairs?|reforms?|inquir(?:y|ies)|trials?|cases?|scandals?|investigations?|negotiations?|talks|disputes?|deals?|agreements?|ceasefires?|treaties|treaty|census|budgets?|rescues?|speech(?:es)?|manifestos?|conferences?|launch(?:es)?|openings?|reopenings?|visits?|tours?|events?|incidents?|emergenc(?:y|ies)|bids?|offers?|attempts?|dances?|concerts?|festivals?|weddings?|parties|party|parades?|ceremon(?:y|ies)|reunions?|fairs?|matches|honou?rs|awards?';
const HAPPENING_YEAR = new RegExp(
  `\\b(?:a|an|the|its|their|his|her|our|that|this|last|previous|earlier|similar|[\\p{L}-]+(?:['’]s|s['’]))\\s+(?:(?:failed|abortive|aborted|unsuccessful|successful|ill-fated|rejected|doomed)\\s+)?${YEAR}\\s+(?:[\\p{L}-]+(?:['’]s)?\\s+){0,2}?(?:${HAPPENINGS})\\b`,
  'giu',
);
// A past happening known by its role rather than its noun: the object of a preposition of time ("since the 1983
// buyout", "after a 1953 surge", "during the 1974 occupation") is a time or a happening, and so is what a thing was
// lost or harmed in ("was stolen in a 1987 raid", "were wrecked in the 1962 gale"). Not a clause whose subject the
// year describes ("since the 1911 bridge opened").
const HARMED =
  '(?:stolen|taken|lost|destroyed|damaged|wrecked|ruined|looted|razed|burn(?:ed|t)|flattened|demolished|smashed|sunk|toppled|killed|injured|hurt|wounded|swept\\s+away|washed\\s+away|carried\\s+off|knocked\\s+out|cut\\s+off)';
const HAPPENING_BY_ROLE = new RegExp(
  `\\b(?:(?:during|after|before|since|following)|(?:was|were|been|being|be|is|are)\\s+(?:\\p{Ll}+ly\\s+)?${HARMED}\\s+in)\\s+(?:a|an|the|its|their|his|her|our|that|this|[\\p{L}-]+(?:['’]s|s['’]))\\s+(?:\\p{Ll}[\\p{L}-]*\\s+)?${YEAR}\\s+[\\p{L}-]+(?![\\p{L}-])(?!\\s+(?:was|were|is|are|had|has|have|\\p{L}+ed)\\b)`,
  'giu',
);
// Things whose age a year gives: "bound newspapers from 1931", "letters dating from 1899", "an accounting system from
// 2004", "vines from 1911". Their year is no event.
const OBJECTS_FROM =
  /\b(?:newspapers?|papers?|letters?|photo(?:graph)?s?|pictures?|images?|documents?|records?|files?|maps?|coins?|stamps?|diar(?:y|ies)|recordings?|footage|films?|tapes?|books?|manuscripts?|plans?|drawings?|ledgers?|bottles?|wines?|vintages?|cars?|notes?|receipts?|tickets?|posters?|issues?|editions?|copies|archives?|data|samples?|furniture|timbers?|beams?|bricks?|tiles?|panels?|windows?|structures?|buildings?|houses?|vines?|vats?|barrels?|casks?|systems?|software|machines?|machinery|equipment|engines?|carriages?|wagons?|organs?|clocks?|bells?|pipes?|mains|cables?|dating|dates|dated)\s+(?:back\s+)?(?:from|to)\s+$/i;

// Things told by their age: "every dam built before 1900" (a participle, not "was built in 1896"), "the mains under
// Main Street are from 1921".
const AGE_OF_THINGS =
  /(?:(?<!\b(?:was|were|is|are|been|be|being|had|has|have)\s+)\b(?:built|made|constructed|erected|installed|laid|dug)\s+(?:before|after|prior\s+to)|\b(?:is|are|was|were)\s+(?:all\s+|mostly\s+|largely\s+)?from)\s+$/i;

/**
 * "in 2022", "since 1987", "of 2019": a year after a word that makes it a time (not "the 1911 bridge"); "between 2000
 * and 2020" is a range of years; "a 2010 eruption" is a past happening, marked as background.
 */
export function years(sentence: string, reference: CalendarDay): Candidate[] {
  const out: Candidate[] = [];
  for (const match of sentence.matchAll(RANGE)) {
    out.push(yearCandidate(Number(match[1]), match[0], match.index, Number(match[2])));
  }
  for (const match of sentence.matchAll(AFTER_TIME_WORD)) {
    const yearIndex = match.index + match[0].lastIndexOf(match[1]!);
    const before = sentence.slice(0, yearIndex);
    if (!/^\s*(?:to|until|till|[-–])\s/.test(rest(sentence, yearIndex))) {
      if (OBJECTS_FROM.test(before) || AGE_OF_THINGS.test(before)) continue;
      if (Number(match[1]) < reference.year && thingFrom(sentence, before, rest(sentence, yearIndex))) continue;
      if (thingOf(before, rest(sentence, yearIndex))) continue;
    }
    out.push(yearCandidate(Number(match[1]), match[1]!, yearIndex));
  }
  for (const match of sentence.matchAll(HAPPENING_BY_ROLE)) {
    if (Number(match[1]) >= reference.year) continue;
    const yearIndex = match.index + match[0].indexOf(match[1]!);
    out.push({ ...yearCandidate(Number(match[1]), match[1]!, yearIndex), background: true });
  }
  for (const match of sentence.matchAll(HAPPENING_YEAR)) {
    const yearIndex = match.index + match[0].indexOf(match[1]!);
    out.push({ ...yearCandidate(Number(match[1]), match[1]!, yearIndex), background: true });
  }
  return out;
}

/**
 * "the locks, which date from 1902", "spray booths from 1996", "the kettle, from 1936, …": a past year after "from"
 * that follows a noun or the verb "date" gives the age of a thing, not a time something happened ("production moved
 * from 2019 …" keeps its verb).
 */
const SUBJECT_ASIDE = /^\s*(?:the|a|an|its|their|his|her|our)\s+[^,;:]{1,50},\s*from\s+$/iu;

const PART_ASIDE =
  /,\s*((?:the|a|an|one|two|three|four|five|six|some|most|all|many|several|both|each|\d+)\s+[^,;:]{0,30}?)\s+from\s+$/iu;

export function thingFrom(sentence: string, before: string, after: string): boolean {
  // Also set off by commas: "the farm's copper kettle, from 1936, was checked".
  const aside = /^,/.test(after);
  // The subject of the sentence, however its noun is told, set off before the year: "The transformer being replaced,
  // from 1987, had passed …".
  if (aside && SUBJECT_ASIDE.test(before)) return true;
  // Or a noun phrase set off of its own, with no verb, telling a part of the thing: "Its tanks, the oldest of them from
  // 1962, hold …", "The bells, two of them from 1720, rang".
  const part = aside ? PART_ASIDE.exec(before) : null;
  if (part && nlp(part[1]!).verbs().length === 0) return true;
  const from = (aside ? /(\p{L}+),?\s+from\s+$/u : /(\p{L}+)\s+from\s+$/u).exec(before);
  if (!from) return false;
  if (/^dat(?:e|es|ed|ing)$/i.test(from[1]!)) return true;
  const at = from.index;
  const terms = nlp(sentence).terms().json({ offset: true }) as {
    offset: { start: number };
    terms: { tags: string[] }[];
  }[];
  const index = terms.findIndex((t) => t.offset.start === at);
  const tags = terms[index]?.terms[0]?.tags ?? [];
  if (tags.includes('Noun') && !tags.includes('Verb') && !tags.includes('Pronoun')) return true;
  // "whose stone gates from 1936": a word in -s the tagger took for a verb is a plural noun after a determiner or a
  // noun ("gates", "locks", "works").
  const previous = terms[index - 1]?.terms[0]?.tags ?? [];
  const nounBefore = previous.includes('Determiner') || (previous.includes('Noun') && !previous.includes('Pronoun'));
  return tags.includes('PresentTense') && /s$/i.test(from[1]!) && nounBefore;
}

// The subject described in an aside by what kind of thing it is and the year it is of: "The Torvale depot, a Victorian
// shed of 1898, will …". Not a happening or a time of that year ("the site of the flood of 1953", "the summer of 2019").
const THING_OF_ASIDE =
  /^\s*(?:the|a|an|its|their|his|her|our)\s+[^,;:]{1,50},\s*((?:a|an|the|one)\s+(?:[\p{L}-]+\s+){0,3}?(\p{L}+))\s+of\s+$/iu;
const HAPPENING_NOUN = new RegExp(`^(?:${HAPPENINGS})$`, 'i');
const TIME_NOUN =
  /^(?:summer|winter|spring|autumn|fall|year|month|week|day|night|morning|evening|class|end|start|beginning|middle|turn)$/i;

/** Whether a year after "of" gives the age of the sentence's subject, told in an aside with no verb. */
function thingOf(before: string, after: string): boolean {
  if (!/^,/.test(after)) return false;
  const aside = THING_OF_ASIDE.exec(before);
  if (!aside || HAPPENING_NOUN.test(aside[2]!) || TIME_NOUN.test(aside[2]!)) return false;
  return nlp(aside[1]!).verbs().length === 0;
}

function rest(sentence: string, yearIndex: number): string {
  return sentence.slice(yearIndex + 4);
}
