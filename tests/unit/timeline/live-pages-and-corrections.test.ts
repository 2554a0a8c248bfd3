// A live page's entry stamps, its sign-off and its "last updated" line, and a correction's account of what the text
// said before, tell no event; the sentence after a correction that points back still does (written for this test; the
// outlet publishes on Wednesday 14 October 2026).
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import { datesOfSentence, reference } from './outlets.ts';

const LIVE_PAGE = [
  'Gales closed the Tollin Bridge at 7 a.m. today, and the coastguard has moved 40 caravans off the dunes.',
  '19:40',
  'That is where we will end our live coverage for tonight. Thanks for reading.',
  '16:05',
  'The harbour master says the ferry will not sail before morning.',
  '08:15',
  'Police have shut the promenade between the pier and the lifeboat station.',
  'This page was last updated at 19:45.',
].join('\n\n');

describe('live pages and corrections', () => {
  it('finds the events of a live page, not its entry stamps, sign-off or update line', () => {
    const sentences = extractEvents(LIVE_PAGE, reference).map((event) => LIVE_PAGE.slice(event.start, event.end));
    expect(sentences.some((text) => text.startsWith('Gales closed'))).toBe(true);
    expect(sentences.filter((text) => /^\d|our live coverage|last updated/.test(text))).toEqual([]);
  });

  it('reads what a correction says the text said before as no event, and the sentence pointing back as one', () => {
    const text = [
      'The council opened its winter night shelter on Monday.',
      'This article was amended on 14 October 2026. An earlier version said the shelter opened on Sunday 11 October.',
      'It opened on Monday 12 October.',
    ].join('\n\n');
    expect(datesOfSentence(text, 'An earlier version')).toEqual([]);
    expect(datesOfSentence(text, 'It opened')).toEqual(['2026-10-12']);
  });

  it('reads a clock time in what a correction says the text said before as no event', () => {
    const text = [
      'Fire broke out at the Corve Street bakery on Tuesday.',
      'An earlier version said the fire started at 4.15am.',
    ].join('\n\n');
    expect(datesOfSentence(text, 'An earlier version')).toEqual([]);
  });

  it('reads a correction’s own dated label before what the text said as no event', () => {
    const text = [
      'The Corve Street bakery reopened on Tuesday, 13 October 2026, after the fire.',
      'Correction, 14 October 2026: An earlier version of this article said the bakery had been shut for six weeks.',
      'Clarification: A previous version said it reopened on Monday.',
    ].join('\n\n');
    expect(datesOfSentence(text, 'Correction, 14 October')).toEqual([]);
    expect(datesOfSentence(text, 'Clarification:')).toEqual([]);
    expect(datesOfSentence(text, 'The Corve Street bakery')).toEqual(['2026-10-13']);
  });
});
