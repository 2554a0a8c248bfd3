// Two happenings of one day that share a word or a loose kind of action stay two timeline entries: an order and
// what it ordered, a storm and the shelters it drove people to, a sum raised by a time and a target set for it.
import { describe, expect, it } from 'vitest';
import { joining, merged, reportAt } from './outlets.ts';

describe('an order goes with what it ordered', () => {
  it('keeps people ordered out of their homes apart from a school that stays closed since that day', () => {
    const entries = merged(
      'About 600 people were ordered out of their homes in Dunmore on Monday after a gas main split under the square.',
      'Dunmore Academy, a rest centre since Monday, will stay closed until Friday.',
    );
    expect(joining(entries, '2026-10-12', 'outlet-1', 'outlet-2')).toHaveLength(0);
  });

  it('keeps a minister’s order for a review apart from a closure of the same day', () => {
    const entries = merged(
      'The harbour minister on Monday ordered a review of every sea wall on the coast.',
      'The ferry terminal was closed on Monday, the port said.',
    );
    expect(joining(entries, '2026-10-12', 'outlet-1', 'outlet-2')).toHaveLength(0);
  });

  it('keeps an order for checks at other buildings apart from a closure of the same day', () => {
    const entries = merged(
      'Tarnby District Council ordered checks on Monday at 14 other car parks built with the same steel beams.',
      'The multi-storey car park on Mill Street, where a beam cracked on Sunday, stayed closed on Monday, Tarnby District Council said.',
    );
    expect(joining(entries, '2026-10-12', 'outlet-1', 'outlet-2')).toHaveLength(0);
  });

  it('still reads being ordered out of one’s home as an evacuation, which an evacuation order tells', () => {
    expect(
      reportAt('About 600 people were ordered out of their homes on Monday.', 'Monday').clear.has('evacuate'),
    ).toBe(true);
    const entries = merged(
      'About 600 people were ordered out of their homes in Dunmore on Monday after a gas main split.',
      'The gas board issued the evacuation order for Dunmore at 9:05 a.m. on Monday, police said.',
    );
    expect(joining(entries, '2026-10-12', 'outlet-1', 'outlet-2')).toHaveLength(1);
  });
});

describe('shelters named for storms are no storm', () => {
  it('keeps people moved into storm shelters apart from the storm coming ashore that night', () => {
    const entries = merged(
      'The coastguard moved about 5,000 people into storm shelters on Thursday.',
      'The storm came ashore near the port late on Thursday, the weather office said.',
    );
    expect(joining(entries, '2026-10-08', 'outlet-1', 'outlet-2')).toHaveLength(0);
  });

  it('reads a storm that came ashore and the storm that hit as one landfall', () => {
    expect(reportAt('The storm came ashore at 11 p.m. on Thursday.', 'on Thursday').clear.has('landfall')).toBe(true);
    const entries = merged(
      'Cyclone Mira came ashore just north of Port Hesk at 11:05 p.m. on Thursday with gusts of 170 km an hour.',
      'Fishing villages near Port Hesk have been cut off since the cyclone hit on Thursday night.',
    );
    expect(joining(entries, '2026-10-08', 'outlet-1', 'outlet-2')).toHaveLength(1);
  });

  it('reads people moved into shelters as evacuated', () => {
    const report = reportAt('Some 9,000 people had been moved into concrete shelters by Thursday.', 'by Thursday');
    expect(report.clear.has('evacuate')).toBe(true);
  });
});

describe('a sum reached by a time is no target', () => {
  it('keeps "had raised £9,000 by this afternoon" apart from owners asked to report by this afternoon', () => {
    expect(reportAt('The appeal had raised £9,000 by this afternoon.', 'this afternoon').limit).toBe(false);
    expect(reportAt('Owners were asked to account for their crews by this afternoon.', 'this afternoon').limit).toBe(
      true,
    );
    const entries = merged(
      'The ministry has asked ship owners in the region to account for their crews by this afternoon.',
      'An appeal launched at the mosque on Friday had raised £9,000 by this afternoon.',
    );
    expect(joining(entries, '2026-10-14', 'outlet-1', 'outlet-2')).toHaveLength(0);
  });
});

describe('a report that is due is no target for work', () => {
  it('keeps findings due by an evening apart from a level the pumps aim to reach by then', () => {
    expect(reportAt('Their first findings are due by this evening.', 'this evening').clear.has('schedule')).toBe(true);
    const entries = merged(
      'Pumps began lowering the lake at dawn, and the board said it aimed to take a metre off the level by this evening.',
      'Divers went down on Tuesday to check the sluice, and their first findings are due by this evening.',
    );
    expect(joining(entries, '2026-10-14', 'outlet-1', 'outlet-2')).toHaveLength(0);
  });
});
