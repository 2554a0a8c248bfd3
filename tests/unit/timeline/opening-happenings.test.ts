import { describe, expect, it } from 'vitest';
import { happeningsOpenedOn } from '../../../electron/core/timeline/opening-happenings.ts';

// Openings written for this test, none from the gold or probe articles.
describe('what an opening tells happened', () => {
  it('reads a quake in an earthquake and in a tremor alike', () => {
    expect(
      happeningsOpenedOn('Earthquake rattles Brenmoor', 'An earthquake rattled Brenmoor on Monday night.'),
    ).toEqual(['physical:quake']);
    expect(happeningsOpenedOn('Tremor wakes Brenmoor', 'Residents were shaken awake by a tremor before dawn.')).toEqual(
      ['physical:quake'],
    );
  });

  it('reads a fire in a blaze and an inferno, and a vote in a ballot', () => {
    expect(happeningsOpenedOn('Inferno guts Pellow sports hall', 'Flames tore through the hall overnight.')).toContain(
      'physical:fire',
    );
    expect(
      happeningsOpenedOn('Pellow council backs new pool', 'Councillors voted 7 to 2 on Tuesday to build it.'),
    ).toEqual(['civic:vote']);
  });

  it('takes a quake that strikes for no walkout, and a fire that broke out for no fault', () => {
    expect(happeningsOpenedOn('Earthquake strikes near Osk', 'A quake struck the valley at dawn.')).toEqual([
      'physical:quake',
    ]);
    expect(happeningsOpenedOn('Fire at Osk barn', 'A fire broke out in a barn near Osk on Sunday.')).toEqual([
      'physical:fire',
    ]);
  });

  it('reads no happening in a fire service or a headline without one', () => {
    expect(happeningsOpenedOn('New chief for Osk', 'The fire service named its new chief on Friday.')).not.toContain(
      'physical:fire',
    );
  });
});
