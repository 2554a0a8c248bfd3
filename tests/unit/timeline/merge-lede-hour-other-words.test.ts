// An article's lede and the first sentence giving the hour of its day tell one happening, even in another word for the
// action, when that sentence tells of what the lede told of (its subject a pronoun, or a thing the lede names); the
// first hour told of something else stays apart. Written for this test; reference Wednesday 14 October 2026.
import { describe, expect, it } from 'vitest';
import { merged } from './outlets.ts';

const KAYAKER =
  'A missing kayaker, Nils Arden, was found on a buoy off Tarrow Point on Sunday afternoon, a day after he set out ' +
  'from the harbour.';
const DOME =
  'The Velt geyser field began spouting early on Saturday, sending scalding water across the boardwalk and forcing ' +
  'rangers to clear 600 visitors from the park.';

function onDay(text: string, date: string) {
  return merged(text).filter((entry) => entry.date === date);
}

describe('a lede and the first hour of its day, in other words', () => {
  it('shows them once when the hour is told of the lede’s subject by a pronoun', () => {
    const entries = onDay(
      `${KAYAKER}\n\nHe was rescued by a lifeboat crew at 3:25 p.m., the coastguard said.`,
      '2026-10-11',
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]?.sources).toHaveLength(2);
  });

  it('shows them once when the hour is told of a thing the lede names', () => {
    const entries = onDay(
      `${DOME}\n\nWater broke through the crust at 4:05 a.m., according to park staff.`,
      '2026-10-10',
    );
    expect(entries).toHaveLength(1);
  });

  it('keeps apart the first hour told of something else', () => {
    expect(
      onDay(`${KAYAKER}\n\nThe harbour office shut the slipway at 3:25 p.m. as the swell rose.`, '2026-10-11'),
    ).toHaveLength(2);
    expect(
      onDay(`${DOME}\n\nThe county airport closed at 6 a.m. and two airlines cancelled their flights.`, '2026-10-10'),
    ).toHaveLength(2);
  });

  it('keeps apart the hour of a second deed the lede tells', () => {
    const text =
      'Schools were closed on Tuesday and road crews handed out sandbags.\n\n' +
      'The town’s schools were closed on Tuesday, the board said.\n\n' +
      'Road crews began handing out sandbags at the depot at 7 a.m. on Tuesday.';
    const entries = onDay(text, '2026-10-13');
    expect(entries).toHaveLength(2);
    expect(entries.find((entry) => entry.text.startsWith('Schools'))?.sources).toHaveLength(2);
  });
});
