// A start told with what started ("began an audit of the prison") goes with that thing only, as an order does: it is
// not the opening another outlet reports that day ("the schools will reopen"), though a start and an opening may tell
// one happening. Written for this test; the outlets publish on Wednesday 14 October 2026 (outlets.ts).
import { describe, expect, it } from 'vitest';
import { merged } from './outlets.ts';

describe('a start told with what started', () => {
  it('stays apart from an opening told of that day', () => {
    const entries = merged(
      'Schools across the Tolley valley will reopen on Thursday with a warden at every gate.',
      'State inspectors will begin an audit of the valley’s school buildings on Thursday.',
    );
    expect(entries.filter((entry) => entry.date === '2026-10-15')).toHaveLength(2);
  });

  it('still joins an opening told as a start', () => {
    const entries = merged(
      'The new Tolley valley swimming baths will open on Thursday after two years of building.',
      'The new Tolley valley swimming baths begin welcoming swimmers on Thursday.',
    );
    expect(entries.filter((entry) => entry.date === '2026-10-15')).toHaveLength(1);
  });
});
