import { useEffect, useRef, useState } from 'react';
import type { Annotation, HighlightColor } from '../../../electron/contract/model.ts';
import type { ArticleEvent, Precision } from '../../../electron/contract/timeline.ts';
import { useEscapeLayer } from '../lib/escape-layers.ts';
import { eventDateLabel, precisionOfTyped } from '../lib/event-dates.ts';
import type { ScreenRect } from './ArticleFrame.tsx';
import { colorNames } from './ManageTagsDialog.tsx';

const title = (color: string) => `${color[0]?.toUpperCase()}${color.slice(1)}`;

/** Floats above a text selection in the reader: one click highlights it in a colour. */
export function HighlightToolbar({
  rect,
  onHighlight,
}: {
  rect: ScreenRect;
  onHighlight(color: HighlightColor, withNote: boolean): void;
}) {
  return (
    <div
      className="highlight-toolbar"
      role="toolbar"
      aria-label="Highlight the selection"
      style={{ top: Math.max(8, rect.top - 48), left: Math.max(8, (rect.left + rect.right) / 2 - 130) }}
      onMouseDown={(event) => event.preventDefault()}
    >
      {colorNames.map((color) => (
        <button
          key={color}
          type="button"
          className={`swatch-button swatch-${color}`}
          aria-label={`Highlight in ${color}`}
          title={`Highlight in ${color}${color === 'yellow' ? ' (h)' : ''}`}
          onClick={() => onHighlight(color, false)}
        />
      ))}
      <button type="button" className="button button-small" onClick={() => onHighlight('yellow', true)}>
        Highlight + note
      </button>
    </div>
  );
}

/** Edits one highlight: its note (Markdown), colour and tags; or deletes it (undoable). */
export function HighlightPopover({
  annotation,
  rect,
  focusNote,
  onSave,
  onDelete,
  onClose,
  timelineEvent,
  suggestedDate,
  onPromote,
}: {
  annotation: Annotation;
  rect: ScreenRect;
  focusNote: boolean;
  onSave(patch: { color?: HighlightColor; note?: string; tags?: string[] }): void;
  onDelete(): void;
  onClose(): void;
  /** The timeline event this highlight already is, if any. */
  timelineEvent: ArticleEvent | null;
  /** The date of the event whose sentence holds the highlight, to offer. */
  suggestedDate: string;
  onPromote(date: string, precision: Precision | null): void;
}) {
  const [note, setNote] = useState(annotation.note);
  // Shown at once; the saved colour follows from the core.
  const [color, setColor] = useState(annotation.color);
  const [tags, setTags] = useState(annotation.tags.join(', '));
  const box = useRef<HTMLDivElement>(null);
  const noteField = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    (focusNote ? noteField.current : box.current?.querySelector<HTMLElement>('input:checked'))?.focus();
  }, [focusNote]);

  const save = () => {
    const nextTags = tags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean);
    const patch: { note?: string; tags?: string[] } = {};
    if (note !== annotation.note) patch.note = note;
    if (nextTags.join('\u0000') !== annotation.tags.join('\u0000')) patch.tags = nextTags;
    if (Object.keys(patch).length > 0) onSave(patch);
    onClose();
  };

  // Esc saves and closes the popover, wherever the focus is (inside it, its own handler below does).
  useEscapeLayer(true, save);

  // Below the highlight when it fits; never past the window's bottom (it scrolls inside instead).
  const top = Math.max(8, Math.min(window.innerHeight - 520, rect.bottom + 8));
  return (
    <div
      ref={box}
      className="highlight-popover"
      role="dialog"
      aria-label="Highlight"
      style={{
        top,
        maxHeight: window.innerHeight - top - 8,
        left: Math.max(8, Math.min(window.innerWidth - 380, rect.left)),
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          save();
        }
      }}
    >
      <blockquote className="popover-quote">{annotation.anchor?.exact}</blockquote>
      <fieldset className="swatches">
        <legend>Colour</legend>
        {colorNames.map((option) => (
          <label key={option} className={`swatch swatch-${option}${color === option ? ' is-checked' : ''}`}>
            <input
              type="radio"
              name="highlight-color"
              value={option}
              aria-label={title(option)}
              checked={color === option}
              onChange={() => {
                setColor(option);
                onSave({ color: option });
              }}
            />
          </label>
        ))}
      </fieldset>
      <label className="stacked">
        <span>Note (Markdown)</span>
        <textarea
          ref={noteField}
          className="text-field"
          rows={4}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </label>
      <label className="stacked">
        <span>Tags (separated by commas)</span>
        <input className="text-field" value={tags} onChange={(event) => setTags(event.target.value)} />
      </label>
      <PromoteToTimeline event={timelineEvent} suggestedDate={suggestedDate} onPromote={onPromote} />
      <div className="popover-actions">
        <button type="button" className="button button-danger" onClick={onDelete}>
          Delete highlight
        </button>
        <button type="button" className="button button-primary" onClick={save}>
          Done
        </button>
      </div>
    </div>
  );
}

/** "Add to timeline": the highlight becomes an event, dated as the reader says or from its words. */
function PromoteToTimeline({
  event,
  suggestedDate,
  onPromote,
}: {
  event: ArticleEvent | null;
  suggestedDate: string;
  onPromote(date: string, precision: Precision | null): void;
}) {
  const [date, setDate] = useState(event?.date ?? suggestedDate);
  const precision = date.trim() ? precisionOfTyped(date) : null;
  const invalid = date.trim() !== '' && precision === null;
  return (
    <fieldset className="promote">
      <legend>Timeline</legend>
      {event && <p className="muted">On the timeline as {eventDateLabel(event)}.</p>}
      <div className="promote-row">
        <label className="stacked">
          <span>Date</span>
          <input
            className="text-field"
            value={date}
            title="YYYY-MM-DD, YYYY-MM or YYYY; empty: from its words, or the publication date"
            placeholder="empty: from its words"
            aria-invalid={invalid}
            onChange={(change) => setDate(change.target.value)}
          />
        </label>
        <button type="button" className="button" disabled={invalid} onClick={() => onPromote(date.trim(), precision)}>
          {event ? 'Update on timeline' : 'Add to timeline'}
        </button>
      </div>
    </fieldset>
  );
}
