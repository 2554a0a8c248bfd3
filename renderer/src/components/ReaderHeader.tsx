import { ExternalLink } from 'lucide-react';
import type { Article } from '../../../electron/contract/model.ts';
import { findCommand } from '../commands/registry.ts';
import { useCommands } from '../commands/use-commands.ts';
import { formatPublished, readingTimeOf } from '../lib/dates.ts';
import { useArticleTimeline } from '../state/queries.ts';
import { Button } from '../ui/Button.tsx';
import { ReaderStoryLine } from './ReaderStoryLine.tsx';
import { ReaderTags } from './ReaderTags.tsx';

/** Above the article: site, title, author, date, reading time, its story and its tags (editable here). */
export function ReaderHeader({
  article,
  font,
  leadImage,
}: {
  article: Article;
  font: 'serif' | 'sans';
  /** The lead image's address, when the text does not show it already. */
  leadImage: string | null;
}) {
  const { run } = useCommands();
  const found = useArticleTimeline(article.id).data;
  const story = found?.story && found.related.length > 0 ? found.story : null;
  const storyName = story?.title || 'Untitled story';
  const published = formatPublished(article.publishedAt);
  const hasOriginal = /^https?:/i.test(article.url);
  return (
    <header className="reader-header">
      <p className="reader-site">
        {article.siteName && <span>{article.siteName}</span>}
        {hasOriginal && (
          <Button
            variant="link"
            className="reader-original"
            iconEnd={ExternalLink}
            command="article.original"
            tooltip="Open the original page in your browser"
            onClick={() => {
              const command = findCommand('article.original');
              if (command) run(command);
            }}
          >
            Original page
          </Button>
        )}
      </p>
      <h1 className={`reader-title font-${font}`}>{article.title}</h1>
      <p className="reader-meta">{[article.byline, published, readingTimeOf(article)].filter(Boolean).join(' · ')}</p>
      {story && found && <ReaderStoryLine storyId={story.id} name={storyName} more={found.related.length} />}
      <ReaderTags articleId={article.id} tags={article.tags} />
      {leadImage && <img className="reader-lead" src={leadImage} alt="" />}
    </header>
  );
}
