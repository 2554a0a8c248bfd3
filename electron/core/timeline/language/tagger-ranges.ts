// The pieces of a text the tagger (compromise) reads at once when finding names. Its time on one sentence grows far
// faster than the sentence (measured on a run of words with no sentence end: 20,000 characters take under a second,
// 50,000 five seconds, 100,000 nearly two minutes of CPU), and its time on one read somewhat faster than the read's
// length (200,000 characters of news prose read at once: 5 s; in 50,000-character reads: 3.5 s), so a text is given in
// pieces: a run with no sentence end longer than LONGEST_RUN (no prose: a page's list, a hostile run-on) is cut between
// words, and a range longer than a batch is cut at a sentence end. An article's prose has neither, and is read whole.

/** A span of a text, by its offsets. */
export interface TextRange {
  start: number;
  end: number;
}

// Far longer than any sentence of prose (the longest in the tuned gold articles is about 300 characters).
export const LONGEST_RUN = 2_000;
// Far longer than the dated sentences of a news article (its batch stays one), short enough to keep a book linear.
export const COMPROMISE_BATCH = 50_000;

// Where a sentence or a line ends: after its closing mark (and any closing quote or bracket) and the space after it.
const SENTENCE_END = /[.!?]["”’)\]]*\s+|\n+/gu;

/** The ranges cut where they would hold too long a run or too much for one read. */
export function taggerRanges(text: string, ranges: readonly TextRange[]): TextRange[] {
  return ranges.flatMap((range) => piecesOf(text, range));
}

function piecesOf(text: string, { start, end }: TextRange): TextRange[] {
  if (end - start <= LONGEST_RUN) return [{ start, end }];
  const sentenceEnds = [...text.slice(start, end).matchAll(SENTENCE_END)].map((m) => start + m.index + m[0].length);
  const pieces: TextRange[] = [];
  let from = start;
  let runFrom = start;
  for (const at of [...sentenceEnds, end]) {
    while (at - runFrom > LONGEST_RUN) {
      const space = text.lastIndexOf(' ', runFrom + LONGEST_RUN);
      const cut = space > runFrom ? space : runFrom + LONGEST_RUN;
      pieces.push({ start: from, end: cut });
      from = runFrom = cut;
    }
    if (at - from > COMPROMISE_BATCH && runFrom > from) {
      pieces.push({ start: from, end: runFrom });
      from = runFrom;
    }
    runFrom = at;
  }
  pieces.push({ start: from, end });
  return pieces.filter((piece) => piece.end > piece.start);
}
