// One action is not enough to join two outlets' reports of a day when they share nothing else (no word, doer, place,
// number or clock time), unless each is all its article tells of that day; and one verb done to two kinds of place
// (a bridge and a school reopened, a hospital and a school evacuated) tells two happenings, as a closure of two does.
// Written for this test; reference Wednesday 14 October 2026 (outlets.ts), so "Tuesday" is 13 October.
import { describe, expect, it } from 'vitest';
import { joining, merged } from './outlets.ts';

const TUESDAY = '2026-10-13';

describe('one action and nothing else in common', () => {
  it('keeps apart people going home and a bridge reopening, each beside other news of the day', () => {
    const entries = merged(
      'Families evacuated from Dunmore were allowed home on Tuesday. Assessors counted 40 flooded houses in the ' +
        'town on Tuesday.',
      'The Tarran crossing reopened on Tuesday after engineers checked its piers. A lorry overturned near Ballin on ' +
        'Tuesday evening.',
    );
    expect(joining(entries, TUESDAY, 'outlet-1', 'outlet-2')).toHaveLength(0);
  });

  it('keeps apart a rating confirmed and a disaster declared, each beside other news of the day', () => {
    const entries = merged(
      'Forecasters confirmed on Tuesday that the tornado was an EF2. Volunteers cleared roofs from the streets of ' +
        'Ardee on Tuesday.',
      'The governor declared a state of disaster for Louth on Tuesday. Power crews worked through Tuesday night to ' +
        'restore lines.',
    );
    expect(joining(entries, TUESDAY, 'outlet-1', 'outlet-2')).toHaveLength(0);
  });

  it('still joins one rating told in other words when the two share its figure', () => {
    const entries = merged(
      'Forecasters confirmed on Tuesday that the tornado was an EF2. Volunteers cleared roofs from the streets of ' +
        'Ardee on Tuesday.',
      'The weather service announced on Tuesday that the Ardee tornado had been rated EF2. Power crews worked ' +
        'through Tuesday night to restore lines.',
    );
    expect(joining(entries, TUESDAY, 'outlet-1', 'outlet-2')).toHaveLength(1);
  });

  it('still joins one reopening told in other words when the two name the same crossing', () => {
    const entries = merged(
      'The Tarran crossing reopened on Tuesday after engineers checked its piers. A lorry overturned near Ballin on ' +
        'Tuesday evening.',
      'Drivers used the Tarran crossing again on Tuesday. Schools in the valley stayed shut on Tuesday.',
    );
    expect(joining(entries, TUESDAY, 'outlet-1', 'outlet-2')).toHaveLength(1);
  });

  it('still joins one deed told in other words with nothing else in common, each beside other news of the day', () => {
    const entries = merged(
      'Thousands of homes lost power on Tuesday as the gale brought down cables. Schools in the valley stayed shut on ' +
        'Tuesday.',
      'The lights went out across the Ardee estate on Tuesday. A lorry overturned near Ballin on Tuesday evening.',
    );
    expect(joining(entries, TUESDAY, 'outlet-1', 'outlet-2')).toHaveLength(1);
  });

  it('still joins two actions that go together when each is all its article tells of that day', () => {
    const entries = merged(
      'Forecasters confirmed on Tuesday that the tornado was an EF2.',
      'The governor declared a state of disaster for Louth on Tuesday.',
    );
    expect(joining(entries, TUESDAY, 'outlet-1', 'outlet-2')).toHaveLength(1);
  });
});

describe('one verb done to two kinds of place', () => {
  it('keeps apart a bridge and a school both reopened that day', () => {
    const entries = merged(
      'The Kelso bridge reopened to traffic on Tuesday after a week of repairs.',
      'The primary school in Kelso reopened on Tuesday once the floodwater drained away.',
    );
    expect(joining(entries, TUESDAY, 'outlet-1', 'outlet-2')).toHaveLength(0);
  });

  it('keeps apart a hospital and a school both evacuated that day', () => {
    const entries = merged(
      'Staff evacuated the Kelso hospital on Tuesday as smoke drifted in from the moor.',
      'Teachers evacuated a school in Kelso on Tuesday when the fire alarm sounded.',
    );
    expect(joining(entries, TUESDAY, 'outlet-1', 'outlet-2')).toHaveLength(0);
  });

  it('still joins one bridge told as reopened by two outlets in other words', () => {
    const entries = merged(
      'The Kelso bridge reopened to traffic on Tuesday after a week of repairs.',
      'Engineers opened the Kelso crossing again on Tuesday.',
    );
    expect(joining(entries, TUESDAY, 'outlet-1', 'outlet-2')).toHaveLength(1);
  });

  it('still joins one school told as evacuated by two outlets', () => {
    const entries = merged(
      'Teachers evacuated a school in Kelso on Tuesday when the fire alarm sounded.',
      'Pupils were evacuated from Kelso primary school on Tuesday as smoke filled the playground.',
    );
    expect(joining(entries, TUESDAY, 'outlet-1', 'outlet-2')).toHaveLength(1);
  });
});
