// A live page or a community post opens on a line that labels what follows ("Summary", "Key points:", "What you need
// to know", "Posted by the DrayNews team"): the lede is the first sentence after it. Read as the lede, such a line
// tells no happening, names no one and shares no word with another report's opening, and every story rule that
// compares openings (opening-words.ts, story-openings-apart.ts, opening-protagonists.ts, …) would read nothing.

// A heading alone on its line: a label of the summary or of the latest, or who posted it.
const HEADING =
  /^(?:summary|(?:the\s+)?key\s+(?:points|events|facts|updates)|what\s+(?:you\s+need\s+to\s+know|we\s+know(?:\s+so\s+far)?|happened)|(?:the\s+)?latest|(?:the\s+)?highlights|at\s+a\s+glance|in\s+(?:brief|short)|catch\s+up|the\s+story\s+so\s+far|quick\s+read|tl;?dr)\s*:?\s*$|^posted\s+by\s+[^.!?]{1,60}$/iu;
// Headings open a page: more than this many in a row are a list, not its furniture.
const AT_MOST = 3;

/** Whether a sentence is a line labelling what follows rather than telling anything. */
export function isOpeningHeading(sentence: string): boolean {
  return HEADING.test(sentence.trim());
}

/** The sentences from the lede on: any headings the text opens on left out. */
export function fromTheLede(sentences: readonly string[]): readonly string[] {
  let at = 0;
  while (at < AT_MOST && at < sentences.length - 1 && isOpeningHeading(sentences[at]!)) at++;
  return at === 0 ? sentences : sentences.slice(at);
}
