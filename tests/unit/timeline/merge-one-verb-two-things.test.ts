// Two happenings of one day that share a verb, a cause or a place stay apart: a main cracked and a nursery closed because
// of the leak, a library closed and parents marching to oppose its closure, debris landing in gardens and a plane
// landing, a port and an airport both closed. Written for this test; reference Wednesday 14 October 2026
// (outlets.ts), so "Tuesday" is 13 October.
import { describe, expect, it } from 'vitest';
import { tellSameAction } from '../../../electron/core/timeline/merging/same-action.ts';
import { joining, merged, reportAt } from './outlets.ts';

const report = (text: string) => reportAt(text, 'on Tuesday');

describe('a cause told beside a deed', () => {
  it('reads a main that cracked as a fault', () => {
    expect(report('A digger cracked a water main on Tuesday.').clear.has('fault')).toBe(true);
    expect(report('The old water main cracked on Tuesday.').clear.has('fault')).toBe(true);
  });

  it('does not read police cracking down, or a joke cracked, as a fault', () => {
    expect(report('Police cracked down on street drinking on Tuesday.').actions.has('fault')).toBe(false);
    expect(report('The mayor cracked a joke on Tuesday.').actions.has('fault')).toBe(false);
  });

  it('does not read what a closure was because of as the closure', () => {
    const closure = report('Elm Street nursery closed on Tuesday because of the leak.');
    expect(closure.actions.has('fault')).toBe(false);
    expect(tellSameAction(report('A digger cracked a water main on Elm Street on Tuesday.'), closure)).toBe(false);
  });

  it('keeps apart a cracked main and a nursery closed because of its leak', () => {
    const entries = merged(
      'A digger cracked a water main on Elm Street in Carrick on Tuesday morning. Crews worked until dusk to repair it.',
      'Elm Street nursery in Carrick closed for the day on Tuesday because of the leak. Staff rang parents at 7 a.m.',
    );
    expect(joining(entries, '2026-10-13', 'outlet-1', 'outlet-2')).toHaveLength(0);
  });
});

describe('what a deed is against', () => {
  it('does not read opposing a closure as the closure', () => {
    expect(report('Parents marched on Tuesday to oppose the closure of Orm library.').clear.has('close')).toBe(false);
    expect(report('Traders on Tuesday began a campaign to resist the closure of the market.').clear.has('close')).toBe(
      false,
    );
  });

  it('still reads the closure itself', () => {
    expect(report('The council announced the closure of Orm library on Tuesday.').clear.has('close')).toBe(true);
  });
});

describe('landing', () => {
  it('does not read debris landing in a garden as an arrival', () => {
    expect(report('Debris from the blast landed in gardens on Tuesday.').actions.has('arrive')).toBe(false);
    expect(report('Rocks landed in the playground on Tuesday.').actions.has('arrive')).toBe(false);
  });

  it('still reads a plane landing in a city as an arrival', () => {
    expect(report('The relief flight landed in Okonde on Tuesday.').clear.has('arrive')).toBe(true);
  });
});

describe('one verb, two things', () => {
  it('keeps apart a port and an airport both closed that day', () => {
    const entries = merged(
      'Carrick port closed on Tuesday as gales battered the coast.',
      'Carrick airport closed on Tuesday as the storm swept inland.',
    );
    expect(joining(entries, '2026-10-13', 'outlet-1', 'outlet-2')).toHaveLength(0);
  });

  it('still joins one port told as closed and as shut', () => {
    const entries = merged(
      'Carrick port closed on Tuesday as gales battered the coast.',
      'Gales shut the port of Carrick on Tuesday.',
    );
    expect(joining(entries, '2026-10-13', 'outlet-1', 'outlet-2')).toHaveLength(1);
  });
});
