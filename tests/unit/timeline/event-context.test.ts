// An event's words make sense alone: a short sentence that leans on the one before for who or what it is about takes
// that sentence in, so a timeline card never reads "Next month, the public gets it back." with no library in sight.
import { describe, expect, it } from 'vitest';
import { leansOnBefore } from '../../../electron/core/timeline/extraction/event-context.ts';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const publishedAt = '2031-05-06T09:00:00Z';
const textOf = (article: string, date: string) =>
  extractEvents(article, { publishedAt, savedAt: publishedAt }).find((event) => event.date.startsWith(date))?.text;

describe('event words that lean on the sentence before', () => {
  it('take in the sentence before when the only thing told is a pronoun', () => {
    const article =
      'Volunteers have repainted the bandstand on Quarry Green over the winter.\n\nNext month, the public gets it back.';
    expect(textOf(article, '2031-06')).toBe(
      'Volunteers have repainted the bandstand on Quarry Green over the winter. Next month, the public gets it back.',
    );
  });

  it('take in the sentence before for a charged "he" and an arrested "him"', () => {
    expect(leansOnBefore('On Monday, he was charged.')).toBe(true);
    expect(leansOnBefore('Police arrested him on Friday.')).toBe(true);
    expect(leansOnBefore('On Tuesday, that changed.')).toBe(true);
  });

  it('leave sentences that name their own people and things alone', () => {
    expect(leansOnBefore('On Monday, Mr Ostrava said it would close.')).toBe(false);
    expect(leansOnBefore('The Quarry Green bandstand reopens in June.')).toBe(false);
    expect(leansOnBefore('Councillors approved the plan after a long debate that ran late into Tuesday evening.')).toBe(
      false,
    );
    const article =
      'The bandstand was built in 1911.\n\nThe council will reopen the bandstand on Quarry Green in June.';
    expect(textOf(article, '2031-06')).toBe('The council will reopen the bandstand on Quarry Green in June.');
  });

  it('never take in a heading: a line with no closing stop is no sentence to read the event by', () => {
    const article =
      'Dale Purvis, 44, was arrested at his home in Kelby last week.\n\nThe verdict\n\nOn Monday, he was found guilty.';
    expect(textOf(article, '2031-05-05')).toBe('On Monday, he was found guilty.');
    const hours = 'Opening hours\n\nIt reopens on Friday.';
    expect(textOf(hours, '2031-05-09')).toBe('It reopens on Friday.');
  });
});
