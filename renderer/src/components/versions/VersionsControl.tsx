import { ArrowLeft, Eye, History, Trash2 } from 'lucide-react';
import { useRef, useState } from 'react';
import type { ArticleVersion } from '../../../../electron/contract/model.ts';
import { plural } from '../../lib/plural.ts';
import { useInsideWindow } from '../../lib/use-inside-window.ts';
import { Button, IconButton } from '../../ui/Button.tsx';
import { formatVersionDate, useArticleVersions, useRemoveVersion } from './use-versions.ts';

/**
 * "Versions" in the reader's toolbar: every text the article has had (a re-save whose text changed adds
 * one), with when each was saved and its length. An earlier one opens read-only, or is removed after
 * the reader confirms. Shown only once there is an earlier text.
 */
export function VersionsControl({
  articleId,
  openVersionId,
  onOpen,
  compact = false,
}: {
  articleId: string;
  openVersionId: string | null;
  onOpen(versionId: string | null): void;
  /** Room is short: the icon and the count say it, the name stays for assistive technology. */
  compact?: boolean;
}) {
  const versions = useArticleVersions(articleId).data?.versions ?? [];
  const [expanded, setExpanded] = useState(false);
  const panel = useRef<HTMLElement>(null);
  useInsideWindow(panel, expanded && versions.length >= 2);
  if (versions.length < 2) return null;
  const panelId = `versions-${articleId}`;
  return (
    <div className="versions-control">
      <Button
        variant="ghost"
        icon={History}
        aria-expanded={expanded}
        aria-controls={panelId}
        tooltip="Earlier texts of this article"
        onClick={() => setExpanded((shown) => !shown)}
      >
        {compact ? (
          <>
            <span className="visually-hidden">Versions ({versions.length})</span>
            <span className="count-pill" aria-hidden="true">
              {versions.length}
            </span>
          </>
        ) : (
          `Versions (${versions.length})`
        )}
      </Button>
      {expanded && (
        <section ref={panel} id={panelId} className="versions-panel" aria-label="Versions of this article">
          <p className="muted versions-intro">
            Each time the page was saved with a changed text, the text it had before was kept.
          </p>
          <ul className="versions-list">
            {versions.map((version) => (
              <VersionRow
                key={version.versionId}
                articleId={articleId}
                version={version}
                open={version.current ? openVersionId === null : openVersionId === version.versionId}
                onOpen={(versionId) => {
                  onOpen(versionId);
                  setExpanded(false);
                }}
              />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function VersionRow({
  articleId,
  version,
  open,
  onOpen,
}: {
  articleId: string;
  version: ArticleVersion;
  open: boolean;
  onOpen(versionId: string | null): void;
}) {
  const remove = useRemoveVersion(articleId);
  const [confirming, setConfirming] = useState(false);
  const saved = formatVersionDate(version.savedAt);
  const facts = `${saved} · ${plural(version.wordCount, 'word')}`;
  return (
    <li className={`versions-row${open ? ' versions-row-open' : ''}`} aria-current={open ? 'true' : undefined}>
      <div className="versions-row-facts">
        <span>{facts}</span>
        {version.current && <span className="versions-badge">Current</span>}
        {open && !version.current && <span className="versions-badge">Open</span>}
      </div>
      <div className="versions-row-actions">
        {version.current ? (
          !open && (
            <Button size="sm" variant="ghost" icon={ArrowLeft} onClick={() => onOpen(null)}>
              Back to the current text
            </Button>
          )
        ) : (
          <>
            <Button
              size="sm"
              variant="ghost"
              icon={Eye}
              aria-label={`Open the version saved ${saved}`}
              tooltip="Read this version (read-only)"
              onClick={() => onOpen(version.versionId)}
            >
              Open
            </Button>
            <IconButton
              size="sm"
              icon={Trash2}
              className="icon-button-danger"
              label={`Remove the version saved ${saved}`}
              data-tooltip="Remove this version…"
              onClick={() => setConfirming(true)}
            />
          </>
        )}
      </div>
      {confirming && (
        <div className="versions-confirm" role="alertdialog" aria-label="Remove this version?">
          <p>
            Remove the text saved {saved} ({plural(version.wordCount, 'word')})? The current text and your highlights
            stay.
          </p>
          <div className="versions-confirm-actions">
            <Button size="sm" onClick={() => setConfirming(false)}>
              Keep it
            </Button>
            <Button
              size="sm"
              variant="danger"
              icon={Trash2}
              onClick={async () => {
                setConfirming(false);
                if (open) onOpen(null);
                await remove(version.versionId, saved);
              }}
            >
              Remove version
            </Button>
          </div>
        </div>
      )}
    </li>
  );
}
