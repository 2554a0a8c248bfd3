// A kind of happening an opening names as what someone studies, guards against or lives with is a subject, not a
// happening it tells: "wins 12m to study river flooding", "a centre studying how storm surges flood coastal towns",
// "funds to prevent landslides", "research into wildfires". A university's grant and the flood that reaches its campus
// two days later both open on the word; only the second tells a flood.

// Verbs and nouns whose object is a subject of work or care, not something that happened.
const TOPIC_LEAD =
  /\b(?:stud(?:y|ies|ying|ied)|research(?:es|ing)?(?:\s+into)?|investigat(?:e|es|ing)\s+how|model(?:s|ling|ing)?|predict(?:s|ing)?|forecast(?:s|ing)?|prevent(?:s|ing)?|tackl(?:e|es|ing)|combat(?:s|ting)?|guard(?:s|ing)?\s+against|protect(?:s|ing)?\s+(?:\p{L}+\s+)?(?:from|against)|defen[cs]es?\s+against|liv(?:e|es|ing)\s+with|cop(?:e|es|ing)\s+with|understand(?:s|ing)?|risks?\s+of|threat\s+of|science\s+of)\b/iu;
// How far before the word the lead may stand: a few words of one clause ("to study how storm surges flood").
const REACH = 40;
// The lead and the word stand in one clause: no clause break between them. A happening pointed at ("study the
// flooding", "research into last week's quake") is one that happened.
const CLAUSE_BREAK =
  /[,;:.!?()"“”]|\b(?:and|but|after|as|when|while|because|the|this|that|these|those|its|their|last)\b|['’]s\b/iu;

/** Whether the word at `index` of `text` names a happening as a subject of study or care, not as something that happened. */
export function toldAsATopic(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - REACH), index);
  const lead = lastMatch(before);
  return lead !== null && !CLAUSE_BREAK.test(before.slice(lead));
}

/** Where the last topic lead in `text` ends, if there is one. */
function lastMatch(text: string): number | null {
  let end: number | null = null;
  for (const match of text.matchAll(new RegExp(TOPIC_LEAD.source, 'giu'))) end = match.index + match[0].length;
  return end;
}
