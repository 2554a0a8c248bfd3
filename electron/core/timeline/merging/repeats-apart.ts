// How often a happening came that day, and which time of it a report tells: "the gate was shut twice on Monday" tells
// a sum, "the gate first closed at 6 a.m." the first of it and "was closed for a second time at noon" the second. A
// sum and one of its times are two entries (the day's tally, and one closure), and so are two times of one series told
// by their adverbs, as counted-apart.ts keeps apart two of a series told by their nouns ("the second call").
// Not a rate ("twice a day", "three times a week"), a ratio ("twice as many", "three times the size"), a past told as
// known ("arrested twice before") or a first ever ("for the first time since 1990", which tells no series of that day).

// "twice", "three times": how many times, not a ratio or a rate, nor the times before.
const SUM =
  /(?<![\p{L}-])(?:twice|thrice|(?:two|three|four|five|six|\d+)\s+times)(?![\p{L}-])(?!\s+(?:as|more|less|over|the|a|an|per|each|every|daily|weekly|yearly|before|since|that|than|higher|lower|bigger|larger|smaller)\b)/iu;
// "for a second time", "for the third time": which time of a series.
const NTH_TIME = /\bfor\s+(?:a|the)\s+(second|third|fourth|fifth)\s+time\b/i;
// "first closed", "was first reported": the first time of the verb after it, told by an adverb (not "the first
// closure", a noun counted-apart.ts reads, nor "first light" or "First Street").
const FIRST_DONE =
  /(?<!\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hat|[Aa]t)\s)\bfirst\s+(?:\p{Ll}+ed|shut|hit|struck|broke|fell|rose|went|came|began|set|spread|spoke|told|took|caught|found|ran|sank|flew)\b/u;
const ORDINALS: Readonly<Record<string, number>> = { second: 2, third: 3, fourth: 4, fifth: 5 };

type Occurrence = { sum: true } | { sum: false; time: number };

/** Whether a sentence tells how many times something came, or which time of it; nothing when it tells neither or both. */
export function occurrenceOf(sentence: string): Occurrence | undefined {
  const sum = SUM.test(sentence);
  const nth = NTH_TIME.exec(sentence);
  const times = [...(nth ? [ORDINALS[nth[1]!.toLowerCase()]!] : []), ...(FIRST_DONE.test(sentence) ? [1] : [])];
  // "shut twice: it first closed at 6 a.m." tells both: no one occurrence.
  if (sum && times.length > 0) return undefined;
  if (sum) return { sum: true };
  return times.length === 1 ? { sum: false, time: times[0]! } : undefined;
}

/** One sentence tells a day's sum of times and the other one time of it, or they tell two times of one series. */
export function repeatsApart(a: string, b: string): boolean {
  const [x, y] = [occurrenceOf(a), occurrenceOf(b)];
  if (!x || !y) return false;
  if (x.sum || y.sum) return x.sum !== y.sum;
  return x.time !== y.time;
}
