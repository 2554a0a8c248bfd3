// A deed named only in the clause that tells a report's day ("the same day the harbour was shut", "four hours after
// polls closed on Tuesday") is another happening, not the sentence's own: it does not make the report one of that
// deed, while the sentence's own deed still joins another outlet's telling of it. Written for this test; reference Wednesday 14 October 2026
// (outlets.ts), so "Tuesday" is 13 October.
import { describe, expect, it } from 'vitest';
import { merged, reportAt } from './outlets.ts';

const TUESDAY = '2026-10-13';
const STRANDED =
  'Trawler crews stranded by the Kessock harbour closure sailed for Arden on Wednesday, a day after the port ' +
  'authority shut the harbour.';
const INQUIRY = 'The coastguard opened an inquiry into the Kessock harbour closure on Tuesday.';

/** The outlets (and where their sentences start) of each entry of `date`. */
function entriesOf(date: string, ...articles: string[]): string[][] {
  return merged(...articles)
    .filter((entry) => entry.date === date)
    .map((entry) => entry.sources.map((source) => `${source.articleId}@${source.start}`).sort());
}

describe('a deed named in the clause that tells the day', () => {
  it('reads the sentence’s own deed, not the one of the same-day clause', () => {
    const report = reportAt(
      'The coastguard, which opened an inquiry the same day the harbour was shut, will report next month.',
      'the same day the harbour was shut',
    );
    expect(report.actions.has('close')).toBe(false);
    expect(report.actions.has('inspect')).toBe(true);
  });

  it('still reads a deed told with a bare "the same day" as the sentence’s own', () => {
    const report = reportAt('The port authority shut the harbour the same day.', 'the same day');
    expect(report.actions.has('close')).toBe(true);
  });

  it('keeps an inquiry opened the same day a harbour was shut apart from the shutting, each joining its own', () => {
    const told =
      'Kessock harbour was shut to shipping on Tuesday. The coastguard, which opened an inquiry the same day the ' +
      'harbour was shut, is due to report by 30 November.';
    const inquiryAt = told.indexOf('The coastguard');
    expect(entriesOf(TUESDAY, STRANDED, told, INQUIRY)).toEqual(
      expect.arrayContaining([
        ['outlet-1@0', 'outlet-2@0'],
        [`outlet-2@${inquiryAt}`, 'outlet-3@0'],
      ]),
    );
  });

  it('keeps apart a same-day inquiry told as the sentence’s main clause, too', () => {
    const told =
      'Kessock harbour was shut to shipping on Tuesday. The coastguard opened an inquiry the same day the harbour ' +
      'was shut.';
    const entries = entriesOf(TUESDAY, STRANDED, told);
    expect(entries).toContainEqual(['outlet-1@0', 'outlet-2@0']);
    expect(entries).toContainEqual([`outlet-2@${told.indexOf('The coastguard')}`]);
  });

  it('joins a declaration dated by a count from the close of polls, the close dated after it, to another outlet’s', () => {
    const entries = entriesOf(
      '2026-10-14',
      'Mara Quill won the Kelso by-election. The result was declared at Kelso Town Hall shortly after 2 a.m., more ' +
        'than four hours after polls closed on Tuesday.',
      'Kelso declared its new MP, Mara Quill, on Wednesday.',
    );
    expect(entries).toContainEqual(['outlet-1@38', 'outlet-2@0']);
  });
});
