import { describe, expect, it } from 'vitest';
import { kindOf, happeningsOpenedOn as told } from '../../../electron/core/timeline/stories/opening-happenings.ts';

const happeningsOpenedOn = (title: string, lede: string) => [...new Set(told(title, lede).map(kindOf))];

// Openings written for this test, none from the gold or probe articles.
describe('what an opening tells happened', () => {
  it('reads a quake in an earthquake and in a tremor alike', () => {
    expect(
      happeningsOpenedOn('Earthquake rattles Brenmoor', 'An earthquake rattled Brenmoor on Monday night.'),
    ).toEqual(['quake']);
    expect(happeningsOpenedOn('Tremor wakes Brenmoor', 'Residents were shaken awake by a tremor before dawn.')).toEqual(
      ['quake'],
    );
  });

  it('reads a fire in a blaze and an inferno, and a vote in a ballot', () => {
    expect(happeningsOpenedOn('Inferno guts Pellow sports hall', 'Flames tore through the hall overnight.')).toContain(
      'fire',
    );
    expect(
      happeningsOpenedOn('Pellow council backs new pool', 'Councillors voted 7 to 2 on Tuesday to build it.'),
    ).toEqual(['vote']);
  });

  it('takes a quake that strikes for no walkout, and a fire that broke out for no fault', () => {
    expect(happeningsOpenedOn('Earthquake strikes near Osk', 'A quake struck the valley at dawn.')).toEqual(['quake']);
    expect(happeningsOpenedOn('Fire at Osk barn', 'A fire broke out in a barn near Osk on Sunday.')).toEqual(['fire']);
  });

  it("reads a company's job cuts as its decision", () => {
    expect(
      happeningsOpenedOn('Orla Glass to shed up to 90 jobs', 'The glassworks will make redundancies in May.'),
    ).toEqual(['layoff']);
  });

  it('keeps the word each happening was told by', () => {
    expect(told('Tremor wakes Brenmoor', 'Residents felt the earthquake before dawn.').sort()).toEqual([
      'quake:earthq',
      'quake:tremor',
    ]);
  });

  it('reads no happening in a fire service, a fire authority or a headline without one', () => {
    expect(
      happeningsOpenedOn('Osk keeps its engine', "The county's fire and rescue authority voted to keep it."),
    ).toEqual(['vote']);
    expect(happeningsOpenedOn('New chief for Osk', 'The fire service named its new chief on Friday.')).not.toContain(
      'fire',
    );
  });
});
