// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../electron/contract/model.ts';
import { HighlightCard } from '../../../renderer/src/components/NotesPanel.tsx';
import { quoteContext } from '../../../renderer/src/lib/quote-context.ts';

// An article's text.txt, and highlights made on it as the core stores them (32 characters of context).
const text =
  'Flood closes the Old Mill Bridge\n\nThe town council voted on Tuesday to close the Old Mill Bridge until engineers can inspect the pier, which shifted by 12 cm after the flood. Traffic will go through Kellbridge.';

function highlightOf(exact: string, color: Annotation['color'] = 'green'): Annotation {
  const start = text.indexOf(exact);
  const end = start + exact.length;
  return {
    id: `hl-${start}`,
    articleId: 'article1',
    kind: 'highlight',
    anchor: {
      exact,
      prefix: text.slice(Math.max(0, start - 32), start),
      suffix: text.slice(end, end + 32),
      start,
      end,
    },
    orphaned: false,
    color,
    note: '',
    tags: [],
    created: '2026-05-21T10:00:00.000Z',
    modified: '2026-05-21T10:00:00.000Z',
  };
}

afterEach(cleanup);

describe('a highlight in the Highlights view', () => {
  it('shows the words as highlighted, and completes the word it starts inside from its context', () => {
    const { container } = render(
      <HighlightCard annotation={highlightOf('ouncil voted on Tuesday to close')} withContext />,
    );
    expect(container.querySelector('mark')?.textContent).toBe('ouncil voted on Tuesday to close');
    expect(container.textContent).toBe('The town council voted on Tuesday to close the Old Mill Bridge until…');
  });

  it('cuts its context at whole words with an ellipsis where the text goes on', () => {
    const { container } = render(
      <HighlightCard annotation={highlightOf('engineers can inspect the pier')} withContext />,
    );
    // The stored context starts at "close" (which may be the end of a longer word) and ends inside "the":
    // neither shows.
    expect(container.textContent).toBe(
      '…the Old Mill Bridge until engineers can inspect the pier, which shifted by 12 cm after…',
    );
  });

  it('keeps its context within the sentence and the paragraph', () => {
    const first = render(<HighlightCard annotation={highlightOf('Traffic will go')} withContext />).container;
    expect(first.textContent).toBe('Traffic will go through Kellbridge.');
    cleanup();
    const title = render(
      <HighlightCard annotation={highlightOf('Old Mill Bridge\n\nThe town')} withContext />,
    ).container;
    expect(title.querySelector('mark')?.textContent).toBe('Old Mill Bridge\n\nThe town');
    expect(title.textContent?.startsWith('Flood closes the Old Mill')).toBe(true);
  });

  it('beside the article shows only the rest of a word the highlight cuts', () => {
    const { container } = render(<HighlightCard annotation={highlightOf('ouncil voted on Tues')} />);
    expect(container.textContent).toBe('council voted on Tuesday');
    expect(container.querySelector('mark')?.textContent).toBe('ouncil voted on Tues');
  });
});

describe('quoteContext', () => {
  it('says nothing is left out at the very start of the text', () => {
    const context = quoteContext(highlightOf('closes the Old').anchor!);
    expect(context).toMatchObject({ before: 'Flood ', moreBefore: false });
  });
});
