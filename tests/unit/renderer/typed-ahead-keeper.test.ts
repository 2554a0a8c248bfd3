// @vitest-environment jsdom
// Words typed for a highlight's note still on its way are the reader's writing: Esc, a click or the long wait stop
// the keeping, but the words go to whoever asked to keep them, never dropped; Esc then goes no further.
import { afterEach, expect, it, vi } from 'vitest';
import {
  cancelTypedAhead,
  type KeptTyping,
  startTypedAhead,
  takeTypedAhead,
} from '../../../renderer/src/lib/typed-ahead.ts';

afterEach(() => {
  takeTypedAhead();
  vi.useRealTimers();
});

function press(key: string): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  document.body.dispatchEvent(event);
  return event;
}

function type(text: string) {
  for (const key of text) press(key);
}

it('hands the words typed and the Esc to their keeper, and the Esc goes no further', () => {
  const kept: KeptTyping[] = [];
  const heardBehind = vi.fn();
  window.addEventListener('keydown', heardBehind);
  startTypedAhead((words) => kept.push(words));
  type('Compare');
  const escapePress = press('Escape');
  window.removeEventListener('keydown', heardBehind);
  expect(kept).toEqual([{ text: 'Compare', escaped: true }]);
  expect(escapePress.defaultPrevented).toBe(true);
  expect(heardBehind).not.toHaveBeenCalled();
  // Keys go their own way again: a second Esc reaches the app.
  expect(press('Escape').defaultPrevented).toBe(false);
});

it('hands the words to their keeper on a click, on the long wait and on a new field asked for', () => {
  vi.useFakeTimers();
  const kept: KeptTyping[] = [];
  startTypedAhead((words) => kept.push(words));
  type('one');
  window.dispatchEvent(new Event('pointerdown'));
  startTypedAhead((words) => kept.push(words));
  type('two');
  vi.advanceTimersByTime(10_000);
  startTypedAhead((words) => kept.push(words));
  type('three');
  startTypedAhead();
  expect(kept).toEqual([
    { text: 'one', escaped: false },
    { text: 'two', escaped: false },
    { text: 'three', escaped: false },
  ]);
});

it('without a keeper, Esc drops what was kept and goes on to the app (a dialog still opening closes)', () => {
  startTypedAhead();
  type('floods');
  expect(press('Escape').defaultPrevented).toBe(false);
  expect(takeTypedAhead()).toBe('');
  cancelTypedAhead();
});
