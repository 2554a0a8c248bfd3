import { CalendarPlus, NotebookPen, Trash2 } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { Annotation, HighlightColor } from '../../../electron/contract/model.ts';
import type { ArticleEvent, Precision } from '../../../electron/contract/timeline.ts';
import { useEscapeLayer } from '../lib/escape-layers.ts';
import { eventDateLabel, precisionOfTyped } from '../lib/event-dates.ts';
import { Button, IconButton } from '../ui/Button.tsx';
import { Popover } from '../ui/Popover.tsx';
import type { Box } from '../ui/placement.ts';
import { RadioGroup } from '../ui/Radio.tsx';
import { tooltipProps } from '../ui/shortcuts.ts';
import { colorNames } from './ManageTagsDialog.tsx';

const title = (color: string) => `${color[0]?.toUpperCase()}${color.slice(1)}`;

/** Floats beside a text selection in the reader (above it where there is room): one click highlights it. */
export function HighlightToolbar({
  anchor,
  within,
  onHighlight,
}: {
  /** Where the selection is now. */
  anchor(): Box | null;
  /** The reader's pane, which it stays inside. */
  within(): Box | null;
  onHighlight(color: HighlightColor, withNote: boolean): void;
}) {
  return (
    <Popover
      anchor={anchor}
      placement={{ sides: ['top', 'bottom'], align: 'center', gap: 10 }}
      within={within}
      className="highlight-toolbar"
      role="toolbar"
      aria-label="Highlight the selection"
      onMouseDown={(event) => event.preventDefault()}
    >
      {colorNames.map((color) => (
        <button
          key={color}
          type="button"
          className={`swatch-button swatch-${color}`}
          aria-label={`Highlight in ${color}`}
          {...tooltipProps(`Highlight in ${color}`, color === 'yellow' ? 'reader.highlight' : undefined)}
          onClick={() => onHighlight(color, false)}
        />
      ))}
      <span className="toolbar-divider" aria-hidden="true" />
      <Button size="sm" variant="ghost" icon={NotebookPen} onClick={() => onHighlight('yellow', true)}>
        Highlight + note
      </Button>
    </Popover>
  );
}

/** Edits one highlight: its note (Markdown), colour and tags; or deletes it (undoable). */
export function HighlightPopover({
  annotation,
  anchor,
  within,
  focusNote,
  takeTyped,
  onSave,
  onDelete,
  onClose,
  timelineEvent,
  suggestedDate,
  onPromote,
}: {
  annotation: Annotation;
  /** Where the highlight is now: the popover sits beside it, never over it. */
  anchor(): Box | null;
  /** The reader's pane: the popover stays inside it, over neither the notes nor the toolbar. */
  within(): Box | null;
  focusNote: boolean;
  /** The note's words typed before the popover was there, to start it with. */
  takeTyped?: () => string;
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
  // The timeline's date field shows on asking: most highlights never go on the timeline, and a short
  // popover fits above or below a highlight anywhere in the window instead of scrolling inside.
  const [dating, setDating] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const noteField = useRef<HTMLTextAreaElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: what was typed is taken once, as the popover opens
  useEffect(() => {
    const typed = takeTyped?.() ?? '';
    if (typed) setNote((current) => current + typed);
    (focusNote ? noteField.current : box.current?.querySelector<HTMLElement>('input:checked'))?.focus({
      preventScroll: true,
    });
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

  return (
    <Popover
      anchor={anchor}
      placement={{ sides: ['bottom', 'top', 'right', 'left'], gap: 10 }}
      within={within}
      className="highlight-popover"
      role="dialog"
      aria-label="Highlight"
      onClose={save}
    >
      <div ref={box} className="highlight-popover-body">
        <blockquote className="popover-quote">{annotation.anchor?.exact}</blockquote>
        <RadioGroup
          legend="Color"
          hideLegend
          variant="swatch"
          value={color}
          options={colorNames.map((option) => ({ value: option, label: title(option) }))}
          onChange={(option) => {
            setColor(option);
            onSave({ color: option });
          }}
        />
        <label className="stacked">
          <span>Note (Markdown)</span>
          <textarea
            ref={noteField}
            className="text-field"
            rows={3}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </label>
        <label className="inline-field">
          <span>Tags</span>
          <input
            className="text-field"
            placeholder="separated by commas"
            value={tags}
            onChange={(event) => setTags(event.target.value)}
          />
        </label>
        {timelineEvent && <p className="muted promote-status">On the timeline as {eventDateLabel(timelineEvent)}.</p>}
        {dating && <PromoteToTimeline event={timelineEvent} suggestedDate={suggestedDate} onPromote={onPromote} />}
        <div className="popover-actions">
          <IconButton label="Delete highlight" icon={Trash2} className="icon-button-danger" onClick={onDelete} />
          {!dating && (
            <Button variant="ghost" size="sm" icon={CalendarPlus} onClick={() => setDating(true)}>
              {timelineEvent ? 'Change timeline date…' : 'Add to timeline…'}
            </Button>
          )}
          <Button variant="primary" className="popover-done" onClick={save}>
            Done
          </Button>
        </div>
      </div>
    </Popover>
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
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus({ preventScroll: true }), []);
  const precision = date.trim() ? precisionOfTyped(date) : null;
  const invalid = date.trim() !== '' && precision === null;
  return (
    <fieldset className="promote">
      <legend className="visually-hidden">Timeline</legend>
      <label className="inline-field">
        <span>Date</span>
        <input
          ref={field}
          className="text-field"
          value={date}
          title="YYYY-MM-DD, YYYY-MM or YYYY; empty: from its words, or the publication date"
          placeholder="empty: from its words"
          aria-invalid={invalid}
          onChange={(change) => setDate(change.target.value)}
        />
      </label>
      <Button icon={CalendarPlus} disabled={invalid} onClick={() => onPromote(date.trim(), precision)}>
        {event ? 'Update on timeline' : 'Add to timeline'}
      </Button>
    </fieldset>
  );
}
