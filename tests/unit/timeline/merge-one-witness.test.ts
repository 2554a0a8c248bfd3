// A paper tells a firm's collapse in its lede and, a sentence later, a detail of it with no action of its own (the
// papers filed, with the debts they list); a wire tells the collapse with the same figure. The wire's report witnesses
// that the paper's two sentences tell one happening: one entry. A deed of its own told that day (a resignation) stays
// apart from the lede, whatever a wire sentence telling both links to; so does a detail the wire gives another figure.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import { mergeEvents } from '../../../electron/core/timeline/merging/merge-events.ts';

const PUBLISHED = '2039-03-10T18:00:00+00:00';
const LEDE = 'Fenmore Foods, the Leeds biscuit maker, collapsed on Thursday, blaming soaring wheat prices. ';
const DETAIL = 'Papers listing debts of £41 million reached the High Court in London that afternoon. ';
const LATER = 'Its 640 staff were told on Friday that the ovens would keep running for now.';

function thursdayEntries(paper: string, wire: string) {
  return mergeEvents(
    Object.entries({ paper, wire }).map(([articleId, text]) => ({
      articleId,
      events: extractEvents(text, { publishedAt: PUBLISHED, savedAt: PUBLISHED }),
      publishedAt: PUBLISHED,
    })),
  )
    .filter((entry) => entry.date === '2039-03-10')
    .map((entry) => entry.sources.map((source) => `${source.articleId}: ${source.text.slice(0, 20)}`).sort());
}

describe('two sentences of one article that another outlet’s report witnesses as one happening', () => {
  it('shows the lede, the detail and the wire’s report giving the same figure as one entry', () => {
    const entries = thursdayEntries(
      `${LEDE}${DETAIL}${LATER}`,
      'Fenmore Foods collapsed on Thursday owing £41 million, the biscuit maker said.',
    );
    expect(entries).toEqual([
      ['paper: Fenmore Foods, the L', 'paper: Papers listing debts', 'wire: Fenmore Foods collap'],
    ]);
  });

  it('keeps the detail apart when the wire gives another figure', () => {
    const entries = thursdayEntries(
      `${LEDE}${DETAIL}${LATER}`,
      'Fenmore Foods collapsed on Thursday owing £38 million, the biscuit maker said.',
    );
    expect(entries).toContainEqual(['paper: Papers listing debts']);
  });

  it('keeps apart a resignation the paper tells as a deed of its own, though the wire tells it beside the collapse', () => {
    const entries = thursdayEntries(
      `${LEDE}Its chief executive, Mara Lyle, resigned on Thursday with £41 million owed to suppliers. ${LATER}`,
      'Fenmore Foods collapsed on Thursday owing £41 million, and its chief executive resigned, the biscuit maker said.',
    );
    expect(entries).toContainEqual(['paper: Fenmore Foods, the L']);
  });
});
