import { ArrowLeft, FileDiff } from 'lucide-react';
import { useMemo, useState } from 'react';
import { plural } from '../../lib/plural.ts';
import { wordDiff } from '../../lib/word-diff.ts';
import { useFailure } from '../../state/use-failure.ts';
import { Button } from '../../ui/Button.tsx';
import { FailureBanner } from '../FailureBanner.tsx';
import { formatVersionDate, useArticleVersion } from './use-versions.ts';

/**
 * An earlier text of the article, read-only and marked as such, with the way back to the current text.
 * "Show changes" sets it word by word against the current text: words since removed struck through,
 * words since added underlined.
 */
export function VersionView({
  articleId,
  versionId,
  currentText,
  onBack,
}: {
  articleId: string;
  versionId: string;
  currentText: string;
  onBack(): void;
}) {
  const version = useArticleVersion(articleId, versionId);
  const failure = useFailure(version);
  const [showChanges, setShowChanges] = useState(true);
  const text = version.data?.text ?? '';
  const diff = useMemo(() => (version.data ? wordDiff(text, currentText) : null), [version.data, text, currentText]);
  if (failure) {
    return (
      <FailureBanner
        failure="This version could not be opened"
        reason={failure.reason}
        onRetry={() => version.refetch()}
      >
        <Button size="sm" icon={ArrowLeft} onClick={onBack}>
          Back to the current text
        </Button>
      </FailureBanner>
    );
  }
  if (!version.data) return <p className="muted">Opening the earlier version…</p>;
  const { savedAt, wordCount } = version.data.version;
  const changed = diff && (diff.addedWords > 0 || diff.removedWords > 0);
  return (
    <section className="version-view" aria-label="Earlier version">
      <div className="banner banner-warning version-banner">
        <p>
          <strong>Earlier version</strong>, saved {formatVersionDate(savedAt)} · {plural(wordCount, 'word')}. Read-only:
          this is not the text shown now.
        </p>
        <Button icon={ArrowLeft} onClick={onBack}>
          Back to the current text
        </Button>
      </div>
      <div className="version-toolbar">
        <Button
          size="sm"
          icon={FileDiff}
          aria-pressed={showChanges}
          disabled={!diff}
          tooltip="Mark the words changed since this version"
          onClick={() => setShowChanges((shown) => !shown)}
        >
          Show changes
        </Button>
        <span className="muted">
          {!diff
            ? 'The texts are too different to compare word by word.'
            : changed
              ? `Since this version: ${diff.addedWords} words added, ${diff.removedWords} removed.`
              : 'The words are the same as the current text’s.'}
        </span>
      </div>
      {showChanges && diff ? (
        <div className="version-text" role="document" aria-label="Changes from this version to the current text">
          {diff.paragraphs.map((runs, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of a fixed text, in order
            <p key={index}>
              {runs.map((run, at) =>
                run.kind === 'added' ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: runs of a fixed paragraph, in order
                  <ins key={at} title="Added since this version">
                    {run.text}
                  </ins>
                ) : run.kind === 'removed' ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: runs of a fixed paragraph, in order
                  <del key={at} title="Only in this version">
                    {run.text}
                  </del>
                ) : (
                  run.text
                ),
              )}
            </p>
          ))}
        </div>
      ) : (
        <div className="version-text" role="document" aria-label="Text of this version">
          {text
            .split(/\n\s*\n/)
            .filter((paragraph) => paragraph.trim() !== '')
            .map((paragraph, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of a fixed text, in order
              <p key={index}>{paragraph}</p>
            ))}
        </div>
      )}
    </section>
  );
}
