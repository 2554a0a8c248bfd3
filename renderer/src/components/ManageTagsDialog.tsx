import { CircleOff, Pencil, Trash2 } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { HighlightColor } from '../../../electron/contract/model.ts';
import { useServices } from '../state/app-context.tsx';
import { useTags } from '../state/queries.ts';
import { Button, IconButton } from '../ui/Button.tsx';
import { Dialog, DialogHeader } from '../ui/Dialog.tsx';
import { RadioGroup } from '../ui/Radio.tsx';

export const colorNames: HighlightColor[] = ['yellow', 'green', 'blue', 'pink', 'purple'];

/** Rename (renaming onto an existing tag merges them), colour and delete tags; deletes are undoable. */
export function ManageTagsDialog() {
  const tags = useTags();
  const list = tags.data?.tags ?? [];
  return (
    <Dialog title="Manage tags" className="manage-tags">
      <DialogHeader title="Manage tags" />
      {list.length === 0 ? (
        <p className="muted">No tags yet. Press T on an article to tag it.</p>
      ) : (
        <ul className="manage-tag-list">
          {list.map((tag) => (
            <TagRow key={tag.name} name={tag.name} count={tag.count} color={tag.color} />
          ))}
        </ul>
      )}
      <p className="muted">Renaming a tag to the name of another merges the two.</p>
    </Dialog>
  );
}

function TagRow({ name, count, color }: { name: string; count: number; color: HighlightColor | null }) {
  const { library } = useServices();
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(name);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (renaming) field.current?.select();
  }, [renaming]);
  return (
    <li className="manage-tag">
      {renaming ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setRenaming(false);
            if (draft.trim() && draft.trim() !== name) void library.renameTag(name, draft.trim());
          }}
        >
          <input
            className="text-field"
            aria-label={`New name for ${name}`}
            value={draft}
            maxLength={64}
            ref={field}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.stopPropagation();
                setRenaming(false);
              }
            }}
          />
        </form>
      ) : (
        <span className="manage-tag-name">
          {color && <span className={`swatch swatch-${color}`} aria-hidden="true" />}
          {name} <span className="muted">({count})</span>
        </span>
      )}
      <span className="manage-tag-color">
        <RadioGroup
          legend={`Color of ${name}`}
          hideLegend
          variant="swatch"
          name={`color-${name}`}
          value={color}
          options={colorNames.map((option) => ({
            value: option,
            label: `${option[0]?.toUpperCase()}${option.slice(1)}`,
          }))}
          onChange={(option) => void library.setTagColor(name, option)}
        />
        <IconButton
          size="sm"
          label={`No color for ${name}`}
          icon={CircleOff}
          disabled={color === null}
          onClick={() => void library.setTagColor(name, null)}
        />
      </span>
      <Button size="sm" variant="ghost" icon={Pencil} onClick={() => setRenaming(true)}>
        Rename
      </Button>
      <Button size="sm" variant="danger" icon={Trash2} onClick={() => void library.deleteTag(name)}>
        Delete
      </Button>
    </li>
  );
}
