// A company a report only ever names at the start of its sentences ("Quorvane said …") is still a name the story is
// told by: articles compare by it.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../electron/core/timeline/extraction/entities.ts';
import { KNOWN_WORDS } from '../../../electron/core/timeline/language/lexicon.ts';
import { fingerprintArticle } from '../../../electron/core/timeline/stories/stories.ts';

function fingerprint(paragraphs: string[]) {
  const text = paragraphs.join('\n\n');
  return fingerprintArticle({
    id: 'a',
    title: 'Couriers to walk out',
    text,
    entities: extractEntities(text),
    publishedAt: null,
    knownWords: KNOWN_WORDS,
  });
}

describe('names read at the start of sentences', () => {
  it('reads a word that opens two sentences, never in lower case, as a name', () => {
    const { entities } = fingerprint([
      'Couriers at the depot voted by nine to one to walk out from Monday.',
      'Quorvane offered a 2 per cent rise last month, which the couriers turned down.',
      'Quorvane has until Sunday to make a better offer, the union said.',
    ]);
    expect(entities).toHaveProperty('quorvane');
  });

  it('does not read a common word that opens two sentences as a name', () => {
    const { entities } = fingerprint([
      'Couriers at the depot voted by nine to one to walk out from Monday.',
      'Managers offered a 2 per cent rise last month.',
      'Managers have until Sunday to make a better offer, and the managers say they will.',
    ]);
    expect(entities).not.toHaveProperty('managers');
  });
});
