import type { ArticleSummary } from '../../../../electron/contract/model.ts';

/** Marks a list row whose article's files are still coming from another computer (a sync under way). */
export function ArrivingBadge({ article }: { article: Pick<ArticleSummary, 'arriving'> }) {
  if (!article.arriving) return null;
  return (
    <span
      className="badge badge-arriving"
      role="img"
      aria-label="Arriving from another computer"
      data-tooltip="Its files are still arriving from another computer"
    >
      Arriving
    </span>
  );
}
