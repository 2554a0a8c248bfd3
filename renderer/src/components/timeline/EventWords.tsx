import { useId, useState } from 'react';
import type { TimelineSource } from '../../../../electron/contract/timeline.ts';
import { formatCount } from '../../lib/plural.ts';
import { eventWordParts, LONGEST_SHOWN } from '../../timeline/event-words.ts';
import { ShowMoreButton } from '../ShowMoreButton.tsx';

/**
 * The event's words, a way into its article: the words that gave its date marked, and a very long sentence shown
 * around them, with a way to read all of it on the card.
 */
export function EventWords({ text, source, onOpen }: { text: string; source: TimelineSource; onOpen: () => void }) {
  const [whole, setWhole] = useState(false);
  const wordsId = useId();
  const long = text.length > LONGEST_SHOWN;
  const parts = eventWordParts(text, source, whole ? undefined : LONGEST_SHOWN);
  return (
    <>
      <button type="button" id={wordsId} className="event-text" title="Read it in the article" onClick={onOpen}>
        {parts.cutBefore && '… '}
        {parts.before}
        {parts.date !== undefined && <mark className="event-date-words">{parts.date}</mark>}
        {parts.after}
        {parts.cutAfter && ' …'}
      </button>
      {long && (
        <ShowMoreButton
          className="event-text-more"
          expanded={whole}
          controls={wordsId}
          onToggle={() => setWhole(!whole)}
        >
          {whole ? 'Show less of the sentence' : `Show the whole sentence (${wordCount(text)} words)`}
        </ShowMoreButton>
      )}
    </>
  );
}

/** The card's label for the event: its shown words, not thousands of characters of a run-on sentence. */
export function eventLabelWords(text: string, source: TimelineSource): string {
  const parts = eventWordParts(text, source, LONGEST_SHOWN);
  return `${parts.cutBefore ? '… ' : ''}${parts.before}${parts.date ?? ''}${parts.after}${parts.cutAfter ? ' …' : ''}`;
}

function wordCount(text: string): string {
  return formatCount(text.split(/\s+/).filter(Boolean).length);
}
