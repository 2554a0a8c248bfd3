// A page may hold one endless "sentence" (a list run together, or a hostile page written to stall readers): the
// tagger's time grows faster than its length, so such a text gets no grammar reading.
// Written for this test.
import { describe, expect, it } from 'vitest';
import { deedsOf } from '../../../electron/core/timeline/extraction/deed-words.ts';
import { extractEvents, LONGEST_TEXT_READ } from '../../../electron/core/timeline/extraction/events.ts';
import { LONGEST_PARSED, parsedSentence } from '../../../electron/core/timeline/language/sentence-parse.ts';
import { LONGEST_SENTENCE, splitSentences } from '../../../electron/core/timeline/language/sentences.ts';

const LONE_HIGH_SURROGATE = /[\uD800-\uDBFF]$/;

const runOn = (words: number) =>
  `The shed roof came down on Tuesday ${Array.from({ length: words }, () => 'and people ran').join(' ')}.`;

describe('a run-on sentence', () => {
  it('is read by grammar while it is a sentence of prose', () => {
    expect(runOn(20).length).toBeLessThan(LONGEST_PARSED);
    expect(deedsOf(runOn(20)).map((deed) => `${deed.lemma} ${deed.particle ?? ''}`.trim())).toContain('come down');
  });

  it('gets no grammar reading past the longest sentence read', () => {
    const text = runOn(40_000);
    expect(parsedSentence(text).terms).toEqual([]);
    expect(deedsOf(text)).toEqual([]);
  });
});

const TUESDAY_WEEK = { publishedAt: '2026-10-14T09:00:00+00:00', savedAt: '2026-10-15T08:00:00+00:00' };

// A page's list with no stops, or a hostile run-on: one "sentence" of 560,000 characters once kept extraction busy for
// more than ten minutes (the tagger's time grows faster than the text it reads at once).
const RUN_ON = runOn(40_000);

// "In time" is against the ten minutes this text once took: seconds here, but a loaded CI machine once took over the
// suite's 20 s, so this reading gets a minute of its own.
const RUN_ON_BOUND_MS = 60_000;

describe('a run-on sentence in an article', () => {
  it('is read in time and still dates what it opens with', { timeout: RUN_ON_BOUND_MS }, () => {
    const events = extractEvents(RUN_ON, TUESDAY_WEEK);
    expect(events.map((event) => event.date)).toEqual(['2026-10-13']);
    expect(RUN_ON.slice(events[0]!.dateStart, events[0]!.dateEnd)).toBe('Tuesday');
    expect(events[0]!.text.length).toBeLessThanOrEqual(LONGEST_SENTENCE);
  });

  it('dates each of its clauses that names a day, each pointing at its own words', () => {
    const text = `The shed fell on Tuesday ${Array(3_000).fill('and ran to the hall').join(' ')}, and the council met on Friday.`;
    const events = extractEvents(text, TUESDAY_WEEK);
    expect(events.map((event) => event.date)).toEqual(['2026-10-13', '2026-10-09']);
    expect(events.map((event) => text.slice(event.dateStart, event.dateEnd))).toEqual(['Tuesday', 'Friday']);
  });

  it('is split into pieces that cover it, at a clause mark or a space, never inside a word', () => {
    const text = `Opening words. The ${Array(1_500).fill('crowd waited, then waited more').join(' ')}. Closing words.`;
    const sentences = splitSentences(text);
    expect(sentences[0]!.text).toBe('Opening words.');
    expect(sentences.at(-1)!.text).toBe('Closing words.');
    const pieces = sentences.slice(1, -1);
    expect(pieces.length).toBeGreaterThan(20);
    for (const piece of pieces) {
      expect(piece.text.length).toBeLessThanOrEqual(LONGEST_SENTENCE);
      expect(text.slice(piece.start, piece.end)).toBe(piece.text);
      expect(text[piece.end] ?? ' ').toMatch(/\s/);
    }
    expect(pieces.slice(0, -1).every((piece) => piece.text.endsWith(','))).toBe(true);
    const covered = pieces.map((piece) => piece.text).join(' ');
    expect(covered).toBe(text.slice(pieces[0]!.start, pieces.at(-1)!.end));
  });

  it('leaves an ordinary long sentence whole', () => {
    const sentence = `The council said on Monday that ${Array(40).fill('the road, the bridge and the ford').join(' and ')}.`;
    expect(sentence.length).toBeLessThan(LONGEST_SENTENCE);
    expect(splitSentences(sentence).map((s) => s.text)).toEqual([sentence]);
  });
});

describe('a text of megabytes', () => {
  it('has its events read from its first 200,000 characters, up to a paragraph break', () => {
    const filler = `${Array(60).fill('Crews worked through the night to shore up the old stone piers.').join(' ')}\n`;
    const opening = 'The bridge closed on Monday after a barge struck it.\n';
    const middle = filler.repeat(Math.ceil(LONGEST_TEXT_READ / filler.length) - 2);
    const late = 'The ferry resumed on Friday.\n';
    const text = `${opening}${middle}${late}${filler.repeat(300)}The bridge reopened on Thursday.`;
    expect(text.length).toBeGreaterThan(1_000_000);
    const events = extractEvents(text, TUESDAY_WEEK);
    expect(events.map((event) => event.date)).toEqual(['2026-10-12', '2026-10-09']);
    expect(events.map((event) => text.slice(event.dateStart, event.dateEnd))).toEqual(['Monday', 'Friday']);
  });
});

describe('a long text cut into pieces', () => {
  it('is never cut inside a character written as two units', () => {
    // An odd start puts the 2,000th unit of the run between the two halves of an emoji.
    const text = `The bridge closed on Monday. x${'🌊'.repeat(3_000)}`;
    const pieces = splitSentences(text);
    expect(pieces.length).toBeGreaterThan(3);
    for (const piece of pieces) expect(piece.text).not.toMatch(LONE_HIGH_SURROGATE);
    expect(pieces.map((piece) => piece.text).join('')).toBe(text);
  });

  it('is cut at a space that opens the second half of the cap rather than inside a word', () => {
    const text = `${'y'.repeat(LONGEST_SENTENCE / 2)} ${'z'.repeat(1_500)}`;
    expect(splitSentences(text).map((sentence) => sentence.text.length)).toEqual([LONGEST_SENTENCE / 2, 1_500]);
  });
});
