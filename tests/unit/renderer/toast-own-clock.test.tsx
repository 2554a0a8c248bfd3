// @vitest-environment jsdom
// Each note in the corner leaves on its own clock. A newer note used to give every older one its full time again:
// under a stream of notes (a feed refresh, a batch of archiving), none ever left.
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { renderStatusArea } from './status-area-harness.tsx';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const notesCard = () => screen.queryAllByRole('status').find((card) => card.classList.contains('toast')) ?? null;
const after = (ms: number) => act(() => vi.advanceTimersByTime(ms));

it('lets an older note leave at its own time although newer ones keep coming', () => {
  const ui = renderStatusArea();
  act(() => ui.toast('Archived 1 article'));
  after(5_000);
  act(() => ui.toast('Archived 2 articles'));
  expect(within(notesCard()!).getByRole('button', { name: /1 earlier message/ })).toBeTruthy();
  after(3_100);
  // The first note has had its eight seconds; the second still has five.
  expect(within(notesCard()!).queryByRole('button', { name: /earlier message/ })).toBeNull();
  expect(notesCard()!.textContent).toContain('Archived 2 articles');
  after(5_000);
  expect(notesCard()).toBeNull();
});

it('stops the clocks while the keyboard is in the corner and gives a nearly spent note time to be read after', () => {
  const ui = renderStatusArea();
  act(() => ui.toast('Archived 1 article'));
  act(() => ui.toast('The article could not be tagged', 'error'));
  after(7_500);
  const dismiss = within(notesCard()!).getByRole('button', { name: 'Dismiss' });
  act(() => dismiss.focus());
  after(60_000);
  expect(notesCard()!.textContent).toContain('Archived 1 article');
  expect(screen.getByRole('alert').textContent).toContain('could not be tagged');
  act(() => dismiss.blur());
  // Half a second was left: the note stays two seconds once the reader has moved on.
  after(1_500);
  expect(notesCard()).not.toBeNull();
  after(600);
  expect(notesCard()).toBeNull();
  // The error had seven and a half seconds left of its fifteen.
  expect(screen.getByRole('alert')).toBeTruthy();
  after(7_000);
  expect(screen.queryByRole('alert')).toBeNull();
});
