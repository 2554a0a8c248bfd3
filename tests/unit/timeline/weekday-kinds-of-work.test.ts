import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

// Wednesday 12 November 2025, mid-morning in London.
const WEDNESDAY = { publishedAt: '2025-11-12T10:30:00+00:00', savedAt: '2026-01-01T00:00:00Z' };

function dated(text: string): string[] {
  return extractEvents(text, WEDNESDAY).map((e) => e.date);
}

describe('a weekday naming a kind of work or trade', () => {
  it('reads "Saturday trading remains" and "Sunday cleaning is" as no day', () => {
    expect(dated('Under the new rules, Saturday trading remains limited to six hours.')).toEqual([]);
    expect(dated('The porters won a pay rise and Sunday cleaning is now paid at double time.')).toEqual([]);
  });

  it('still dates a weekday whose gerund tells what happened then', () => {
    expect(dated('Talks began on Monday, and Monday evening was spent on the rota.')).toEqual(['2025-11-10']);
    expect(dated('Crews spent Tuesday clearing the drains.')).toEqual(['2025-11-11']);
  });

  it('reads "brought in Saturday shifts" and "wanted Sunday trading in May" as no day', () => {
    expect(dated('The depot brought in Saturday shifts at its other sites.')).toEqual([]);
    expect(dated('The landlord first said it wanted Sunday trading in May.')).toEqual(['2025-05']);
  });

  it('still dates "said Tuesday services would resume"', () => {
    expect(dated('The operator said Tuesday services would resume within days.')).toEqual(['2025-11-11']);
  });
});
