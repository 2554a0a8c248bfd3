import { type DragEvent, useState } from 'react';
import { type Dragged, type DropTarget, dropMove, type Move, type PlacedFeed } from './feed-order.ts';

// Our own type only: the window's drop zone (save a dragged link or page) ignores what it does not know.
const DRAG_TYPE = 'application/x-annals-feed';

function sameTarget(a: DropTarget | null, b: DropTarget): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Dragging feeds and folders in the sidebar (native drag and drop): `source` makes an element draggable,
 * `target` makes it take drops in its upper or lower half; `over` is where a drop would land, for the mark.
 */
export function useFeedDrag(feeds: readonly PlacedFeed[], folders: readonly string[][], onMove: (move: Move) => void) {
  const [dragging, setDragging] = useState<Dragged | null>(null);
  const [over, setOver] = useState<DropTarget | null>(null);

  const end = () => {
    setDragging(null);
    setOver(null);
  };

  /** Where the pointer is over this element, and the move a drop there would make (null: no drop here). */
  const aim = (event: DragEvent<HTMLElement>, where: (after: boolean) => DropTarget) => {
    const box = event.currentTarget.getBoundingClientRect();
    const at = where(event.clientY > box.top + box.height / 2);
    return { at, move: dragging ? dropMove(dragging, at, feeds, folders) : null };
  };

  return {
    dragging,
    over,
    source: (dragged: Dragged) => ({
      draggable: true,
      onDragStart: (event: DragEvent<HTMLElement>) => {
        event.stopPropagation();
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData(DRAG_TYPE, JSON.stringify(dragged));
        setDragging(dragged);
      },
      onDragEnd: end,
    }),
    target: (where: (after: boolean) => DropTarget) => ({
      onDragOver: (event: DragEvent<HTMLElement>) => {
        const { at, move } = aim(event, where);
        if (!move) return;
        event.preventDefault();
        event.stopPropagation();
        event.dataTransfer.dropEffect = 'move';
        if (!sameTarget(over, at)) setOver(at);
      },
      onDrop: (event: DragEvent<HTMLElement>) => {
        const { move } = aim(event, where);
        if (!move) return;
        event.preventDefault();
        event.stopPropagation();
        end();
        onMove(move);
      },
    }),
  };
}
