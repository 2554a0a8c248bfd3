// A quote that tells no action at its date ("We had it in writing, plainly, in June") only points at when something
// was: the past month's one happening another outlet tells, not an entry of its own. A quote telling its own story in
// that month stays apart. Written for this test; the outlets publish on Wednesday 14 October 2026 (outlets.ts).
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import { mergeEvents } from '../../../electron/core/timeline/merging/merge-events.ts';
import { reference } from './outlets.ts';

function merged(...articles: string[]) {
  return mergeEvents(
    articles.map((text, i) => ({
      articleId: `outlet-${i + 1}`,
      events: extractEvents(text, reference),
      publishedAt: reference.publishedAt,
    })),
  );
}

const SURVEY =
  'The harbour board closed the north quay on Tuesday after divers found cracked piles.\n\n' +
  'The finding revives questions about a survey the engineers handed to the board in June.';

describe('a quote pointing at a past month', () => {
  it('joins the happening another outlet tells of that month', () => {
    const entries = merged(
      SURVEY,
      '“We had it in writing, plainly, in June,” said Tomas Brenner, a harbour commissioner, who raised the matter ' +
        'at the board on Tuesday.',
    );
    const june = entries.filter((entry) => entry.date === '2026-06');
    expect(june).toHaveLength(1);
    expect(june[0]?.sources).toHaveLength(2);
  });

  it('keeps a quoted story of its own that month apart', () => {
    const entries = merged(
      SURVEY,
      '“In June we shut the café for a week because nobody came,” said Ilse Marten, who runs the kiosk on the quay.',
    );
    expect(entries.filter((entry) => entry.date === '2026-06')).toHaveLength(2);
  });
});
