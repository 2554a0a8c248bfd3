// Splits article text into sentences with offsets, so an event can point back at the words that report it.

export interface Sentence {
  text: string;
  /** Offset of the sentence's first character in the article text. */
  start: number;
  /** Offset just past its last character. */
  end: number;
}

// Never end a sentence: titles and month abbreviations are always followed by more of the same sentence.
const ALWAYS_CONTINUES = new Set(
  (
    'Mr Mrs Ms Dr Prof St Sen Rep Gov Gen Lt Col Capt Sgt Rev Hon Mt Ft No Nos Fig vs approx ca ' +
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec'
  ).split(' '),
);

// May end a sentence, but only when the next word is one that usually starts a sentence.
const MAY_END = new Set('inc ltd co corp jr sr etc e.g i.e a.m p.m u.s u.k u.n e.u'.split(' '));

const SENTENCE_STARTERS = new Set(
  (
    'the a an he she it they we i you his her its their our this that these those there here but and so yet ' +
    'in on at by for from with after before when while if as since until then now later meanwhile however ' +
    'some many most all no one two three what why how who where officials police'
  ).split(' '),
);

// No prose sentence comes near this (the gold articles' longest is about 300 characters); a longer "sentence" is a
// page's list with no stops or a hostile run-on, read in pieces this long so every later step stays bounded (the
// tagger's time grows faster than the text: a 240,000-character run-on took two minutes to read).
export const LONGEST_SENTENCE = 2000;
// How far around a dot the words that decide whether it ends a sentence are looked for.
const LOOK_AROUND = 64;

/** Splits text into sentences; paragraphs (blank-line separated) and line breaks always end one. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const lineBreak = /\n+/g;
  let lineStart = 0;
  for (;;) {
    const match = lineBreak.exec(text);
    const lineEnd = match ? match.index : text.length;
    splitLine(text, lineStart, lineEnd, sentences);
    if (!match) break;
    lineStart = match.index + match[0].length;
  }
  return sentences;
}

function splitLine(text: string, from: number, to: number, out: Sentence[]): void {
  const line = text.slice(from, to);
  // A terminator, any closing quotes or brackets, whitespace, then something that can open a sentence.
  const boundary = /[.!?…]+["”’')\]]*(?=\s+["“‘'([]?[\p{Lu}\d])/gu;
  let start = 0;
  for (let match = boundary.exec(line); match; match = boundary.exec(line)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith('.') && !endsSentence(line, match.index, end, start)) continue;
    push(text, from + start, from + end, out);
    start = end;
  }
  push(text, from + start, to, out);
}

function endsSentence(line: string, dot: number, after: number, opened: number): boolean {
  // Only the word before the dot matters: a bounded look-back keeps a long line of dots linear.
  const before = /(\S+)$/.exec(line.slice(Math.max(0, dot - LOOK_AROUND), dot))?.[1] ?? '';
  const bare = before.replace(/^["“‘'([]+/, '');
  if (ALWAYS_CONTINUES.has(bare)) return false;
  // "order no. 12/4/2031", "case no. 7": a number follows, in the same sentence.
  if ((bare === 'no' || bare === 'nos') && /^\s+\d/.test(line.slice(after, after + 3))) return false;
  const word = bare.toLowerCase();
  // Initials and acronyms ("J.D. Vance", "U.S. officials") end a sentence only before a typical opening word.
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(before)) return startsLikeSentence(line, after);
  if (word === 'a.m' || word === 'p.m') {
    return !continuesClockTime(line, after) && !CLOCK_OPENING.test(line.slice(opened, dot).trimStart());
  }
  if (MAY_END.has(word) || /^(?:\p{L}\.)+\p{L}$/u.test(before)) return startsLikeSentence(line, after);
  return true;
}

// What may follow "a.m." or "p.m." in the same sentence: its day ("at 7 p.m. Friday", "10 a.m. March 3") or its zone
// ("9 a.m. EST", "6 p.m. Eastern", "3 p.m. London time", "9 p.m. local,"; not "Local families …"). Any other capital
// starts a new sentence ("The vote came just after 10 p.m. Construction begins in April."): a clock time ends its
// clause far more often than a name follows it.
const AFTER_CLOCK =
  /^\s+["“‘'([]?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|eastern|pacific|central|mountain|atlantic|local(?=\s*(?:[,.;:)]|$))|\p{L}+\s+time)\b/iu;
// Zones are written in capitals ("EST", "BST", "AEDT", "UTC"), and a figure goes on the time ("10 p.m. 14 March").
const ZONE_OR_FIGURE = /^\s+(?:[A-Z]{1,4}T|UTC|GMT|Z|\d)\b/u;
// A sentence so far only a clock time opening it ("At 10 p.m.", "By 6 a.m.", "Shortly after 9.30 p.m.") has told
// nothing yet: what follows, capitalised or not ("At 10 p.m. European monitors reported …"), is its clause.
const CLOCK_OPENING =
  /^["“‘'(]?(?:(?:shortly|just|soon|well|long|not\s+long|some\s+time)\s+)?(?:at|by|after|before|until|till|from|around|about|since|towards?)\s+(?:(?:about|around|roughly|approximately|exactly|precisely|just\s+(?:after|before))\s+)?\d{1,2}(?:[:.]\d{2})?\s*[ap]\.m$/iu;

function continuesClockTime(line: string, after: number): boolean {
  const next = line.slice(after, after + LOOK_AROUND);
  return AFTER_CLOCK.test(next) || ZONE_OR_FIGURE.test(next);
}

function startsLikeSentence(line: string, after: number): boolean {
  const next = /^\s+["“‘'([]?([\p{L}\d]+)/u.exec(line.slice(after, after + LOOK_AROUND))?.[1] ?? '';
  return SENTENCE_STARTERS.has(next.toLowerCase());
}

function push(text: string, start: number, end: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  while (end - start > LONGEST_SENTENCE) {
    const cut = pieceEnd(text, start);
    push(text, start, cut, out);
    start = cut;
    while (start < end && /\s/.test(text[start]!)) start++;
  }
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}

/** Where a run-on's next piece ends: after its last clause mark, else its last space, in the second half of the cap. */
function pieceEnd(text: string, start: number): number {
  const window = text.slice(start + LONGEST_SENTENCE / 2, start + LONGEST_SENTENCE);
  const clause = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '), window.lastIndexOf(' — '));
  const space = window.search(/\s\S*$/u);
  const at = clause >= 0 ? clause + 1 : space;
  return notInsidePair(text, start + LONGEST_SENTENCE / 2 + (at >= 0 ? at : window.length));
}

/** A cut moved back off the middle of a character written as two UTF-16 units (an emoji, a rare ideograph). */
export function notInsidePair(text: string, cut: number): number {
  const before = text.charCodeAt(cut - 1);
  return before >= 0xd800 && before <= 0xdbff ? cut - 1 : cut;
}
