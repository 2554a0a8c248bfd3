import { useRef } from 'react';
import { formatCount } from '../lib/plural.ts';
import { useSnugEllipsis } from '../lib/use-snug-ellipsis.ts';
import { useServices } from '../state/app-context.tsx';
import { tooltipProps } from '../ui/shortcuts.ts';

/**
 * The reader's "Story: … · n more articles" line. One line however long the story's name: it ends in "…"
 * right before the count, and the tooltip gives it whole.
 */
export function ReaderStoryLine({ storyId, name, more }: { storyId: string; name: string; more: number }) {
  const { ui } = useServices();
  const nameButton = useRef<HTMLButtonElement>(null);
  useSnugEllipsis(nameButton, name);
  return (
    <p className="reader-story">
      <span className="muted reader-story-label">Story:</span>
      <button
        ref={nameButton}
        type="button"
        className="link-button reader-story-name"
        aria-label={`Story: ${name}`}
        {...tooltipProps(`${name}: open the story’s timeline`)}
        onClick={() => ui.showTimeline({ kind: 'story', storyId })}
      >
        {name}
      </button>
      <span className="muted reader-story-count">
        · {more === 1 ? '1 more article' : `${formatCount(more)} more articles`}
      </span>
    </p>
  );
}
