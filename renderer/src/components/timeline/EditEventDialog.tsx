import { type FormEvent, useState } from 'react';
import type { TimelineEvent } from '../../../../electron/contract/timeline.ts';
import { eventDateLabel, precisionOfTyped } from '../../lib/event-dates.ts';
import { useServices, useUi } from '../../state/app-context.tsx';
import { useTimeline } from '../../state/queries.ts';
import { Dialog, DialogHeader } from '../../ui/Dialog.tsx';

/** Changes an event's date (as precise as the reader knows it), its end, and its words. */
export function EditEventDialog() {
  const view = useUi((state) => state.timeline);
  const eventId = useUi((state) => state.editingEventId);
  const event = useTimeline(view.scope, view.showHidden).data?.events.find((candidate) => candidate.id === eventId);
  if (!event) return null;
  return <EditEventForm event={event} />;
}

function EditEventForm({ event }: { event: TimelineEvent }) {
  const { ui, timeline } = useServices();
  const [date, setDate] = useState(event.date);
  const [endDate, setEndDate] = useState(event.endDate ?? '');
  const [text, setText] = useState(event.text);
  const precision = precisionOfTyped(date);
  const endPrecision = endDate.trim() ? precisionOfTyped(endDate) : precision;
  const problem = !precision
    ? 'Write the date as YYYY-MM-DD (a day), YYYY-MM (a month) or YYYY (a year).'
    : endPrecision !== precision
      ? 'The end of a range is written as precisely as its start.'
      : endDate.trim() && endDate.trim() <= date.trim()
        ? 'The end of a range comes after its start.'
        : !text.trim()
          ? 'An event needs some words.'
          : null;

  async function save(submit: FormEvent) {
    submit.preventDefault();
    if (problem || !precision) return;
    const patch = {
      ...(date.trim() !== event.date || precision !== event.precision ? { date: date.trim(), precision } : {}),
      ...(endDate.trim() !== (event.endDate ?? '') ? { endDate: endDate.trim() || null } : {}),
      ...(text.trim() !== event.text ? { text: text.trim() } : {}),
    };
    ui.closeDialog();
    if (Object.keys(patch).length > 0) await timeline.edit(event, patch);
  }

  return (
    <Dialog title="Edit the event">
      <DialogHeader title="Edit the event" />
      <form className="stacked" onSubmit={(submit) => void save(submit)}>
        <div className="date-fields">
          <label className="stacked">
            <span>Date</span>
            <input
              className="text-field"
              value={date}
              inputMode="numeric"
              aria-describedby="event-date-help"
              onChange={(change) => setDate(change.target.value)}
            />
          </label>
          <label className="stacked">
            <span>Until (for a range)</span>
            <input
              className="text-field"
              value={endDate}
              inputMode="numeric"
              placeholder="optional"
              onChange={(change) => setEndDate(change.target.value)}
            />
          </label>
        </div>
        <p id="event-date-help" className="muted">
          {precision && !problem
            ? `Shown as “${eventDateLabel({ date: date.trim(), ...(endDate.trim() ? { endDate: endDate.trim() } : {}), precision })}”.`
            : 'YYYY-MM-DD for a day, YYYY-MM for a month, YYYY for a year.'}
        </p>
        <label className="stacked">
          <span>What happened</span>
          <textarea
            className="text-field"
            rows={4}
            value={text}
            maxLength={2_000}
            onChange={(change) => setText(change.target.value)}
          />
        </label>
        {problem && (
          <p className="search-problem" role="alert">
            {problem}
          </p>
        )}
        <div className="popover-actions">
          <span className="muted">
            {event.sources.length > 1 ? `Changes it in all ${event.sources.length} articles that report it.` : ''}
          </span>
          <button type="submit" className="button button-primary" disabled={problem !== null}>
            Save
          </button>
        </div>
      </form>
    </Dialog>
  );
}
