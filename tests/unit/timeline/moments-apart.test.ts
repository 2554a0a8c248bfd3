// Two moments of one day stay two timeline entries: a happening and the state it left later that day, or two
// happenings told at clock times far apart, though both reports name the same thing (a fire, a flood, a crowd).
import { describe, expect, it } from 'vitest';
import { joining, merged } from './outlets.ts';

describe('a state told as still going on is not the happening that began it', () => {
  it('keeps a fire still burning late on Monday apart from the fire breaking out that afternoon', () => {
    const entries = merged(
      'The warehouse fire broke out in the paint store of the Coldharbour depot on Monday afternoon.',
      'Crews said the fire was still burning in the roof late on Monday and that nearby streets would stay shut.',
    );
    expect(joining(entries, '2026-10-12', 'outlet-1', 'outlet-2')).toHaveLength(0);
  });

  it('still joins two outlets telling that a fire broke out that day', () => {
    const entries = merged(
      'The warehouse fire broke out in the paint store of the Coldharbour depot on Monday afternoon.',
      'Fire broke out at the Coldharbour depot on Monday, the fire service said.',
    );
    expect(joining(entries, '2026-10-12', 'outlet-1', 'outlet-2')).toHaveLength(1);
  });
});

describe('clock times far apart tell two moments', () => {
  it('keeps a blast at 6:05 a.m. apart from the police clearing the street at 9:30 a.m. of the same day', () => {
    const entries = merged(
      'The boiler house on Tanner Street blew apart at 6:05 a.m. on Monday. The school next door shut its gates on Monday.',
      'Police began clearing Tanner Street at about 9:30 a.m. on Monday. The gas board sent engineers on Monday.',
    );
    expect(joining(entries, '2026-10-12', 'outlet-1', 'outlet-2')).toHaveLength(0);
  });

  it('still joins two reports of one moment told at nearly the same clock time', () => {
    const entries = merged(
      'Water from the burst main flooded the underpass on Ferris Road at 6:05 a.m. on Monday.',
      'The underpass on Ferris Road flooded shortly after 6 a.m. on Monday when a main burst.',
    );
    expect(joining(entries, '2026-10-12', 'outlet-1', 'outlet-2')).toHaveLength(1);
  });
});

describe('a further one of a kind of happening is not the first', () => {
  it('keeps a second collapse apart from the collapse another outlet reports that day', () => {
    const entries = merged(
      'Part of the old wool warehouse on Mill Lane collapsed on Monday, crushing two parked vans. A second, larger section collapsed about an hour later.',
      'Part of the Mill Lane warehouse collapsed on Monday, its owner said.',
    );
    const collapses = joining(entries, '2026-10-12', 'outlet-1', 'outlet-2');
    expect(collapses).toHaveLength(1);
    expect(collapses[0]!.sources.map((source) => source.text.slice(0, 16))).not.toContain('A second, larger');
  });

  it('still joins a strike on the second day of a walkout with another report of that day', () => {
    const entries = merged(
      'Pickets stood at the depot gates on the second day of the walkout on Monday.',
      'Pickets were at the depot gates on Monday, the union said.',
    );
    expect(joining(entries, '2026-10-12', 'outlet-1', 'outlet-2')).toHaveLength(1);
  });
});

describe('an office holder’s title tells who acted, not what happened', () => {
  it('keeps the examiner naming a victim apart from inspectors arriving on the same day', () => {
    const entries = merged(
      'The district medical examiner on Monday named the driver who died as Petra Lindqvist, 38. Divers searched the canal on Monday.',
      'Safety inspectors arrived at the canal bridge on Monday and will stay all week. Cranes lifted the coach out on Monday.',
    );
    expect(joining(entries, '2026-10-12', 'outlet-1', 'outlet-2')).toHaveLength(0);
  });
});
