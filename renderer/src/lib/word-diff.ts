import { diffWordsWithSpace } from 'diff';

/** A run of words in a paragraph of a comparison: in both texts, only the earlier one, or only the later. */
export interface DiffRun {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

export interface WordDiff {
  /** Paragraphs of runs, in reading order. */
  paragraphs: DiffRun[][];
  /** Words only in the earlier text, and only in the later one. */
  removedWords: number;
  addedWords: number;
}

/** A long article compared with a very different one could take long: past this, no comparison is shown. */
const DIFF_TIMEOUT_MS = 1_500;

const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * Word by word, what changed from an earlier text of an article to a later one, kept in paragraphs (a
 * blank line parts them, as in the stored text). Null when the texts are too different to compare in time.
 */
export function wordDiff(earlier: string, later: string): WordDiff | null {
  const changes = diffWordsWithSpace(earlier, later, { timeout: DIFF_TIMEOUT_MS });
  if (!changes) return null;
  const paragraphs: DiffRun[][] = [[]];
  let removedWords = 0;
  let addedWords = 0;
  for (const change of changes) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    if (kind === 'added') addedWords += wordsIn(change.value);
    if (kind === 'removed') removedWords += wordsIn(change.value);
    change.value.split(/\n\s*\n/).forEach((piece, index) => {
      if (index > 0) paragraphs.push([]);
      const text = index === 0 ? piece : piece.replace(/^\s+/, '');
      if (text !== '') paragraphs.at(-1)!.push({ kind, text });
    });
  }
  return {
    paragraphs: paragraphs.filter((runs) => runs.some((run) => run.text.trim() !== '')),
    removedWords,
    addedWords,
  };
}
