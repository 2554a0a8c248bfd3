// The words an article names another happening by, in passing: a time told by that happening ("after the storm",
// "since Tuesday's blast", "the site of last month's flood"), after the lede, in words the article tells nowhere else.
// Written for this test.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../electron/core/timeline/language/sentences.ts';
import { countTerms, tokenize } from '../../../electron/core/timeline/language/similarity.ts';
import { stemCounter } from '../../../electron/core/timeline/language/subject-asides.ts';
import { happeningsNodded } from '../../../electron/core/timeline/stories/happening-nods.ts';

function nodded(title: string, paragraphs: string[]): string[] {
  const body = paragraphs.join('\n\n');
  const terms = countTerms(tokenize(`${title}\n${body}`));
  const sentences = splitSentences(body).map((sentence) => sentence.text);
  return happeningsNodded(
    sentences,
    stemCounter(() => Object.entries(terms)),
  ).sort();
}

describe('another happening named in passing', () => {
  it('reads the happening a later sentence dates something by', () => {
    expect(
      nodded('Lorry sheds its load on Hebden bypass', [
        'A lorry shed forty tonnes of gravel on the Hebden bypass during the rush hour yesterday.',
        'The road had only reopened on Friday after the landslip near Cray Bridge.',
      ]),
    ).toEqual(['lands']);
  });

  it('reads a happening named by when it was', () => {
    expect(
      nodded('Market returns to Dunwold square', [
        'Stalls were back in Dunwold square on Saturday for the first market of the spring.',
        'Traders set up on the site of last month’s warehouse blaze, now cleared.',
        'Some stalls still bear scorch marks from Tuesday’s storm damage.',
      ]),
    ).toEqual(['blaze', 'damag', 'wareh', 'storm'].sort());
  });

  it('leaves out parts of a day and what the lede or headline already tells', () => {
    expect(
      nodded('Ferry crossings resume after storm', [
        'Ferries to Inchmore sailed again this morning after the storm that closed the crossing.',
        'The first boat left after the weekend, and more will follow before the end of the month.',
        'Crews checked the slipway after the storm for damage.',
      ]),
    ).toEqual([]);
  });

  it('reads nothing in the lede itself', () => {
    expect(
      nodded('Families return to Wexcombe Street', [
        'Families returned home to Wexcombe Street yesterday, a week after the chemical spill.',
        'The council thanked residents for their patience.',
      ]),
    ).toEqual([]);
  });
});
