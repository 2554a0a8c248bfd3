import { type RefObject, useEffect, useRef, useState } from 'react';
import type { HighlightColor } from '../../../../electron/contract/model.ts';
import type { KeptTyping } from '../../lib/typed-ahead.ts';
import { useTypedAhead } from '../../lib/use-typed-ahead.ts';
import { snapToWords } from '../../reader/text-map.ts';
import { useServices, useUi } from '../../state/app-context.tsx';
import type { ArticleFrameHandle, ScreenRect, TextSelection } from '../ArticleFrame.tsx';

/** The highlight whose popover is open. */
export interface EditingHighlight {
  id: string;
  rect: ScreenRect;
  focusNote: boolean;
  /** The note's words typed before it opened, and no longer being kept. */
  typed?: string;
}

/**
 * Highlighting the article's selection (the toolbar's colours, "Highlight + note", h) and the highlight whose popover
 * is open: a new one with its note, or one clicked in the text.
 */
export function useHighlightSelection({
  articleId,
  frame,
  selection,
  setSelection,
  text,
}: {
  articleId: string;
  frame: RefObject<ArticleFrameHandle | null>;
  selection: TextSelection | null;
  setSelection(selection: TextSelection | null): void;
  /** The article's plain text, to snap the selection to whole words. */
  text: string;
}) {
  const { ui, library } = useServices();
  const [editing, setEditing] = useState<EditingHighlight | null>(null);
  // The note's first words, typed before its field is there.
  const typedAhead = useTypedAhead();
  // Whether this reader is still open: a Try again from the corner may come after it closed.
  const open = useRef(true);
  useEffect(() => {
    open.current = true;
    return () => {
      open.current = false;
    };
  }, []);

  async function highlightSelection(color: HighlightColor, withNote: boolean) {
    const current = frame.current?.selection() ?? selection;
    if (!current) {
      ui.toast('Select some words in the article first.', 'error');
      return;
    }
    frame.current?.clearSelection();
    setSelection(null);
    const range = text ? snapToWords(text, current.start, current.end) : current;
    await highlight({ start: range.start, end: range.end }, current.rect, color, {
      withNote,
      earlier: '',
      typing: true,
    });
  }

  /**
   * `earlier`: the note's words from an attempt that failed, saved with the highlight this time. `typing`: the keys
   * typed meanwhile are the note's (not when Try again comes from the corner after this reader closed: they were
   * swallowed for five seconds, then lost).
   */
  async function highlight(
    range: { start: number; end: number },
    rect: ScreenRect,
    color: HighlightColor,
    { withNote, earlier, typing }: { withNote: boolean; earlier: string; typing: boolean },
  ) {
    // The note's words typed while the highlight is written are the reader's writing: never dropped. Esc meanwhile
    // closes the note (its words saved), as it does once the note is there; a click or a long wait only stop the
    // keeping, and the note opens with them.
    let kept = null as KeptTyping | null;
    let failure = null as string | null;
    if (withNote && typing) typedAhead.start((words) => (kept = words));
    const created = await library.highlight(articleId, range, color, {
      note: earlier,
      failed: withNote ? (message) => (failure = message) : undefined,
    });
    // The reader closed meanwhile: no note opens, so the words kept are saved as Esc saves them.
    const gone = !open.current;
    if (typing && (!created || !withNote || gone)) typedAhead.cancel();
    if (failure !== null) {
      // Nothing was saved, the note least of all: its words stay on the error until the reader takes them.
      const words = earlier + (kept?.text ?? '');
      const retry = () => void highlight(range, rect, color, { withNote: true, earlier: words, typing: open.current });
      if (words.trim())
        keepNote(`Could not save the highlight (${failure.replace(/\.$/, '')}). Its note is kept here:`, words, retry);
      else ui.toast(failure, 'error');
    } else if (!created || !withNote) return;
    else if (kept?.escaped || gone) {
      if (kept?.text) void library.updateAnnotation(created, { note: created.note + kept.text });
    } else setEditing({ id: created.id, rect, focusNote: true, typed: kept?.text ?? '' });
  }

  /** A note whose highlight could not be saved: its words shown on the error, to try again with or to copy. */
  function keepNote(message: string, words: string, retry: () => void) {
    ui.keepUnsaved(message, words, [
      { label: 'Try again', run: retry },
      { label: 'Copy the note', run: () => void copyNote(words, retry) },
    ]);
  }

  async function copyNote(words: string, retry: () => void) {
    try {
      await navigator.clipboard.writeText(words);
      ui.toast('Copied the note.');
    } catch {
      keepNote('Could not copy the note:', words, retry);
    }
  }

  // h, from anywhere in the reader.
  const highlightRequest = useUi((state) => state.highlightRequest);
  const firstRequest = useRef(highlightRequest);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per request, with the selection of that moment
  useEffect(() => {
    if (highlightRequest !== firstRequest.current) void highlightSelection('yellow', false);
  }, [highlightRequest]);

  return {
    editing,
    setEditing,
    highlightSelection,
    /** The words a new highlight's note opens with: those kept while it was written, then those typed since. */
    takeTyped: (opened: EditingHighlight) =>
      opened.focusNote ? () => (opened.typed ?? '') + typedAhead.take() : undefined,
  };
}
