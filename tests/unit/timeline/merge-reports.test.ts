// How merging reads one report of an event, and joins reports told in different words by different outlets.
import { describe, expect, it } from 'vitest';
import { reportOf } from '../../../electron/core/timeline/extraction/event-reports.ts';
import { countedFromAt } from '../../../electron/core/timeline/extraction/report-date-words.ts';
import { actionOfWord, isNameWord } from '../../../electron/core/timeline/language/actions.ts';
import { merged, reportAt } from './outlets.ts';

describe('what a report tells happened', () => {
  it('reads inspectors from a named body as who spoke, not as an inspection that day', () => {
    const text =
      'Inspectors from the Quarry Safety Office said on Monday that a worn cable had snapped when the lift fell.';
    expect(reportAt(text, 'on Monday').actions.has('inspect')).toBe(false);
    expect(reportAt('Inspectors examined the lift shaft on Monday.', 'on Monday').actions.has('inspect')).toBe(true);
  });

  it('reads the time of day before a date as part of it, so the action before it stays near', () => {
    const report = reportAt('The ballot result was announced at the hall shortly before midnight on Monday.', 'Monday');
    expect(report.clear.has('announce')).toBe(true);
  });

  it('keeps the event a date is counted from out of the report when the sentence names no other date', () => {
    const text = 'The guild fixed the dates of its walkout two days after announcing the ballot result.';
    const dateWords = 'two days after announcing the ballot result';
    expect(countedFromAt(dateWords)).toBe('two days after '.length);
    const report = reportAt(text, dateWords);
    expect(report.actions.has('strike')).toBe(true);
    expect(report.actions.has('announce')).toBe(false);
    expect(report.actions.has('result')).toBe(false);
  });

  it('counts nothing from a time of day ("shortly before midnight")', () => {
    expect(countedFromAt('shortly before midnight')).toBe(-1);
  });

  it('reads a phrase for its own action, not its words’ ("took charge" is no arrest, "struck a deal" no collision)', () => {
    const charge = reportAt('Mira Dahl took charge of the water board on Monday.', 'Monday');
    expect(charge.actions.has('sworn')).toBe(true);
    expect(charge.actions.has('arrest')).toBe(false);
    const deal = reportAt('The ferry company struck a deal with its crews on Monday.', 'Monday');
    expect(deal.actions.has('agree')).toBe(true);
    expect(deal.actions.has('impact')).toBe(false);
  });

  it('reads no action in a name ("the Rail Accident Office")', () => {
    const text = 'Staff from the Rail Accident Office arrived on Monday.';
    expect(isNameWord(text, text.indexOf('Accident'))).toBe(true);
    expect(isNameWord(text, 0)).toBe(false);
    expect(reportAt(text, 'Monday').actions.has('impact')).toBe(false);
  });

  it('reads a clause opened by "once" as the circumstance, not what happened at the date', () => {
    const report = reportAt(
      'Wardens began closing the market an hour later, once a gas main was found to be leaking.',
      'an hour later',
    );
    expect(report.actions.has('fault')).toBe(false);
  });

  it('reads a date told right after "said" as when it was said, not when what was said happened', () => {
    const said = reportAt('Tomas Vik said on Monday he had asked engineers to inspect the dam.', 'Monday');
    expect(said.clear.has('inspect')).toBe(false);
    // what was said still keeps it apart from another action told that day
    expect(said.primaryWeight).toBeGreaterThanOrEqual(0.5);
    const lede = reportAt('Engineers inspected the dam and found no cracks, officials said Monday.', 'Monday');
    expect(lede.actions.has('inspect')).toBe(true);
  });

  it('reads no action in a title before a name ("managing director Ana Holm"), but does in a trade alone', () => {
    const title = reportAt('Managing director Ana Holm told staff on Tuesday that the plant had a future.', 'Tuesday');
    expect(title.actions.has('order')).toBe(false);
    const trade = reportAt('Negotiators were back at the table on Monday.', 'Monday');
    expect(trade.actions.has('talks')).toBe(true);
  });

  it('reads no action that the sentence denies ("broke up without agreement")', () => {
    const text = 'The first round broke up without agreement, and both sides said they would meet again on Tuesday.';
    expect(reportAt(text, 'on Tuesday').actions.has('agree')).toBe(false);
    expect(reportAt('The second round ended in agreement on Tuesday.', 'on Tuesday').actions.has('agree')).toBe(true);
    // So talks still going on that day are not the deal another outlet says was reached then.
    const events = merged(
      'The first round broke up without agreement on Monday, and both sides said they would carry on the next day.',
      'The ferry operator and its crews struck a deal late on Tuesday, ending the dispute.',
    );
    const tuesday = events.filter((event) => event.date === '2026-10-13');
    expect(tuesday.map((event) => event.sources.length)).toEqual([1, 1]);
  });

  it('finds who acted by the whole surname, not by a place that begins with it', () => {
    const text = 'Crews at the Haleford depot walked out on Monday.';
    const at = text.indexOf('Monday');
    const people = { people: ['Ann Hale'], organizations: [], places: [] };
    const report = reportOf({ text, start: 0, end: text.length, dateStart: at, dateEnd: at + 6, entities: people }, []);
    expect(report.people.size).toBe(0);
  });

  it('reads a court named as where something happened as no court action; a hearing or a ruling is one', () => {
    const text = 'The bakery chain sought protection in the county court on Monday.';
    expect(reportAt(text, 'Monday').actions.has('court')).toBe(false);
    expect(reportAt('The judge ruled against the bakery chain on Monday.', 'Monday').actions.has('court')).toBe(true);
    const events = merged(
      'Hollis Bakeries filed for bankruptcy protection on Monday, blaming flour prices.',
      'The bakery chain sought court protection from its lenders on Monday.',
    );
    expect(events.filter((event) => event.date === '2026-10-12').map((event) => event.sources.length)).toEqual([2]);
  });

  it('keeps a storm apart from what it "forced" that day, told by another outlet', () => {
    const events = merged(
      'A storm battered the valley on Sunday, with gusts of 90 mph.',
      'The ferry sailed again on Tuesday, two days after the storm forced the harbour to empty.',
    );
    expect(events.filter((event) => event.date === '2026-10-11').map((event) => event.sources.length)).toEqual([1, 1]);
  });

  it('knows collisions, leaks and deadlines however they are worded', () => {
    expect(actionOfWord('collision')).toBe('impact');
    expect(actionOfWord('accident')).toBe('impact');
    expect(actionOfWord('leaked')).toBe('fault');
    // A ship that "went aground", "was run aground" or "ran aground" met the bank, whatever the verb.
    expect(reportAt('The barge went aground near the lock on Sunday.', 'Sunday').clear.has('impact')).toBe(true);
    const deadline = reportAt('The union has given the operator until Friday to improve its offer.', 'Friday');
    expect(deadline.clear.has('deadline')).toBe(true);
  });
});

