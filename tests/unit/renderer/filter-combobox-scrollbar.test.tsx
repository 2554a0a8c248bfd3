// @vitest-environment jsdom
// The Article filter's list scrolls (hundreds of titles, at most 360 px): dragging its scrollbar, or pressing between
// two options, is a press on the list itself. A browser's default for that press moves the focus out of the field,
// which closes the list under the reader's pointer; the list keeps the field's focus instead.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { FilterCombobox } from '../../../renderer/src/ui/FilterCombobox.tsx';

afterEach(() => cleanup());

it('keeps the field focused, and its list open, when the list is pressed outside an option', () => {
  render(
    <FilterCombobox
      label="Article"
      anyLabel="Any article"
      value=""
      choices={Array.from({ length: 60 }, (_, i) => ({ value: `a${i}`, label: `Flood report ${i}` }))}
      onChange={() => {}}
    />,
  );
  const field = screen.getByRole('combobox', { name: 'Article' });
  field.focus();
  fireEvent.keyDown(field, { key: 'ArrowDown' });
  const list = screen.getByRole('listbox', { name: 'Article' });
  // fireEvent answers false when the press's default (moving the focus) was prevented.
  expect(fireEvent.mouseDown(list)).toBe(false);
}, 30_000);
