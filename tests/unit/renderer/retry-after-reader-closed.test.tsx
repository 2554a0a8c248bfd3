// @vitest-environment jsdom
// "Try again" on a highlight's kept note, taken from the corner after its article was closed: the highlight and its
// note are saved, and the keys are the reader's at once. The retry kept the keys for a note that could not open (the
// reader was gone): j, k and the rest did nothing for five seconds, and what was typed meanwhile was lost.
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../../renderer/src/api/client.ts';
import type { TextSelection } from '../../../renderer/src/components/ArticleFrame.tsx';
import { useHighlightSelection } from '../../../renderer/src/components/reader/use-highlight-selection.ts';
import { takeTypedAhead } from '../../../renderer/src/lib/typed-ahead.ts';
import { AppProvider, useServices } from '../../../renderer/src/state/app-context.tsx';

afterEach(() => {
  takeTypedAhead();
  cleanup();
});

const SELECTION: TextSelection = {
  start: 0,
  end: 5,
  rect: { left: 10, top: 10, right: 60, bottom: 30 },
};

function press(key: string): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  document.body.dispatchEvent(event);
  return event;
}

it('saves the kept note on Try again from the corner after the article closed, leaving the keys to the reader', async () => {
  let diskFull = true;
  const created: { note: string }[] = [];
  const client = {
    async call(method: string, input: { note?: string }) {
      if (method !== 'annotations.create') return [];
      if (diskFull) throw new Error('the disk is full');
      created.push({ note: input.note ?? '' });
      return { id: 'h1', articleId: 'a1', note: input.note ?? '', color: 'yellow' };
    },
  } as unknown as ApiClient;
  const wrapper = ({ children }: { children: ReactNode }) => <AppProvider client={client}>{children}</AppProvider>;
  const { result, unmount } = renderHook(
    () => ({
      services: useServices(),
      highlighting: useHighlightSelection({
        articleId: 'a1',
        frame: { current: null },
        selection: SELECTION,
        setSelection: () => {},
        text: '',
      }),
    }),
    { wrapper },
  );
  const { store } = result.current.services;

  await act(async () => {
    const highlighting = result.current.highlighting.highlightSelection('yellow', true);
    for (const key of 'Ask why') press(key);
    await highlighting;
  });
  const kept = store.getState().toasts.find((toast) => toast.kept !== undefined);
  expect(kept?.kept).toBe('Ask why');

  // The article is closed; the disk has room again; the reader takes Try again from the corner.
  unmount();
  diskFull = false;
  const retry = kept?.actions?.find((action) => action.label === 'Try again');
  act(() => retry?.run());
  await vi.waitFor(() => expect(created).toEqual([{ note: 'Ask why' }]));
  expect(press('j').defaultPrevented).toBe(false);
});
