import { measureElement, observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { type MouseEvent, useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ArticleSummary } from '../../../electron/contract/model.ts';
import { useServices, useUi } from '../state/app-context.tsx';
import { ArticleRow } from './ArticleRow.tsx';
import { RowHeights, rowParts } from './row-heights.ts';

/**
 * The library as a listbox. Only the rows in view are in the DOM, so 100,000 articles scroll like 10;
 * each row is measured, so it is as tall as its title, excerpt and tags. Each row keeps its own place
 * (rather than following the one above it), so a row scrolling in or out leaves the others' pixels
 * alone and only the new row is painted. The selection is announced through aria-activedescendant
 * while focus stays on the list.
 *
 * One click opens: pressing the mouse changes nothing on screen (no selection, no scrolling), so the
 * row under the pointer when the button went down is still there when it comes up.
 */
export function ArticleList({ articles, stale = false }: { articles: ArticleSummary[]; stale?: boolean }) {
  const { ui } = useServices();
  const selectedId = useUi((state) => state.selectedId);
  const checkedIds = useUi((state) => state.checkedIds);
  const checked = new Set(checkedIds);
  const scroller = useRef<HTMLDivElement>(null);
  const [heights] = useState(() => new RowHeights());
  // Kept the same between renders: a new key function makes the virtualizer place all 10,000 rows again.
  const getItemKey = useCallback((index: number) => articles[index]?.id ?? index, [articles]);
  // A new size of the window wraps every row to a new height, and the observers tell the list in the frame that
  // brings it, before it is painted: the rows are placed again right then (flushSync), not in a later task, which
  // would paint each frame of a dragged window edge with the rows at their old places, drawn over one another.
  const observerReport = useRef(false);
  const [, placeRows] = useReducer((count: number) => count + 1, 0);
  const reportedByObserver = () => {
    if (observerReport.current) return;
    observerReport.current = true;
    // Over once the observer's callback is (its microtasks run as it returns).
    queueMicrotask(() => {
      observerReport.current = false;
    });
  };
  const virtualizer = useVirtualizer({
    count: articles.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => heights.estimate(articles[index]),
    observeElementRect: (instance, onRect) => {
      let observing = false;
      const stop = observeElementRect(instance, (rect) => {
        if (observing) reportedByObserver();
        onRect(rect);
      });
      observing = true;
      return stop;
    },
    onChange: () => {
      if (!observerReport.current) return;
      // Once per report: the rows placed in this render measure themselves too, inside React's commit.
      observerReport.current = false;
      flushSync(placeRows);
    },
    measureElement: (row, entry, instance) => {
      if (entry) reportedByObserver();
      const height = measureElement(row, entry, instance);
      // Learnt from the ResizeObserver's report only: layout is then up to date, so reading the row's parts
      // costs nothing (the report comes for every row, the first time it is laid out).
      if (entry) {
        heights.setWidth(instance.scrollRect?.width ?? 0);
        heights.learn(articles[instance.indexFromElement(row)], height, rowParts(row));
      }
      return height;
    },
    overscan: 6,
    getItemKey,
    // Before the first layout (and in tests) assume a window-sized list rather than an empty one.
    initialRect: { width: 800, height: 900 },
  });
  const selectedIndex = useMemo(
    () => articles.findIndex((article) => article.id === selectedId),
    [articles, selectedId],
  );
  const rows = virtualizer.getVirtualItems();
  // One handler for every row, so a row whose article did not change is not drawn again while scrolling.
  const latest = useRef({ articles, selectedIndex });
  latest.current = { articles, selectedIndex };
  const onRowClick = useCallback(
    (event: MouseEvent, index: number) => {
      const { articles, selectedIndex } = latest.current;
      const article = articles[index];
      if (!article) return;
      if (event.ctrlKey || event.metaKey) ui.toggleChecked(article.id);
      else if (event.shiftKey) {
        // A range from the selected article to this one.
        const from = Math.max(0, selectedIndex);
        const [low, high] = from < index ? [from, index] : [index, from];
        ui.setChecked(articles.slice(low, high + 1).map((row) => row.id));
      } else ui.open(article.id);
    },
    [ui],
  );

  // The keys move the selection (j/k, Home/End): the list follows it.
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  return (
    // The focus ring is drawn by the frame, over the list: a ring on the scroller itself would make Chromium
    // repaint every row in view on each frame of a scroll (issue 12).
    <div className="article-list-frame">
      <div
        ref={scroller}
        className="article-list"
        role="listbox"
        aria-label="Articles"
        aria-multiselectable={checkedIds.length > 0 ? true : undefined}
        // The rows are the previous list's while a new one loads (a tag chosen, a view changed).
        aria-busy={stale || undefined}
        tabIndex={0}
        // Takes the focus back when the reader closes (on the article that was open, the selected one) or a dialog does.
        data-return-focus="reader view"
        aria-activedescendant={selectedIndex >= 0 ? `article-${selectedId}` : undefined}
      >
        {/* The rows' box is not the one that is as tall as the list: when a row turns out taller or shorter than
            estimated and the list's height changes, Chromium lays out that one box again instead of every row in it
            (the box rows are placed in keeps its size). */}
        <div style={{ height: virtualizer.getTotalSize() }}>
          <div className="article-rows">
            {rows.map((item) => {
              const article = articles[item.index]!;
              return (
                <ArticleRow
                  key={item.key}
                  ref={virtualizer.measureElement}
                  article={article}
                  index={item.index}
                  setSize={articles.length}
                  start={item.start}
                  selected={article.id === selectedId}
                  checked={checked.has(article.id)}
                  ticking={checkedIds.length > 0}
                  onClick={onRowClick}
                />
              );
            })}
          </div>
        </div>
      </div>
      <div className="article-list-ring" aria-hidden="true" />
    </div>
  );
}
