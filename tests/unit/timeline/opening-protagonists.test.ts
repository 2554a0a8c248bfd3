// Who an opening tells did the deed or had it done to them, and what it says of them (opening-protagonists.ts).
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { MOST_OTHERS, protagonistsOf } from '../../../electron/core/timeline/extraction/opening-protagonists.ts';

const cast = (sentences: string[], people: string[] = []) => protagonistsOf(sentences, people).cast;

describe('the protagonists of an opening', () => {
  it('reads a suspect’s age, sex and surname however the opening gives them', () => {
    expect(
      cast(
        [
          'A Brantwood man was charged last night with arson after a fire at the Kestrel Street depot.',
          'Owen Paske, 47, of Mill Row, will appear before Brantwood Magistrates’ Court this morning.',
        ],
        ['Owen Paske'],
      ),
    ).toEqual({ suspect: { sex: 'male', ages: [47, 47], surname: 'paske' } });
    expect(cast(['A woman aged 63 has been arrested on suspicion of fraud.'])).toEqual({
      suspect: { sex: 'female', ages: [63, 63] },
    });
    expect(cast(['Police have charged a 22-year-old Ferncastle woman with dangerous driving.'])).toEqual({
      suspect: { sex: 'female', ages: [22, 22] },
    });
  });

  it('reads a decade of a life from the aside beside the person, and a sex from its pronoun', () => {
    expect(
      cast([
        'A man who barricaded himself inside a shop on Pell Street came out after four hours.',
        'Officers were called after the man, who is in his early fifties, threatened a customer.',
      ]),
    ).toEqual({ suspect: { sex: 'male', ages: [50, 54] } });
  });

  it('tells the person held hostage from the one holding them', () => {
    expect(cast(['A Lowick woman held hostage in a bank walked free after police stormed the building.'])).toEqual({
      victim: { sex: 'female' },
    });
    const holding = cast(['An armed man has been holding a cashier hostage inside the bank since noon.']);
    expect(holding.suspect).toEqual({ sex: 'male' });
    expect(holding.victim).toEqual({});
  });

  it('reads a victim found dead, taken to hospital or named with their age', () => {
    expect(cast(['A 71-year-old man was found dead at his home in Skelby on Sunday.'])).toEqual({
      victim: { sex: 'male', ages: [71, 71] },
    });
    expect(cast(['A cyclist was taken to hospital after a crash on the Orme bypass.'])).toEqual({ victim: {} });
  });

  it('counts an opening telling several suspects, or two who cannot be one, as several', () => {
    expect(cast(['Two men were arrested after a van was stolen from the Hollin Road depot.'])).toEqual({
      suspect: 'several',
    });
    expect(
      cast(['A 19-year-old man was arrested on Monday.', 'A 45-year-old woman was charged with the robbery.']),
    ).toEqual({ suspect: 'several' });
  });

  it('reads no part for people who only speak or lead the inquiry', () => {
    expect(
      cast([
        'Detective Inspector Mara Quist said officers were searching the riverbank.',
        'The woman who found the bag called police at 7am.',
      ]),
    ).toEqual({});
  });

  it('keeps the people later sentences tell in a part who are not the opening’s protagonist', () => {
    const read = protagonistsOf(
      [
        'A 36-year-old woman has been charged with wounding.',
        'She will appear before magistrates on Monday.',
        'Police thanked witnesses.',
        'A man arrested on Friday has been released without charge.',
        'The woman was also charged with possessing a knife.',
      ],
      [],
    );
    expect(read.others).toEqual([{ role: 'suspect', sex: 'male' }]);
  });

  it('keeps a bounded number of other people from a page that tells thousands', () => {
    const later = Array.from({ length: 4000 }, (_, n) => `A man aged ${20 + (n % 60)} was arrested in street ${n}.`);
    const read = protagonistsOf(
      ['A 36-year-old woman has been charged with wounding.', 'She denies it.', 'Police said so.', ...later],
      [],
    );
    expect(read.cast.suspect).toMatchObject({ sex: 'female' });
    expect(read.others.length).toBe(MOST_OTHERS);
  });
});