describe('one event told in different words by several outlets', () => {
  it('shows one target once when two outlets give the day it is to be met by, in other words', () => {
    const events = merged(
      'Lorries queued at the border on Monday, and officials said the queue should be gone by Friday.',
      'Hauliers were told on Tuesday that the last trucks would be through the checkpoint by Friday.',
    );
    const friday = events.filter((event) => event.date === '2026-10-16');
    expect(friday).toHaveLength(1);
    expect(friday[0]!.sources).toHaveLength(2);
    // A day something is to be done by does not join a different thing done that day.
    const apart = merged(
      'The coast road will stay closed until Friday, the council said.',
      'The ferry company will resume sailings on Friday.',
    );
    expect(apart.filter((event) => event.date === '2026-10-16')).toHaveLength(2);
  });

  it('shows a collision once whether a ship "rammed the pier", "hit" it or it was "Saturday’s accident"', () => {
    const events = merged(
      'The trawler Morwen rammed the north pier at Oskby on Saturday evening, injuring two crew.',
      'Saturday’s accident at the north pier left two fishermen in hospital, the harbour master said.',
    );
    const saturday = events.filter((event) => event.date === '2026-10-10');
    expect(saturday).toHaveLength(1);
    expect(saturday[0]!.sources).toHaveLength(2);
  });

  it('joins a lede and a clock time when one names the other’s main action ("the quake hit at 4:05 a.m.")', () => {
    const events = merged(
      'Nine people died when an earthquake of magnitude 5.8 shook dozens of farming villages and the old market towns of ' +
        'the upper Sarn valley early on Sunday, officials said. ' +
        'The regional governor opened a relief fund on Sunday.',
      'The quake hit at 4:05 a.m. on Sunday, when most people were asleep.',
    );
    const quake = events.filter((event) => event.sources.some((source) => /quake/.test(source.text)));
    expect(quake).toHaveLength(1);
    expect(quake[0]!.sources).toHaveLength(2);
  });

  it('joins a lede and the later paragraph of the same article that gives the same happening’s hour', () => {
    const events = merged(
      'Nine people died when an earthquake of magnitude 5.8 shook dozens of farming villages and the old market towns of ' +
        'the upper Sarn valley early on Sunday, officials said.\n\nThe quake hit at 4:05 a.m., when most people were ' +
        'asleep, and was followed by a weaker tremor.',
      'The earthquake struck before dawn on Sunday, followed by a weaker tremor, the army said.',
    );
    const sunday = events.filter((event) => event.date === '2026-10-11');
    expect(sunday).toHaveLength(1);
    expect(sunday[0]!.sources).toHaveLength(3);
  });

  it('keeps a vote and its result told apart in one article apart', () => {
    const events = merged(
      'Dockers voted on the offer at the union hall on Thursday.\n\nThe result was announced shortly before midnight on Thursday.',
    );
    expect(events).toHaveLength(2);
  });

  it('shows a deadline once whether "given until Friday" or "the deadline falls on Friday"', () => {
    const events = merged(
      'The union has given the operator until Friday to improve its offer.',
      'The deadline the union set for a better offer falls on Friday.',
    );
    expect(events).toHaveLength(1);
    expect(events[0]!.sources).toHaveLength(2);
  });

  it('shows a new member taking her seat once whether she "took her seat" or "was sworn in"', () => {
    const events = merged(
      'Hanne Olsen took her seat in the assembly on Monday and said she would not be distracted by the challenge.',
      'Hanne Olsen was sworn in as the member for Greyfold on Monday.',
    );
    expect(events).toHaveLength(1);
  });

  it('reads "on its first day" as the start it counts from', () => {
    const events = merged(
      'A free water taxi began running between the two quays on Thursday.\n\n' +
        'Its skipper, Ola Berg, said the boat carried 600 people on its first day, with queues at the morning peak.',
      '“It works, people are patient,” said Ola Berg, whose firm started the free water taxi on Thursday.',
    );
    expect(events).toHaveLength(1);
    expect(events[0]!.sources).toHaveLength(3);
  });

  it('keeps talks that will go on apart from the deal another outlet says was reached that day', () => {
    const events = merged(
      'The negotiations at the conciliation office in Skerwick ran for ten hours and will continue on 16 October.',
      'Dock pilots and their employer reached a deal late on 16 October, ending the threat of a walkout.',
    );
    expect(events.filter((event) => event.date === '2026-10-16')).toHaveLength(2);
  });

  it('keeps one company’s shares closing apart from another’s that day', () => {
    const events = merged(
      'Orrin’s stock jumped 12% to close at $20.10 in Chicago on Tuesday.',
      'Halden’s own shares closed 3 per cent lower on Tuesday as investors doubted the price.',
    );
    expect(events.filter((event) => event.date === '2026-10-13')).toHaveLength(2);
  });

  it('shows investigators arriving once whether they "would reach the scene" or "arrived"', () => {
    const events = merged(
      'The safety board said its investigators would reach the scene on 16 October.',
      'Inspectors from the board arrived at the crossing on 16 October and began measuring the track.',
    );
    expect(events.filter((event) => event.date === '2026-10-16')).toHaveLength(1);
  });

  it('shows a line reopening once whether it "will reopen" or trains "run again" from that day', () => {
    const events = merged(
      'The operator says the branch line will reopen on 19 October.',
      'Trains are due to run through the valley again from 19 October, with buses until then.',
    );
    expect(events.filter((event) => event.date === '2026-10-19')).toHaveLength(1);
  });

  it('keeps a collision and a deal of the same day apart', () => {
    const events = merged(
      'The trawler Morwen rammed the north pier at Oskby on Saturday evening.',
      'The ferry company struck a deal with its crews on Saturday, ending a week of cancellations.',
    );
    expect(events.filter((event) => event.date === '2026-10-10')).toHaveLength(2);
  });
});
