// @vitest-environment jsdom
// Two highlights whose notes could not be saved, one after the other: each note's words stay in sight with their own
// Try again and Copy the note. In one card the earlier one was folded into "1 earlier message" without its buttons,
// and the card's one Dismiss dropped both notes at once.
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { renderStatusArea } from './status-area-harness.tsx';

afterEach(cleanup);

const cardKeeping = (words: string) =>
  screen.getAllByRole('alert').find((card) => card.textContent?.includes(words)) ?? null;

it('keeps each failed highlight’s note in a card of its own, with its own Try again, Copy and Dismiss', () => {
  const ui = renderStatusArea();
  const retried: string[] = [];
  const keep = (words: string) =>
    ui.keepUnsaved('Could not save the highlight (the disk is full). Its note is kept here:', words, [
      { label: 'Try again', run: () => retried.push(words) },
      { label: 'Copy the note', run: vi.fn() },
    ]);
  act(() => {
    keep('Compare with the talks at Istanbul.');
    keep('Ask the ministry for the figures.');
    ui.toast('The article could not be tagged', 'error');
  });

  const first = cardKeeping('Compare with the talks at Istanbul.')!;
  const second = cardKeeping('Ask the ministry for the figures.')!;
  expect(first).not.toBe(second);
  for (const card of [first, second]) {
    expect(within(card).getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Copy the note' })).toBeTruthy();
  }
  // Each Try again says whose words it saves.
  expect(
    within(first).getByRole('button', { name: 'Try again', description: 'Compare with the talks at Istanbul.' }),
  ).toBeTruthy();

  fireEvent.click(within(first).getByRole('button', { name: 'Try again' }));
  expect(retried).toEqual(['Compare with the talks at Istanbul.']);
  expect(cardKeeping('Compare with the talks at Istanbul.')).toBeNull();

  // Dismissing the other errors leaves the note that is still kept.
  fireEvent.click(within(cardKeeping('could not be tagged')!).getByRole('button', { name: 'Dismiss' }));
  expect(cardKeeping('Ask the ministry for the figures.')).not.toBeNull();
  expect(cardKeeping('could not be tagged')).toBeNull();
});
