// @vitest-environment jsdom
// The corner's two cards (errors, other notes) stand newest lowest. A keyboard reader on a card's Dismiss keeps the
// focus there when a message of that card's kind arrives and the card goes to the foot: the card is placed by style
// (CSS order), its element staying where it is. Chromium drops the focus of an element React moves (jsdom does not),
// and with it the hold that keeps the messages from timing out under the reader (found in review).
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { renderStatusArea } from './status-area-harness.tsx';

afterEach(cleanup);

const cardTelling = (words: string) =>
  screen.getAllByRole('status').find((card) => card.textContent?.includes(words)) ?? null;

it('keeps the focus on a card’s Dismiss when a newer message takes that card to the foot', () => {
  const ui = renderStatusArea();
  act(() => {
    ui.toast('Archived 1 article');
    ui.toast('The article could not be tagged', 'error');
  });
  const notes = cardTelling('Archived 1 article')!;
  const errors = screen.getByRole('alert');
  // The error is newest: it stands lowest.
  expect(Number(notes.style.order)).toBeLessThan(Number(errors.style.order));
  const dismiss = within(notes).getByRole('button', { name: 'Dismiss' });
  act(() => dismiss.focus());
  act(() => {
    ui.toast('Archived 2 articles');
  });
  const moved = cardTelling('Archived 2 articles')!;
  expect(Number(moved.style.order)).toBeGreaterThan(Number(screen.getByRole('alert').style.order));
  expect(document.activeElement).toBe(within(moved).getByRole('button', { name: 'Dismiss' }));
});
