// "a week on the coast", "two nights on board": how long a stay somewhere lasts, no time counted from an event;
// "three days on" with nothing after it is one (written for this test; the outlet publishes on Wednesday 14 October
// 2026).
import { describe, expect, it } from 'vitest';
import { datesOfSentence as datesOf } from './outlets.ts';

describe('a stay somewhere', () => {
  it('is no count from the event just told', () => {
    const text =
      'A storm wrecked the Arlow marina on Monday. The sailing club’s cruise was to end with a week on the lakes.';
    expect(datesOf(text, 'The sailing club')).toEqual([]);
  });

  it('leaves "three days on" a count', () => {
    const text = 'A storm wrecked the Arlow marina on Friday. Divers were still searching the harbour three days on.';
    expect(datesOf(text, 'Divers')).toEqual(['2026-10-12']);
  });
});

// "on" meaning "later" ends its phrase ("three days on, …", "a year on from the flood"); with a noun after it, it is
// the preposition of a state or a stay: "a year on loan", "six months on remand", "a fortnight on crutches".
describe('"on" followed by the state it tells', () => {
  it('is no count from the event just told', () => {
    const text =
      'The Harwell clock went back up on Monday. It had spent a year on loan to a museum in Leeds. Two pupils spent a month on crutches after the race.';
    expect(datesOf(text, 'It had spent')).toEqual([]);
    expect(datesOf(text, 'Two pupils')).toEqual([]);
  });

  it('leaves "a week on, …" a count', () => {
    const text = 'A storm wrecked the Arlow marina on Friday. A week on, the pontoons are still adrift.';
    expect(datesOf(text, 'A week on')).toEqual(['2026-10-16']);
  });
});
