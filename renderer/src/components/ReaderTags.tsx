import { Plus, X } from 'lucide-react';
import { useState } from 'react';
import { useServices } from '../state/app-context.tsx';
import { Button } from '../ui/Button.tsx';
import { TagInput } from './TagInput.tsx';

/** The open article's tags in the reader's header: each removable, and more added in place. */
export function ReaderTags({ articleId, tags }: { articleId: string; tags: string[] }) {
  const { library, ui } = useServices();
  const [adding, setAdding] = useState(false);
  return (
    <div className="reader-tags">
      <ul className="tag-chips" aria-label="Tags of this article">
        {tags.map((tag) => (
          <li key={tag} className="tag-chip">
            <button
              type="button"
              className="tag-chip-name"
              title={`Show the articles tagged ${tag}`}
              onClick={() => {
                ui.filterByTag(tag, false);
                ui.setView('all');
              }}
            >
              {tag}
            </button>
            <button
              type="button"
              className="tag-chip-remove"
              aria-label={`Remove tag ${tag}`}
              onClick={() => void library.tag([articleId], [], [tag])}
            >
              <X aria-hidden="true" size={12} strokeWidth={2} />
            </button>
          </li>
        ))}
        <li className="reader-tag-add">
          {adding ? (
            // biome-ignore lint/a11y/noStaticElementInteractions: Esc and leaving the field close it; the field takes the keys
            <span
              className="reader-tag-field"
              onBlur={(event) => {
                if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setAdding(false);
              }}
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  event.preventDefault();
                  event.stopPropagation();
                  setAdding(false);
                }
              }}
            >
              <TagInput
                taken={new Set(tags.map((tag) => tag.toLowerCase()))}
                onAdd={(tag) => void library.tag([articleId], [tag], [])}
                suggestWhenEmpty={false}
                placeholder="Tag, then Enter"
                autoFocus
              />
            </span>
          ) : (
            <Button
              size="sm"
              variant="ghost"
              icon={Plus}
              command="article.tags"
              tooltip="Add a tag (t opens every tag)"
              onClick={() => setAdding(true)}
            >
              {tags.length === 0 ? 'Add a tag' : 'Tag'}
            </Button>
          )}
        </li>
      </ul>
    </div>
  );
}
