// Reports of one day that tell two different happenings, however much they seem to share: a deadline told of another
// date of the sentence, a plan beside an arrival.
import { describe, expect, it } from 'vitest';
import { reportOf } from '../../../electron/core/timeline/extraction/event-reports.ts';
import { joining, merged } from './outlets.ts';

const NO_ENTITIES = { people: [], organizations: [], places: [] };

describe('two happenings of one day', () => {
  it('reads a deadline whose words hold another date as that date’s, not as the first date’s', () => {
    const text =
      'Volunteers set up a shelter in the library on Friday, and families have until 30 October to register.';
    const friday = text.indexOf('Friday');
    const other = { start: text.indexOf('30 October'), end: text.indexOf('30 October') + '30 October'.length };
    const source = { text, start: 0, end: text.length, dateStart: friday, dateEnd: friday + 6, entities: NO_ENTITIES };
    expect(reportOf(source, [other]).clear.has('deadline')).toBe(false);
  });

  it('keeps a hope to finish by a day apart from an arrival on that day beside a later deadline', () => {
    const entries = merged(
      'Burst mains left 900 homes without water. Northfield Water said it hoped to repair most of them by 16 October.',
      'Volunteers set up a shelter in the library on 16 October, and families have until 30 October to register.',
    );
    expect(joining(entries, '2026-10-16', 'outlet-1', 'outlet-2')).toHaveLength(0);
  });

  it('reads a light verb with its particle: "heating came back" and "the mayor came through" share no word', () => {
    const entries = merged(
      'Storms tore roofs off in Kelby last week. Heating came back to the last flats on Harrow Lane on 16 October.',
      'Cleanup crews worked all week in Kelby. Mayor Ines Dorrel came through on 16 October, shaking hands in the rain.',
    );
    expect(joining(entries, '2026-10-16', 'outlet-1', 'outlet-2')).toHaveLength(0);
  });
});
