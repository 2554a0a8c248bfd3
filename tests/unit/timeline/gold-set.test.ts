import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../electron/core/extract/index.ts';
import { splitSentences } from '../../../electron/core/timeline/language/sentences.ts';
import {
  dateKey,
  loadGold,
  pairwiseScore,
  publicationDateIsRight,
  scoreArticle,
  scoreMerges,
} from '../../bench/timeline-gold.ts';

const ROOT = new URL('../../../', import.meta.url);
const FORMAT = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ };

describe('the timeline gold set', () => {
  const gold = loadGold();

  it('annotates at least 20 articles of its own beside the sample library, in several stories', () => {
    const own = gold.filter((article) => article.file.startsWith('tests/fixtures/timeline/articles/'));
    expect(own.length).toBeGreaterThanOrEqual(20);
    const sizes = new Map<string, number>();
    for (const article of own) sizes.set(article.story, (sizes.get(article.story) ?? 0) + 1);
    expect([...sizes.values()].filter((size) => size >= 3).length).toBeGreaterThanOrEqual(3);
  });

  it('names, for every event, the start of a sentence of its article’s extracted text, with a date of its precision', async () => {
    for (const article of gold) {
      const page = await extractFromHtml(readFileSync(new URL(article.file, ROOT), 'utf8'), {
        url: `https://gold.example/${article.file}`,
      });
      const sentences = splitSentences(page.text);
      for (const event of article.events) {
        expect(
          sentences.some((s) => s.text.startsWith(event.sentence)),
          `${article.file}: ${event.sentence}`,
        ).toBe(true);
        expect(event.date).toMatch(FORMAT[event.precision]);
        if (event.endDate) expect(event.endDate).toMatch(FORMAT[event.precision]);
      }
    }
  }, 60_000);

  it('shares an event key only within one story and one date', () => {
    const seen = new Map<string, string>();
    for (const article of gold) {
      for (const event of article.events) {
        if (!event.event) continue;
        expect(event.event.startsWith(`${article.story}/`)).toBe(true);
        expect(seen.get(event.event) ?? dateKey(event)).toBe(dateKey(event));
        seen.set(event.event, dateKey(event));
      }
    }
  });
});

describe('the gold scorer', () => {
  it('counts an event only with the right sentence and the right date at the right precision', () => {
    const gold = [{ sentence: 'The bridge closed', date: '2025-05-05', precision: 'day' as const }];
    const score = scoreArticle(gold, [
      { text: 'The bridge closed on Monday.', date: '2025-05-05', precision: 'day' },
      { text: 'The bridge closed on Monday.', date: '2025-05', precision: 'month' },
      { text: 'Sign up for our newsletter.', date: '2025-05-09', precision: 'day' },
    ]);
    expect(score).toMatchObject({ gold: 1, matched: 1, onGoldSentences: 2, rightDates: 1, extra: 1 });
  });

  it('takes a publication date as right on the publisher’s own day and instant', () => {
    expect(publicationDateIsRight('2025-03-06T21:45:00-05:00', '2025-03-06T21:45:00-05:00')).toBe(true);
    expect(publicationDateIsRight('2025-03-18T07:40:00Z', '2025-03-18T07:40:00+00:00')).toBe(true);
    expect(publicationDateIsRight('2025-03-06T21:45:00-05:00', '2025-03-07T02:45:00Z')).toBe(false);
    expect(publicationDateIsRight(null, '2025-08-15')).toBe(false);
    expect(publicationDateIsRight(null, null)).toBe(true);
  });

  it('scores groupings by pairs', () => {
    // Items a, b and c; the gold puts a and b together.
    const grouping = (labels: string) => new Map([...'abc'].map((item, i) => [item, labels[i]!]));
    const gold = grouping('xxy');
    expect(pairwiseScore(gold, grouping('112')).f1).toBe(1);
    expect(pairwiseScore(gold, grouping('111'))).toMatchObject({ recall: 1, precision: 1 / 3 });
    expect(pairwiseScore(gold, grouping('123')).f1).toBe(0);
  });

  it('scores merges by the timeline entry each report went into', () => {
    const event = (sentence: string, key?: string) => ({
      sentence,
      date: '2025-03-05',
      precision: 'day' as const,
      ...(key ? { event: key } : {}),
    });
    const found = (text: string) => ({ text, start: 0, date: '2025-03-05', precision: 'day' });
    const articles = [
      { articleId: 'a', gold: [event('Marsh met', 's/meeting')], found: [found('Marsh met them.')] },
      { articleId: 'b', gold: [event('Marsh will meet', 's/meeting')], found: [found('Marsh will meet them.')] },
      { articleId: 'c', gold: [event('Ambler was appointed')], found: [found('Ambler was appointed.')] },
    ];
    const source = (articleId: string, entry: number) => ({ articleId, start: 0, dateKey: '2025-03-05//day', entry });
    const right = scoreMerges(articles, [source('a', 0), source('b', 0), source('c', 1)]);
    expect(right).toMatchObject({ precision: 1, recall: 1, sharedEvents: 1, shownOnce: 1 });
    const lumped = scoreMerges(articles, [source('a', 0), source('b', 0), source('c', 0)]);
    expect(lumped.precision).toBeCloseTo(1 / 3);
  });
});
