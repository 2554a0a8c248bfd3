// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { Archive, Trash2 } from 'lucide-react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Toast } from '../../../../renderer/src/state/ui-store.ts';
import { Button, IconButton } from '../../../../renderer/src/ui/Button.tsx';
import { Checkbox } from '../../../../renderer/src/ui/Checkbox.tsx';
import { FilePicker } from '../../../../renderer/src/ui/FilePicker.tsx';
import { fontFaceCss, fontSource } from '../../../../renderer/src/ui/fonts.ts';
import { MenuButton } from '../../../../renderer/src/ui/Menu.tsx';
import { Progress } from '../../../../renderer/src/ui/Progress.tsx';
import { RadioGroup } from '../../../../renderer/src/ui/Radio.tsx';
import { Select } from '../../../../renderer/src/ui/Select.tsx';
import { Slider } from '../../../../renderer/src/ui/Slider.tsx';
import { ToastStack } from '../../../../renderer/src/ui/Toast.tsx';
import { ToggleGroup } from '../../../../renderer/src/ui/ToggleGroup.tsx';
import { TooltipLayer } from '../../../../renderer/src/ui/Tooltip.tsx';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('buttons', () => {
  it('name the shortcut of the command they run, from the one command list', () => {
    render(
      <Button icon={Archive} command="article.archive">
        Archive
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Archive' });
    expect(button.getAttribute('aria-keyshortcuts')).toBe('a');
    expect(button.dataset.shortcut).toBe('a');
    expect(button.dataset.tooltip).toBe('Archive');
  });

  it('give an icon-only button its name and a tooltip saying it', () => {
    const onClick = vi.fn();
    render(<IconButton label="Delete" icon={Trash2} command="article.delete" onClick={onClick} />);
    const button = screen.getByRole('button', { name: 'Delete' });
    expect(button.dataset.tooltip).toBe('Delete');
    expect(button.getAttribute('aria-keyshortcuts')).toBe('Delete');
    fireEvent.click(button);
    expect(onClick).toHaveBeenCalledOnce();
  });
});

describe('the tooltip', () => {
  it('names a hovered control and its key after a short wait', () => {
    vi.useFakeTimers();
    render(
      <>
        <IconButton label="Archive" icon={Archive} command="article.archive" />
        <TooltipLayer />
      </>,
    );
    fireEvent.pointerOver(screen.getByRole('button', { name: 'Archive' }));
    expect(screen.queryByRole('tooltip')).toBeNull();
    act(() => {
      vi.advanceTimersByTime(600);
    });
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip.textContent).toBe('Archivea');
    expect(within(tooltip).getByText('a').tagName).toBe('KBD');
    fireEvent.pointerDown(document.body);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('still names a control the pointer reached as its column ended a scroll, and hides a shown name on the next scroll', () => {
    vi.useFakeTimers();
    render(
      <>
        <IconButton label="Archive" icon={Archive} command="article.archive" />
        <TooltipLayer />
      </>,
    );
    // The scroll's event comes a frame after the scroll: after the pointer has arrived.
    fireEvent.pointerOver(screen.getByRole('button', { name: 'Archive' }));
    fireEvent.scroll(document.body);
    act(() => {
      vi.advanceTimersByTime(600);
    });
    expect(screen.getByRole('tooltip').textContent).toBe('Archivea');
    fireEvent.scroll(document.body);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });
});

describe('the menu', () => {
  const items = (chosen: string[]) => [
    { label: 'Archive', command: 'article.archive' as const, onSelect: () => chosen.push('archive') },
    { label: 'Nothing', disabled: true, onSelect: () => chosen.push('nothing') },
    { label: 'Delete', danger: true, onSelect: () => chosen.push('delete') },
  ];

  it('opens from its button, moves with the arrows past disabled items, and chooses with a click', () => {
    const chosen: string[] = [];
    render(<MenuButton label="More actions" icon={Archive} items={items(chosen)} />);
    const button = screen.getByRole('button', { name: 'More actions' });
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    fireEvent.click(button);
    const menu = screen.getByRole('menu', { name: 'More actions' });
    const entries = within(menu).getAllByRole('menuitem');
    expect(document.activeElement).toBe(entries[0]);
    expect(within(entries[0]!).getByText('a').tagName).toBe('KBD');
    // The key is told as a shortcut, not read as part of the item's name.
    expect(within(menu).getByRole('menuitem', { name: 'Archive' })).toBe(entries[0]);
    expect(entries[0]!.getAttribute('aria-keyshortcuts')).toBe('a');
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(entries[2]);
    fireEvent.click(entries[2]!);
    expect(chosen).toEqual(['delete']);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('closes on Escape and gives focus back to its button', () => {
    render(<MenuButton label="More actions" icon={Archive} items={items([])} />);
    const button = screen.getByRole('button', { name: 'More actions' });
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});

describe('fields', () => {
  it('a select answers with the typed value of the chosen option', () => {
    const onChange = vi.fn();
    render(
      <Select<number>
        label="Keep for"
        value={30}
        options={[
          { value: 7, label: 'a week' },
          { value: 30, label: 'a month' },
        ]}
        onChange={onChange}
      />,
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Keep for' }), { target: { value: '7' } });
    expect(onChange).toHaveBeenCalledWith(7);
  });

  it('a slider says its value in words and answers with a number', () => {
    const onChange = vi.fn();
    render(<Slider label="Text size" min={12} max={32} step={1} value={19} shown="19px" onChange={onChange} />);
    const slider = screen.getByRole('slider', { name: 'Text size' });
    expect(slider.getAttribute('aria-valuetext')).toBe('19px');
    fireEvent.change(slider, { target: { value: '20' } });
    expect(onChange).toHaveBeenCalledWith(20);
  });

  it('a checkbox is named by its words and answers checked or not', () => {
    const onChange = vi.fn();
    render(
      <Checkbox checked={false} onChange={onChange}>
        Show hidden
      </Checkbox>,
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show hidden' }));
    expect(onChange).toHaveBeenCalledWith(true);
  });

  it('radio buttons are named by their words, or by their colour as swatches', () => {
    const onChange = vi.fn();
    render(
      <>
        <RadioGroup<string>
          legend="Theme"
          value="light"
          options={[
            { value: 'light', label: 'Light' },
            { value: 'dark', label: 'Dark' },
          ]}
          onChange={onChange}
        />
        <RadioGroup<string>
          legend="Color"
          variant="swatch"
          value="green"
          options={[
            { value: 'yellow', label: 'Yellow' },
            { value: 'green', label: 'Green' },
          ]}
          onChange={onChange}
        />
      </>,
    );
    const theme = screen.getByRole('group', { name: 'Theme' });
    expect((within(theme).getByRole('radio', { name: 'Light' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(theme).getByRole('radio', { name: 'Dark' }));
    expect(onChange).toHaveBeenLastCalledWith('dark');
    const colour = screen.getByRole('group', { name: 'Color' });
    fireEvent.click(within(colour).getByRole('radio', { name: 'Yellow' }));
    expect(onChange).toHaveBeenLastCalledWith('yellow');
  });

  it('a list of choices shows each one’s detail beside its name', () => {
    render(
      <RadioGroup<string>
        legend="Stories"
        variant="list"
        value={null}
        options={[{ value: 'bridge', label: 'Old Mill Bridge', detail: '3 articles' }]}
        onChange={() => {}}
      />,
    );
    expect(screen.getByRole('radio', { name: 'Old Mill Bridge 3 articles' })).toBeTruthy();
  });

  it('a toggle group presses the choice shown and switches on a click', () => {
    const onChange = vi.fn();
    render(
      <ToggleGroup<string>
        legend="Zoom"
        value="month"
        options={[
          { value: 'day', label: 'Days' },
          { value: 'month', label: 'Months' },
        ]}
        onChange={onChange}
      />,
    );
    const zoom = screen.getByRole('group', { name: 'Zoom' });
    expect(within(zoom).getByRole('button', { name: 'Months' }).getAttribute('aria-pressed')).toBe('true');
    expect(within(zoom).getByRole('button', { name: 'Days' }).getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(within(zoom).getByRole('button', { name: 'Days' }));
    expect(onChange).toHaveBeenCalledWith('day');
  });

  it('a progress bar gives its value, or none while the amount of work is unknown', () => {
    render(
      <>
        <Progress label="Articles fetched" value={3} max={12} valueText="3 of 12" />
        <Progress label="Refreshing" />
      </>,
    );
    const known = screen.getByRole('progressbar', { name: 'Articles fetched' });
    expect(known.getAttribute('aria-valuenow')).toBe('3');
    expect(known.getAttribute('aria-valuemax')).toBe('12');
    expect(known.getAttribute('aria-valuetext')).toBe('3 of 12');
    expect(screen.getByRole('progressbar', { name: 'Refreshing' }).hasAttribute('aria-valuenow')).toBe(false);
  });

  it('a file picker hands over the chosen file', () => {
    const onPick = vi.fn();
    render(
      <FilePicker label="Export file" accept=".zip" onPick={onPick}>
        Choose the export file…
      </FilePicker>,
    );
    expect(screen.getByRole('button', { name: 'Choose the export file…' })).toBeTruthy();
    const file = new File(['x'], 'pocket.zip');
    fireEvent.change(screen.getByLabelText('Export file'), { target: { files: [file] } });
    expect(onPick).toHaveBeenCalledWith(file);
  });
});

describe('stacked toasts', () => {
  const toasts: Toast[] = [
    { id: 1, message: 'Archived 1 article', kind: 'info', undoId: 11 },
    { id: 2, message: 'Tagged 1 article', kind: 'info' },
    { id: 3, message: 'Highlighted', kind: 'info', undoId: 13 },
  ];

  it('show the latest message with its Undo and a count of the earlier ones', () => {
    const onUndo = vi.fn();
    const onDismiss = vi.fn();
    render(<ToastStack toasts={toasts} onUndo={onUndo} onDismiss={onDismiss} />);
    const toast = screen.getByRole('status');
    expect(toast.textContent).toContain('Highlighted');
    expect(toast.textContent).not.toContain('Archived');
    fireEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    expect(onUndo).toHaveBeenCalledWith(13);
    fireEvent.click(within(toast).getByRole('button', { name: '2 earlier messages' }));
    expect(within(toast).getByRole('list', { name: 'Earlier messages' }).textContent).toContain('Archived 1 article');
    fireEvent.click(within(toast).getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledWith([1, 2, 3]);
  });

  it('offer no Undo when the latest action cannot be undone', () => {
    render(<ToastStack toasts={toasts.slice(0, 2)} onUndo={vi.fn()} onDismiss={vi.fn()} />);
    expect(within(screen.getByRole('status')).queryByRole('button', { name: 'Undo' })).toBeNull();
  });
});

describe('the bundled fonts', () => {
  it('are declared with absolute URLs of the app’s own origin, which the article frame may load', () => {
    const css = fontFaceCss('http://127.0.0.1:4000/index.html');
    expect(css).toContain('font-family: "Annals Sans"');
    expect(css).toContain('font-family: "Annals Serif"');
    for (const url of css.match(/url\("[^"]+"\)/g) ?? []) expect(url).toMatch(/^url\("http:\/\/127\.0\.0\.1:4000\//);
    expect(fontSource('http://127.0.0.1:4000/index.html')).toBe('http://127.0.0.1:4000');
    expect(fontSource('app://annals/index.html')).toBe('app://annals');
  });
});
