// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TimelineSource } from '../../../electron/contract/timeline.ts';
import { EventWords, eventLabelWords } from '../../../renderer/src/components/timeline/EventWords.tsx';
import { eventWordParts, LONGEST_SHOWN } from '../../../renderer/src/timeline/event-words.ts';

afterEach(cleanup);

/** A source whose sentence is the whole text, its date words where `date` first occurs. */
function sourceOf(text: string, date: string): TimelineSource {
  const at = text.indexOf(date);
  return {
    articleId: 'a1',
    key: 'k1',
    start: 100,
    end: 100 + text.length,
    dateStart: 100 + at,
    dateEnd: 100 + at + date.length,
    text,
  };
}

// A run-on page: one "sentence" of clause after clause, its date far from both ends.
const clauses = Array.from({ length: 60 }, (_, i) => `the crew checked hatch number ${i + 1} and logged it`);
const runOn = `${clauses.slice(0, 40).join(', ')}, and the ferry sailed again on Tuesday, ${clauses.slice(40).join(', ')}.`;

describe('the words of an event on its card', () => {
  it('shows an ordinary sentence whole, its date words marked', () => {
    const text = 'The ferry sailed again on Tuesday after a week in dock.';
    render(<EventWords text={text} source={sourceOf(text, 'on Tuesday')} onOpen={() => {}} />);
    const open = screen.getByRole('button', { name: text });
    expect(open.querySelector('mark')?.textContent).toBe('on Tuesday');
    expect(screen.queryByRole('button', { name: /whole sentence/ })).toBeNull();
  });

  it('shows a run-on sentence around its date, cut between words, and all of it on request', () => {
    const onOpen = vi.fn();
    render(<EventWords text={runOn} source={sourceOf(runOn, 'on Tuesday')} onOpen={onOpen} />);
    const open = screen.getByRole('button', { name: /^… .*the ferry sailed again on Tuesday.* …$/ });
    const shown = open.textContent ?? '';
    expect(shown.length).toBeLessThan(LONGEST_SHOWN + 10);
    expect(open.querySelector('mark')?.textContent).toBe('on Tuesday');
    // Cut between words: the shown words are words of the sentence, whole.
    const inner = shown.replace(/^… /, '').replace(/ …$/, '');
    expect(runOn).toContain(inner);
    expect(runOn[runOn.indexOf(inner) - 1]).toMatch(/\s/);
    expect(runOn[runOn.indexOf(inner) + inner.length]).toMatch(/[\s,]/);

    const more = screen.getByRole('button', { name: /Show the whole sentence \(\d[\d,]* words\)/ });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    // The toggle names what it opens: the words it shows more of.
    expect(document.getElementById(more.getAttribute('aria-controls') ?? '')).toBe(open);
    fireEvent.click(more);
    expect(screen.getByRole('button', { name: runOn })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show less of the sentence' }));
    expect(screen.getByRole('button', { name: /^… .* …$/ })).toBeTruthy();

    fireEvent.click(open);
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('keeps the date words whole when they sit at either end of a long sentence', () => {
    const early = `On Tuesday ${runOn.slice(0, 1500)}`;
    const first = eventWordParts(early, sourceOf(early, 'On Tuesday'), LONGEST_SHOWN);
    expect(first).toMatchObject({ before: '', date: 'On Tuesday', cutBefore: false, cutAfter: true });
    const late = `${runOn.slice(0, 1500)} until Friday 6 October`;
    const last = eventWordParts(late, sourceOf(late, 'until Friday 6 October'), LONGEST_SHOWN);
    expect(last).toMatchObject({ date: 'until Friday 6 October', after: '', cutBefore: true, cutAfter: false });
    expect(last.before.length).toBeLessThanOrEqual(LONGEST_SHOWN);
  });

  it('names the card by the words it shows, not the whole run-on sentence', () => {
    const label = eventLabelWords(runOn, sourceOf(runOn, 'on Tuesday'));
    expect(label).toMatch(/^… .*sailed again on Tuesday.* …$/);
    expect(label.length).toBeLessThan(LONGEST_SHOWN + 10);
  });
});
