// A report that dates a happening only by pointing at it from a sentence telling another deed of another date ("the
// authority opened its inquiry on Tuesday, a day after the collapse, and its engineers spent the day …") is weighed by
// the words that point ("a day after the collapse"): the rest of its sentence is that other deed, whose words
// say nothing of which happening of the earlier day it names. Written for this test; the outlets publish on Wednesday
// 14 October 2026.
import { describe, expect, it } from 'vitest';
import { pointerWords } from '../../../electron/core/timeline/merging/known-happening.ts';
import { merged } from './outlets.ts';

/** The pointer words of the date told by `dateWords` in `sentence`, beside the other dates given. */
function pointer(sentence: string, dateWords: string, ...otherDates: string[]): string {
  const span = (words: string) => ({ start: sentence.indexOf(words), end: sentence.indexOf(words) + words.length });
  return pointerWords(sentence, span(dateWords), otherDates.map(span));
}

describe('a pointer weighed by its own words', () => {
  it('reads a count up to the end of the clause it counts from, figures kept whole', () => {
    const count =
      'The ferry sailed again on Friday, four days after a 6.2 magnitude quake shook the port, and crews cheered.';
    expect(pointer(count, 'four days after a 6.2 magnitude quake', 'Friday')).toBe(
      'four days after a 6.2 magnitude quake shook the port',
    );
    const owned = 'Shops shut after Monday’s flood at the market opened again yesterday.';
    expect(pointer(owned, 'Monday', 'yesterday')).toBe('Monday’s flood');
  });

  it('keeps a visit of the day apart from a pointer whose sentence tells that body’s later work', () => {
    const entries = merged(
      [
        'A dockside crane toppled into the harbour at Kelvig early on Monday.',
        'Two engineers from the Harbour Safety Authority reached the quay on Monday afternoon.',
      ].join('\n\n'),
      'The Harbour Safety Authority opened its inquiry on Tuesday morning, a day after the collapse, and its engineers spent the day measuring the quay.',
    );
    const visit = entries.find((entry) => entry.text.startsWith('Two engineers'))!;
    expect(visit.sources.map((source) => source.articleId)).toEqual(['outlet-1']);
  });
});
