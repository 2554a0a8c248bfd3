// One happening told in other words by other outlets: what a report reads as having happened, and the reports that
// merge because of it.
import { describe, expect, it } from 'vitest';
import { reportOf } from '../../../electron/core/timeline/extraction/event-reports.ts';
import { merged, reportAt } from './outlets.ts';

describe('what happened, in other words', () => {
  it.each([
    ['Hospital cleaners stopped work at 7 a.m. on Monday.', 'on Monday', 'strike'],
    ['The porters downed tools on Monday over unpaid overtime.', 'on Monday', 'strike'],
    ['The roof of the old gallery caved in on Monday.', 'on Monday', 'collapse'],
    ['The quarry face gave way late on Monday.', 'late on Monday', 'collapse'],
    ['The last of the cavers was brought back to the surface on Monday.', 'on Monday', 'rescue'],
    ['Firefighters freed the driver on Monday.', 'on Monday', 'rescue'],
    ['The grain carrier was refloated on Monday.', 'on Monday', 'rescue'],
    ['Two tugs pulled the barge clear on Monday.', 'on Monday', 'rescue'],
    ['The bakery chain sought court protection from its lenders on Monday.', 'on Monday', 'file'],
    ['Both sides sat down at 9 a.m. on Monday.', 'on Monday', 'talks'],
    ['A ranger spotted smoke above the gorge on Monday.', 'on Monday', 'find'],
    ['The leak was first seen at dawn on Monday.', 'on Monday', 'find'],
    ['Evacuees could go home on Monday.', 'on Monday', 'resume'],
    ['Three days after a landslip forced them out, the villagers returned on Monday.', 'landslip', 'evacuate'],
    ['The treasurer was found guilty on Monday.', 'on Monday', 'court'],
    ['Fresh samples came back clean on Monday.', 'on Monday', 'result'],
    ['The all-clear came at 9 a.m. on Monday.', 'on Monday', 'lift'],
    ['Villages have been cut off since the cyclone hit on Monday night.', 'on Monday', 'landfall'],
  ])('reads "%s" as the action %s', (text, dateWords, action) => {
    expect(reportAt(text, dateWords).clear.has(action)).toBe(true);
  });

  it('reads a director as who someone is, not as an order', () => {
    const report = reportAt('The plant’s director told the council on Monday that a valve had failed.', 'on Monday');
    expect(report.actions.has('order')).toBe(false);
    expect(
      reportAt('The regulator directed the plant on Monday to stop pumping.', 'on Monday').clear.has('order'),
    ).toBe(true);
  });

  it('reads the words before dates listed with "and" for each of them: "shut on Tuesday and Wednesday"', () => {
    const text = 'Libraries, shut on Tuesday and Wednesday, reopened on Thursday.';
    const at = text.indexOf('Wednesday');
    const tuesday = { start: text.indexOf('Tuesday'), end: text.indexOf('Tuesday') + 'Tuesday'.length };
    const entities = { people: [], organizations: [], places: [] };
    const report = reportOf({ text, start: 0, end: text.length, dateStart: at, dateEnd: at + 9, entities }, [tuesday]);
    expect(report.clear.has('close')).toBe(true);
  });

  it('reads talks that broke down as ended, however many words stand between, but a bus that broke down as a fault', () => {
    const talks = reportAt(
      'Talks between the cleaners’ union and the hospital trust broke down on Monday afternoon.',
      'on Monday',
    );
    expect(talks.clear.has('end')).toBe(true);
    const bus = reportAt('The school bus broke down on Monday near the ford.', 'on Monday');
    expect(bus.clear.has('end')).toBe(false);
    expect(bus.clear.has('fault')).toBe(true);
  });

  it('keeps the action before a clock time near its date: the colon of "9:40 p.m." breaks no clause', () => {
    const text = 'The pool was shut to swimmers at 9:40 p.m., about an hour after the crack was spotted.';
    // The date comes from the words counted from the crack's finding; the clock time only gives its hour.
    expect(reportAt(text, 'about an hour after the crack was spotted').primary).toBe('close');
  });
});

describe('reports that merge because of it', () => {
  it('shows a fault one outlet says a warden spotted, another that was first seen by her, once', () => {
    const entries = merged(
      'Engineers are draining the canal after a lock keeper spotted water spurting from a gate on Monday.',
      'The seep was first seen at first light on Monday by a warden on her round.',
      'Boats were moored at the basin on Monday.',
    );
    const monday = entries.filter((entry) => entry.date === '2026-10-12');
    const seen = monday.find((entry) => entry.sources.some((source) => source.text.startsWith('The seep')))!;
    expect(seen.sources.map((source) => source.articleId).sort()).toEqual(['outlet-1', 'outlet-2']);
  });

  it('shows a finding and its confirmation once, but keeps a verdict apart from a finding', () => {
    const found = merged(
      'The church will stay shut after surveyors found on Monday that its east tower had tilted.',
      'Engineers confirmed on Monday that it had shifted by two degrees, most likely because of the drought.',
    );
    expect(found.filter((entry) => entry.date === '2026-10-12')).toHaveLength(1);
    const verdict = merged(
      'The former treasurer was found guilty on Monday of taking £90,000 from the club.',
      'Divers found on Monday that the hull had a two-metre gash.',
    );
    expect(verdict.filter((entry) => entry.date === '2026-10-12')).toHaveLength(2);
  });

  it('shows talks that broke down, and the same talks that ended at an hour, once with every source', () => {
    const entries = merged(
      [
        'Cleaners at Tovey Hospital will strike from Friday after talks with the trust broke down on Monday afternoon.',
        'The talks, at the trust’s headquarters on Mill Lane, ended at 4:10 p.m. without a new offer.',
      ].join('\n\n'),
      'Talks between the cleaners and the trust at the Mill Lane headquarters broke down on Monday, the union said.',
    );
    const monday = entries.filter((entry) => entry.date === '2026-10-12');
    expect(monday).toHaveLength(1);
    expect(monday[0]!.sources).toHaveLength(3);
  });

  it('shows a ship refloated and the same ship pulled clear as one event', () => {
    const entries = merged(
      [
        'Salvage crews refloated the bulk carrier Merrow Star on Monday, two days after it ran aground.',
        'The canal authority reopened the channel about three hours later.',
      ].join('\n\n'),
      [
        'Tugs pulled the Merrow Star clear on Monday afternoon.',
        'The channel reopened to traffic that evening, the canal authority said.',
      ].join('\n\n'),
    );
    const freed = entries.find(
      (entry) => entry.date === '2026-10-12' && entry.sources.some((s) => s.text.includes('refloated')),
    )!;
    expect(freed.sources.map((s) => s.articleId).sort()).toEqual(['outlet-1', 'outlet-2']);
  });
});
