// An article's lede and a later sentence giving its hour tell one happening, when both tell the very same action
// ("freed … on Saturday", "pulled the ship clear at 2:45 p.m."); another action that hour stays apart.
// Reference: Wednesday 14 October 2026 (outlets.ts).
import { describe, expect, it } from 'vitest';
import { merged } from './outlets.ts';

describe('a lede and the sentence giving its hour', () => {
  it('shows them once', () => {
    const entries = merged(
      'Salvage crews freed the container ship Thessaly Grace in the Sallow Canal on Saturday, two days after it ran aground.\n\n' +
        'Tugs pulled her clear at 2:45 p.m. local time, on the afternoon’s high tide.',
    );
    const onDay = entries.filter((entry) => entry.date === '2026-10-10');
    expect(onDay).toHaveLength(1);
    expect(onDay[0]?.sources).toHaveLength(2);
  });

  it('keeps another action of that hour apart', () => {
    const entries = merged(
      'Salvage crews freed the container ship Thessaly Grace in the Sallow Canal on Saturday, two days after it ran aground.\n\n' +
        'The canal authority closed the northern locks at 2:45 p.m. local time, on the afternoon’s high tide.',
    );
    expect(entries.filter((entry) => entry.date === '2026-10-10')).toHaveLength(2);
  });
});
