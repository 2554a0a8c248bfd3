// Two outlets telling one happening in other words ("struck the gates", "jammed them open"; "read out the order", "the
// verdict was read out") merge, and two happenings of one evening told near each other (the sirens, the tornado) stay
// apart. Written for this test; the outlets publish on Wednesday 14 October 2026 (outlets.ts).
import { describe, expect, it } from 'vitest';
import { evidenceOf, sameClockTime } from '../../../electron/core/timeline/merging/merge-evidence.ts';
import { joining, merged, reportAt } from './outlets.ts';

const TUESDAY = '2026-10-13';

describe('one happening told with actions of one kind', () => {
  it('merges a barge that hit the pier with a barge that jammed the span open', () => {
    const entries = merged(
      'The Lady Ann, a gravel barge, hit the central pier of the Ferrow swing bridge at 6:40 p.m. on Tuesday.\n\n' +
        'Police shut Mill Street to cars on Tuesday.',
      'A barge jammed the Ferrow span open on Tuesday evening.\n\nThe council shut Mill Street on Tuesday.',
    );
    const barge = joining(entries, TUESDAY, 'outlet-1', 'outlet-2').filter((entry) =>
      entry.sources.some((source) => source.text.includes('jammed')),
    );
    expect(barge).toHaveLength(1);
    expect(barge[0]!.sources.some((source) => source.text.includes('hit the central pier'))).toBe(true);
    expect(barge[0]!.sources.some((source) => source.text.includes('Mill Street'))).toBe(false);
  });

  it('keeps a fire still smouldering apart from the blast of that day', () => {
    const entries = merged(
      'An explosion tore through the Barrow grain store on Tuesday afternoon.',
      'Crews said the fire was still smouldering inside the store late on Tuesday.',
    );
    expect(joining(entries, TUESDAY, 'outlet-1', 'outlet-2')).toHaveLength(0);
  });
});

describe('a court reading out its order', () => {
  it('tells a ruling, not an order to do something', () => {
    const report = reportAt('Judge Amara Felt read out the order on Tuesday in a crowded courtroom.', 'on Tuesday');
    expect(report.clear.has('court')).toBe(true);
    expect(report.clear.has('order')).toBe(false);
  });

  it('is the ruling those who won their case tell', () => {
    const report = reportAt(
      'Forty tenants on Quarry Row won their case on Tuesday and can keep their flats.',
      'on Tuesday',
    );
    expect(report.clear.has('court')).toBe(true);
  });

  it('merges with the verdict another outlet says was read out', () => {
    const entries = merged(
      'Judge Amara Felt read out the order at 10:20 a.m. on Tuesday.\n\nThe council said on Tuesday it would appeal.',
      'When the verdict was read out shortly after 10 a.m. on Tuesday, tenants outside the court cheered.',
    );
    const ruling = joining(entries, TUESDAY, 'outlet-1', 'outlet-2');
    expect(ruling).toHaveLength(1);
    expect(ruling[0]!.sources.some((source) => source.text.includes('would appeal'))).toBe(false);
  });
});

describe('a time told as shortly after an hour', () => {
  it('is the same moment as a time up to half an hour past it', () => {
    const shortly = evidenceOf('The verdict was read out shortly after 3 p.m.');
    expect(sameClockTime(shortly, evidenceOf('The judge spoke at 3:25 p.m.'))).toBe(true);
    expect(sameClockTime(shortly, evidenceOf('The judge spoke at 3:50 p.m.'))).toBe(false);
    expect(sameClockTime(shortly, evidenceOf('The judge spoke at 2:40 p.m.'))).toBe(false);
  });
});

describe('two happenings of one evening', () => {
  it('keeps the sirens apart from the tornado that followed', () => {
    const entries = merged(
      'Storm sirens sounded across Tullow at 7:40 p.m. on Tuesday.\n\n' +
        'A tornado touched down east of the rail yard at 7:52 p.m. on Tuesday.',
      'The sirens went off at 7:40 p.m. on Tuesday, and for most of us that was the start of a long night.\n\n' +
        'The twister was on the ground by the rail yard at 7:53 p.m. on Tuesday.',
    );
    const sirens = entries.filter((entry) => entry.sources.some((source) => source.text.includes('sirens')));
    expect(sirens).toHaveLength(1);
    expect(sirens[0]!.sources).toHaveLength(2);
    expect(sirens[0]!.sources.some((source) => /tornado|twister/.test(source.text))).toBe(false);
  });
});

describe('something said that day beside a report telling no action', () => {
  it('keeps what the board said apart from where its divers were', () => {
    const entries = merged(
      'Divers from the harbour board were under the north jetty at first light on Tuesday.\n\n' +
        'Police closed the jetty to boats on Tuesday.',
      'The board had said on Tuesday that it hoped to let boats back on Friday.\n\n' +
        'Police closed the jetty on Tuesday.',
    );
    const divers = entries.filter((entry) => entry.sources.some((source) => source.text.includes('Divers')));
    expect(divers).toHaveLength(1);
    expect(divers[0]!.sources.some((source) => source.text.includes('had said'))).toBe(false);
  });

  it('still joins what was said to a report whose sentence tells of something said', () => {
    const entries = merged(
      'The harbour board said on Tuesday that rot in the piles had caused the collapse.\n\n' +
        'Police closed the jetty to boats on Tuesday.',
      'On the day the jetty was closed, the harbour board blamed rot in the piles for the collapse.\n\n' +
        'Police closed the jetty on Tuesday.',
    );
    const rot = entries.filter((entry) => entry.sources.some((source) => source.text.includes('rot in the piles')));
    expect(rot).toHaveLength(1);
  });
});

describe('a sitting and what it decided', () => {
  it('merges the meeting one outlet reports with the vote another reports', () => {
    const entries = merged(
      'The parish council met in emergency session on Tuesday night, Mayor Ines Dahl said.\n\n' +
        'Crews closed the ford on Tuesday.',
      'Parish council members voted 7-2 on Tuesday night to rebuild the ford.\n\nCrews closed the ford on Tuesday.',
    );
    const sitting = joining(entries, TUESDAY, 'outlet-1', 'outlet-2').filter((entry) =>
      entry.sources.some((source) => source.text.includes('voted')),
    );
    expect(sitting).toHaveLength(1);
    expect(sitting[0]!.sources.some((source) => source.text.includes('emergency session'))).toBe(true);
  });
});

describe('people told to go', () => {
  it.each([
    ['Police began moving residents out of homes near the yard on Tuesday morning.'],
    ['Forty households were told to leave on Tuesday.'],
    ['Everyone who was moved out on Tuesday morning is back home.'],
    ['Officers went from house to house on Tuesday, ordering everyone on Quay Lane to leave.'],
  ])('were evacuated: %s', (text) => {
    const dateWords = /on Tuesday(?: morning)?/.exec(text)![0];
    const report = reportAt(text, dateWords);
    expect(report.terms.has('@evacuate')).toBe(true);
  });
});
