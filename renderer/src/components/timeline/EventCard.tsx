import { Eye, EyeOff, Link2, Merge, Pencil, RotateCcw } from 'lucide-react';
import type { CSSProperties } from 'react';
import type { Timeline, TimelineEvent, TimelineSource } from '../../../../electron/contract/timeline.ts';
import { eventDateLabel } from '../../lib/event-dates.ts';
import { useServices } from '../../state/app-context.tsx';
import { namesOf } from '../../timeline/lanes.ts';
import { IconButton } from '../../ui/Button.tsx';
import { EventSources } from './EventSources.tsx';
import { EventWords, eventLabelWords } from './EventWords.tsx';

/**
 * One event on the timeline: when, what (click to read it in its article), who and where (each a way
 * to their own timeline), every article that reports it, and what the reader may change.
 */
export function EventCard({
  event,
  articles,
  isNew,
  focused,
  groupLabel,
  joinable = false,
}: {
  event: TimelineEvent;
  /** The timeline's articles, by id: each source names its article by id only. */
  articles: Timeline['articles'];
  isNew: boolean;
  focused: boolean;
  /** The date the axis already shows beside the event: not written twice. */
  groupLabel: string;
  /** Other articles report other events of its date: the reader may say one of them is this one. */
  joinable?: boolean;
}) {
  const { ui, timeline } = useServices();
  const date = eventDateLabel(event);
  const openSource = (source: TimelineSource) => {
    ui.setTimeline({ focusId: event.id }); // back from the article, the keys go on from here
    ui.openAtSentence(source.articleId, source);
  };
  const names = namesOf(event);
  const reporters = event.sources.length;
  const dateShown = date !== groupLabel;
  const badges =
    isNew ||
    reporters > 1 ||
    event.background ||
    event.promoted ||
    event.edited ||
    event.hidden ||
    event.apart ||
    event.joined;
  // Nothing but the actions to show on the first line: they go in the card's corner.
  const cornerActions = !dateShown && !badges;
  return (
    <article
      className={`event-card${event.hidden ? ' is-hidden' : ''}${isNew ? ' is-new' : ''}${event.background ? ' is-background' : ''}${cornerActions ? ' has-corner-actions' : ''}`}
      data-event-id={event.id}
      style={cornerActions ? ({ '--corner-actions': 2 + Number(joinable) } as CSSProperties) : undefined}
      tabIndex={focused ? 0 : -1}
      aria-label={`${date}: ${eventLabelWords(event.text, event.sources[0]!)}`}
      aria-current={focused ? 'true' : undefined}
      onFocus={(focus) => {
        if (focus.target === focus.currentTarget && !focused) ui.setTimeline({ focusId: event.id });
      }}
    >
      <p className={`event-meta${cornerActions ? ' is-actions-only' : ''}`}>
        <time
          className={dateShown ? undefined : 'visually-hidden'}
          dateTime={event.endDate ? `${event.date}/${event.endDate}` : event.date}
        >
          {date}
        </time>
        {isNew && <span className="event-badge event-badge-new">New</span>}
        {reporters > 1 && <span className="event-badge">Reported by {reporters} articles</span>}
        {event.background && <span className="event-badge">Background</span>}
        {event.promoted && <span className="event-badge">From a highlight</span>}
        {event.edited && <span className="event-badge">Edited</span>}
        {event.hidden && <span className="event-badge">Hidden</span>}
        {event.apart && <span className="event-badge">Kept apart</span>}
        {event.joined && <span className="event-badge">Merged by you</span>}
        <span className="event-actions">
          {/* First: shown only on the card pointed at, it leaves no gap between the others when hidden. */}
          {joinable && (
            <IconButton
              size="sm"
              icon={Merge}
              className="join-action"
              label="Same event as…"
              command="timeline.join"
              data-tooltip="Same event as another of this date: show them as one"
              onClick={() => ui.joinEvent(event.id)}
            />
          )}
          <IconButton
            size="sm"
            icon={Pencil}
            label="Edit"
            command="timeline.edit"
            data-tooltip="Edit the date or the words"
            onClick={() => ui.editEvent(event.id)}
          />
          <IconButton
            size="sm"
            icon={event.hidden ? Eye : EyeOff}
            label={event.hidden ? 'Show' : 'Hide'}
            command="timeline.hide"
            data-tooltip={event.hidden ? 'Show the event again' : 'Hide the event'}
            onClick={() => void (event.hidden ? timeline.show(event) : timeline.hide(event))}
          />
          {event.apart && (
            <IconButton
              size="sm"
              icon={Link2}
              label="Merge again"
              data-tooltip="Let Annals merge it with other articles’ reports of the same event again"
              onClick={() => void timeline.mergeAgain(event)}
            />
          )}
          {event.edited && (
            <IconButton
              size="sm"
              icon={RotateCcw}
              label="Reset"
              data-tooltip="Undo your edits to the event"
              onClick={() => void timeline.reset(event)}
            />
          )}
        </span>
      </p>
      <EventWords text={event.text} source={event.sources[0]!} onOpen={() => openSource(event.sources[0]!)} />
      {names.length > 0 && (
        <ul className="event-names" aria-label="Named in it">
          {names.map((name) => (
            <li key={name}>
              <button
                type="button"
                className="entity-chip"
                aria-label={`Timeline of ${name}`}
                onClick={() => ui.showTimeline({ kind: 'entity', name })}
              >
                {name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <EventSources
        sources={event.sources}
        articles={articles}
        onOpen={openSource}
        onKeepApart={reporters > 1 ? (source, title) => void timeline.keepApart(event, source, title) : undefined}
      />
    </article>
  );
}
