// Signals any outlet's wording keeps, whatever verb it chooses: the clock time, a distinctive number, a name few of
// the story's articles give, and the dictionary forms of the words.
import { describe, expect, it } from 'vitest';
import {
  evidenceOf,
  lemmaOverlap,
  sameClockTime,
  sharesNumber,
} from '../../../electron/core/timeline/merging/merge-evidence.ts';
import { merged } from './outlets.ts';

describe('signals of one event in any wording', () => {
  it('reads clock times in the ways outlets write them, but not a time something happened before', () => {
    expect(evidenceOf('The roof gave way at 2:15 p.m. on Monday.').clockTimes.map((time) => time.minutes)).toEqual([
      14 * 60 + 15,
    ]);
    expect(evidenceOf('The barrier rose at 06:40 on Monday.').clockTimes.map((time) => time.minutes)).toEqual([
      6 * 60 + 40,
    ]);
    expect(evidenceOf('The siren sounded at midnight.').clockTimes.map((time) => time.minutes)).toEqual([0]);
    expect(
      evidenceOf('The last bus left shortly before 6 a.m. on Monday.').clockTimes.map((time) => time.minutes),
    ).toEqual([]);
  });

  it('takes clock times a quarter of an hour apart as one time, and an hour apart as two', () => {
    const verdict = evidenceOf('The jury returned its verdict at 2:10 p.m. on Monday.');
    expect(sameClockTime(verdict, evidenceOf('The jury reached its verdict shortly after 2 p.m.'))).toBe(true);
    expect(sameClockTime(verdict, evidenceOf('The judge adjourned the case at 3:20 p.m.'))).toBe(false);
    expect(sameClockTime(verdict, evidenceOf('The judge adjourned the case on Monday.'))).toBe(false);
  });

  it('reads counts, sums and percentages as distinctive numbers, but not years, the day of a date or small numbers', () => {
    const numbers = evidenceOf(
      'On 12 March 2026 the club said 1,450 fans had paid £2.5 million, a rise of 12 per cent, in 3 weeks.',
    ).numbers;
    expect([...numbers].sort()).toEqual(['12', '1450', '2.5']);
    expect(sharesNumber(evidenceOf('Some 1,450 supporters paid in.'), evidenceOf('1450 fans had paid.'))).toBe(true);
    expect(sharesNumber(evidenceOf('It opened on March 12.'), evidenceOf('It closed on 12 March.'))).toBe(false);
  });

  it('reads verbs in their dictionary form and nouns in the singular, so other tenses share their words', () => {
    const lemmas = evidenceOf('The volunteers rebuilt the fences.').lemmas;
    expect(lemmas.has('rebuild')).toBe(true);
    expect(lemmas.has('fence')).toBe(true);
    const same = lemmaOverlap(
      evidenceOf('The volunteers rebuilt the fences.'),
      evidenceOf('Volunteers are rebuilding a fence.'),
      () => 1,
    );
    expect(same).toBeGreaterThan(0.6);
    const other = lemmaOverlap(
      evidenceOf('The volunteers rebuilt the fences.'),
      evidenceOf('The mayor thanked donors.'),
      () => 1,
    );
    expect(other).toBe(0);
  });
});

describe('merging on signals any wording keeps', () => {
  const mondayOf = (entries: ReturnType<typeof merged>) => entries.filter((entry) => entry.date === '2026-10-12');
  const sourcesOf = (entries: ReturnType<typeof merged>, start: string) =>
    mondayOf(entries)
      .find((entry) => entry.sources.some((source) => source.text.startsWith(start)))!
      .sources.map((source) => source.articleId)
      .sort();

  it('shows once a happening two outlets tell with other verbs but at the same clock time', () => {
    const entries = merged(
      'The old grain silo at Ferris Quay toppled at 5:50 a.m. on Monday. Crowds gathered by the river on Monday.',
      'A crane operator saw the tower lean and go down at about 5:45 a.m. on Monday. Schools opened late on Monday.',
    );
    expect(sourcesOf(entries, 'The old grain silo')).toEqual(['outlet-1', 'outlet-2']);
  });

  it('shows once a happening two outlets tell with other words but the same count or sum', () => {
    const birds = merged(
      'Wardens ringed 312 terns on the spit on Monday. The ferry ran late on Monday.',
      'Volunteers tagged 312 chicks at dawn on Monday. Anglers complained on Monday about the weed.',
    );
    expect(sourcesOf(birds, 'Wardens ringed')).toEqual(['outlet-1', 'outlet-2']);
    const appeal = merged(
      'Donors gave £48,500 to the lifeboat appeal on Monday. The ferry ran late on Monday.',
      'The crew thanked residents for £48,500 raised on Monday. Anglers complained on Monday about the weed.',
    );
    expect(sourcesOf(appeal, 'Donors gave')).toEqual(['outlet-1', 'outlet-2']);
  });

  it('keeps apart two happenings of one day that share no time, number, rare name or word', () => {
    const entries = merged(
      'The old grain silo at Ferris Quay toppled at 5:50 a.m. on Monday. Crowds gathered by the river on Monday.',
      'Anglers complained about the weed at 11 a.m. on Monday. Schools opened late on Monday.',
    );
    expect(sourcesOf(entries, 'The old grain silo')).toEqual(['outlet-1']);
  });
});

describe('clock times told in words', () => {
  it('reads "a quarter past three" as the minute "3:15 a.m." names, and "five to six metres" as no time', () => {
    const inWords = evidenceOf('The alarm went off at a quarter past three on Monday morning.');
    expect(sameClockTime(inWords, evidenceOf('The alarm sounded at about 3:15 a.m. on Monday.'))).toBe(true);
    expect(sameClockTime(inWords, evidenceOf('The alarm sounded at 4:30 a.m. on Monday.'))).toBe(false);
    expect(evidenceOf('The water rose five to six metres on Monday.').clockTimes).toEqual([]);
  });

  it('shows once an alarm one outlet times in words and another in figures, beside another event of that day', () => {
    const entries = merged(
      'Night porters raised the alarm at a quarter past three on Monday morning. The canteen reopened on Monday.',
      'A warden first smelled smoke at 3:15 a.m. on Monday, the fire service said. Buses were diverted on Monday.',
    );
    const alarm = entries.find((entry) => entry.sources.some((source) => source.text.startsWith('Night porters')))!;
    expect(alarm.sources.map((source) => source.articleId).sort()).toEqual(['outlet-1', 'outlet-2']);
    const canteen = entries.find((entry) => entry.sources.some((source) => source.text.startsWith('The canteen')))!;
    expect(canteen.sources.map((source) => source.articleId)).toEqual(['outlet-1']);
  });
});
