import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annalsIn } from '../helpers/cli.ts';
import { tempDir } from '../helpers/library.ts';

const seed = fileURLToPath(new URL('../../fixtures/pages/seed-article.html', import.meta.url));
const sample = fileURLToPath(new URL('../../../assets/sample/', import.meta.url));

let library: string;
let noDate: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  const temp = await tempDir();
  library = temp.dir;
  cleanup = temp.cleanup;
  // A page with no date anywhere: events are dated against the day it was saved.
  noDate = join(library, 'undated.html');
  const paragraph = (n: number) =>
    `<p>Paragraph ${n} goes on about the harbour works, the tides, the cranes and the people who run them all day long.</p>`;
  await writeFile(
    noDate,
    `<html><head><title>Harbour vote</title></head><body><article><h1>Harbour vote</h1><p>The harbour board voted yesterday to rebuild the north pier before the storms return.</p>${[1, 2, 3, 4, 5].map(paragraph).join('')}</article></body></html>`,
  );
});
afterEach(() => cleanup());

const annals = (...args: string[]) => annalsIn(args, { ANNALS_LIBRARY: library });

interface PrintedEvent {
  date: string;
  precision: string;
  text: string;
  start: number;
  end: number;
  entities: { people: string[] };
}

describe('events, stories and timelines from the command line', () => {
  it('prints the seed article’s events, dated against its publication date, with offsets into its text', async () => {
    const result = await annals('events', seed, '--json');
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as { input: string; publishedAt: string; events: PrintedEvent[] };
    expect(printed.input).toBe(seed);
    expect(printed.publishedAt).toMatch(/^2025-05-15/);
    const on = (date: string, pattern: RegExp) => printed.events.some((e) => e.date === date && pattern.test(e.text));
    expect(on('2025-05-15', /Peskov told CNN/)).toBe(true);
    expect(on('2025-05-15', /landed Thursday in Ankara/)).toBe(true);
    expect(on('2025-05-14', /late Wednesday/)).toBe(true);
    expect(on('2025-05-14', /X post Wednesday/)).toBe(true);
    expect(on('2025-05-11', /suggestion of talks Sunday/)).toBe(true);
    const text = JSON.parse((await annals('extract', seed, '--json')).stdout).text as string;
    for (const event of printed.events) expect(text.slice(event.start, event.end)).toBe(event.text);
    expect(printed.events.find((e) => /Peskov/.test(e.text))?.entities.people).toContain('Dmitry Peskov');
  });

  it('dates against --published when given, and against --saved when the page has no date', async () => {
    const moved = JSON.parse((await annals('events', seed, '--published', '2025-05-22', '--json')).stdout);
    expect(moved.publishedAt).toBe('2025-05-22');
    expect(moved.events.some((e: PrintedEvent) => e.date === '2025-05-22' && /Peskov/.test(e.text))).toBe(true);
    const undated = JSON.parse((await annals('events', noDate, '--saved', '2024-02-10', '--json')).stdout);
    expect(undated.publishedAt).toBeNull();
    expect(undated.events).toContainEqual(
      expect.objectContaining({ date: '2024-02-09', text: expect.stringMatching(/voted yesterday/) }),
    );
    const both = (await annals('events', 'missing.html', noDate, '--saved', '2024-02-10', '--json')).stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(both).toEqual([
      { input: 'missing.html', error: { code: 'NOT_FOUND', message: 'no such file' } },
      { ...undated, input: noDate },
    ]);
    const bad = await annals('events', seed, '--published', '15/05/2025');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--published must be a date written YYYY-MM-DD/);
  });

  it('groups a folder of pages into stories with merged events, one story per unrelated page', async () => {
    const result = await annals('stories', sample, '--json');
    expect(result.code).toBe(0);
    const stories = JSON.parse(result.stdout) as {
      storyId: string;
      title: string;
      articles: string[];
      events: { date: string; precision: string; text: string; sources: string[] }[];
    }[];
    const allPages = stories.flatMap((s) => s.articles);
    expect(new Set(allPages).size).toBe(allPages.length);
    expect(allPages.length).toBe(7);
    const flood = stories.find((s) => s.articles.length >= 4)!;
    expect(flood.articles.every((a) => a.startsWith(sample))).toBe(true);
    expect(flood.events.some((e) => e.sources.length > 1)).toBe(true);
    expect(stories.find((s) => s.articles.some((a) => a.includes('city-frogs')))!.articles).toHaveLength(1);
  });

  it('prints and writes the library’s timeline in each format', async () => {
    for (const file of [
      'kellbridge-ferry-pontoon.html',
      'kellbridge-scour-lessons.html',
      'old-mill-bridge-closed.html',
    ]) {
      expect((await annals('add', join(sample, file))).code).toBe(0);
    }
    const stories = JSON.parse((await annals('stories', '--json')).stdout) as { id: string; articleIds: string[] }[];
    const story = stories.find((s) => s.articleIds.length >= 2)!;
    expect(story).toBeDefined();
    const md = await annals('timeline', '--story', story.id);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# .+\n/);
    expect(md.stdout).toMatch(/\n## \d{1,2} \w+ \d{4}\n/);
    const out = join(library, 'timeline.csv');
    expect((await annals('timeline', '--format', 'csv', '--out', out)).code).toBe(0);
    const rows = Papa.parse<Record<string, string>>(await readFile(out, 'utf8'), { header: true }).data;
    expect(rows.length).toBeGreaterThan(3);
    expect(rows[0]).toHaveProperty('Date');
    const tl = JSON.parse((await annals('timeline', '--tag', 'nothing-tagged', '--format', 'timelinejs')).stdout);
    expect(tl.events).toEqual([]);
    const unknown = await annals('timeline', '--story', 'story-nosuchstory');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no story story-nosuchstory/);
  });
});
