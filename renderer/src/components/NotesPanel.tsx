import { X } from 'lucide-react';
import { type MouseEvent, useEffect, useRef, useState } from 'react';
import type { Annotation } from '../../../electron/contract/model.ts';
import { openExternal } from '../commands/use-commands.ts';
import { useEscapeLayer } from '../lib/escape-layers.ts';
import { renderNote } from '../lib/markdown.ts';
import { plural } from '../lib/plural.ts';
import { cutWords, quoteContext } from '../lib/quote-context.ts';
import { useServices } from '../state/app-context.tsx';
import { IconButton } from '../ui/Button.tsx';
import { returnFocus } from '../ui/return-focus.ts';
import { StorySection } from './StorySection.tsx';
import { TextNotArrived } from './TextNotArrived.tsx';

/** The reader's margin: the article's note, its story, then its highlights in text order; click one to go to it. */
export function NotesPanel({
  articleId,
  annotations,
  awaitingText = false,
  drawer = false,
  onClose,
  onReveal,
}: {
  articleId: string;
  annotations: Annotation[];
  /** Its text has not arrived yet (imported, still to fetch): highlights not placed are waiting for it. */
  awaitingText?: boolean;
  /** Over the article, in a window too narrow for both side by side: it takes the keyboard, and Esc closes it. */
  drawer?: boolean;
  onClose(): void;
  onReveal(annotation: Annotation): void;
}) {
  const { library } = useServices();
  const articleNote = annotations.find((annotation) => annotation.kind === 'note');
  const highlights = annotations.filter((annotation) => annotation.kind === 'highlight');
  const placed = highlights.filter((annotation) => !annotation.orphaned);
  const orphans = highlights.filter((annotation) => annotation.orphaned);
  const [note, setNote] = useState(articleNote?.note ?? '');
  useEffect(() => setNote(articleNote?.note ?? ''), [articleNote?.note]);
  const panel = useRef<HTMLElement>(null);
  // A drawer is opened by the reader, for this article: the keys go to it, and come back to the Notes button after.
  useEffect(() => {
    if (!drawer) return;
    panel.current?.focus({ preventScroll: true });
    return () => returnFocus('notes');
  }, [drawer]);
  function close() {
    // The note being typed is kept: it is saved as its field lets go of the keyboard, which a closing drawer takes.
    const active = document.activeElement;
    if (active instanceof HTMLElement && panel.current?.contains(active)) active.blur();
    onClose();
  }
  useEscapeLayer(drawer, close);

  return (
    <>
      {drawer && <div className="notes-scrim" aria-hidden="true" />}
      <aside
        ref={panel}
        className={drawer ? 'notes-panel notes-drawer' : 'notes-panel'}
        aria-label="Highlights and notes"
        tabIndex={drawer ? -1 : undefined}
      >
        {drawer && (
          <IconButton
            className="notes-drawer-close"
            label="Close notes"
            icon={X}
            aria-keyshortcuts="Escape"
            onClick={close}
          />
        )}
        {/* The note first: below a story with many articles it was out of sight in a short window. */}
        <label className="stacked">
          <span className="panel-heading">Note on this article</span>
          <textarea
            className="text-field"
            rows={3}
            placeholder="What do you make of it? (Markdown)"
            value={note}
            onChange={(event) => setNote(event.target.value)}
            onBlur={() => void library.setArticleNote(articleId, articleNote, note)}
          />
        </label>
        <StorySection articleId={articleId} />
        <h2 className="panel-heading">
          {placed.length === 0 ? 'No highlights yet' : plural(placed.length, 'highlight')}
        </h2>
        {placed.length === 0 && <p className="muted">Select words in the article and pick a color, or press H.</p>}
        <ol className="highlight-list">
          {placed.map((annotation) => (
            <li key={annotation.id}>
              <HighlightCard annotation={annotation} onClick={() => onReveal(annotation)} />
            </li>
          ))}
        </ol>
        {orphans.length > 0 && (
          <>
            {awaitingText ? (
              <TextNotArrived articleId={articleId} count={orphans.length} />
            ) : (
              <>
                <h2 className="panel-heading">No longer in the text</h2>
                <p className="muted">The article changed since these were made; they are kept with their notes.</p>
              </>
            )}
            <ol className="highlight-list">
              {orphans.map((annotation) => (
                <li key={annotation.id}>
                  <HighlightCard annotation={annotation} />
                </li>
              ))}
            </ol>
          </>
        )}
      </aside>
    </>
  );
}

export function HighlightCard({
  annotation,
  onClick,
  opener = false,
  withContext = false,
}: {
  annotation: Annotation;
  onClick?: () => void;
  /** It opened the article now closing: the keyboard comes back to it. */
  opener?: boolean;
  /** Away from the article (the Highlights view): the words around the quote show with it. */
  withContext?: boolean;
}) {
  const body = (
    <>
      <Quote annotation={annotation} withContext={withContext} />
      {annotation.note && (
        // Sanitized: raw HTML in a note is escaped and the rendered Markdown goes through DOMPurify.
        // biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/noStaticElementInteractions: the links inside take the keys
        <span
          className="card-note"
          onClick={openNoteLink}
          // biome-ignore lint/security/noDangerouslySetInnerHtml: see renderNote
          dangerouslySetInnerHTML={{ __html: renderNote(annotation.note) }}
        />
      )}
      {annotation.tags.length > 0 && (
        <span className="card-tags">
          {annotation.tags.map((tag) => (
            <span key={tag} className="tag-chip">
              {tag}
            </span>
          ))}
        </span>
      )}
    </>
  );
  return onClick ? (
    <button
      type="button"
      className="highlight-card"
      data-return-focus={opener ? 'reader' : undefined}
      onClick={onClick}
    >
      {body}
    </button>
  ) : (
    <div className="highlight-card is-orphan">{body}</div>
  );
}

/**
 * The highlighted words exactly as the reader chose them, marked in their colour. Around them, plain:
 * the rest of a word the highlight starts or ends inside, or (with context) the words around it, cut
 * at whole words with an ellipsis where the text goes on.
 */
function Quote({ annotation, withContext }: { annotation: Annotation; withContext: boolean }) {
  const anchor = annotation.anchor;
  if (!anchor) return <span className={`card-quote card-quote-${annotation.color}`} />;
  const around = withContext ? quoteContext(anchor) : { ...cutWords(anchor), moreBefore: false, moreAfter: false };
  return (
    <span className={`card-quote card-quote-${annotation.color}`}>
      {around.before && (
        <span className="card-context">
          {around.moreBefore && '…'}
          {around.before}
        </span>
      )}
      {/* Spaces the reader took in with the words stay outside the mark, and still part words. */}
      {around.before && /^\s/.test(anchor.exact) && ' '}
      <mark className={`card-highlight card-highlight-${annotation.color}`}>{anchor.exact.trim()}</mark>
      {around.after && /\s$/.test(anchor.exact) && ' '}
      {around.after && (
        <span className="card-context">
          {around.after}
          {around.moreAfter && '…'}
        </span>
      )}
    </span>
  );
}

/** A link in a note leaves the app, as article links do: followed in place, it would replace Annals in its tab. */
function openNoteLink(event: MouseEvent<HTMLElement>): void {
  const link = (event.target as Element).closest('a[href]');
  if (!link) return;
  event.preventDefault();
  event.stopPropagation();
  openExternal(link.getAttribute('href') ?? '');
}
