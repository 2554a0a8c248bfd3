// What was agreed or voted to be done lies ahead of the agreeing ("agreed to open a shelter from Saturday", "voted on
// Monday night to keep parking free through the end of November"), and a happening told in the present as set for a
// weekday ("the funeral is Friday") is the coming one. Written for this test; the outlet publishes on Wednesday
// 14 October 2026 (outlets.ts).
import { describe, expect, it } from 'vitest';
import { datesOfSentence as datesOf } from './outlets.ts';

describe('plans agreed and happenings set for a day', () => {
  it('reads a start agreed to as ahead of the agreeing', () => {
    const sentence = 'The parish council agreed to open a warm room in the scout hut from Saturday.';
    expect(datesOf(sentence, 'The parish council')).toEqual(['2026-10-17']);
  });

  it('reads "through the end of" a month as a deadline ahead, also after a vote', () => {
    const sentence =
      'Councillors voted 6-1 on Monday night to keep the Dock Road car park free through the end of November.';
    expect(datesOf(sentence, 'Councillors')).toEqual(['2026-10-12', '2026-11']);
  });

  it('reads a weekday something starts or takes effect from as ahead, unless the clause tells the past', () => {
    expect(datesOf('Starting Monday, buses on the 14 route will run every ten minutes.', 'Starting')).toEqual([
      '2026-10-19',
    ]);
    expect(datesOf('The new parking charges apply as of Monday.', 'The new parking')).toEqual(['2026-10-19']);
    expect(datesOf('Starting Monday, buses on the 14 route ran every ten minutes.', 'Starting')).toEqual([
      '2026-10-12',
    ]);
  });

  it('reads a happening set for a weekday in the present as the coming one', () => {
    const sentence = 'Mr Doyle’s funeral is Friday at 11 a.m. at St Mary’s.';
    expect(datesOf(sentence, 'Mr Doyle')).toEqual(['2026-10-16']);
    const past = 'Mr Doyle’s funeral was Friday at St Mary’s.';
    expect(datesOf(past, 'Mr Doyle')).toEqual(['2026-10-09']);
  });
});
