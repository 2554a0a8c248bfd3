// A tag filter belongs to the list it was chosen on: going to another view, a feed or a story starts afresh, as
// choosing a folder or a feed does in NetNewsWire, instead of a "market" filter quietly thinning the next list
// (seen with 45 tags: All articles said "74 articles" of 1,984 with the filter bar scrolled out of mind).
import { describe, expect, it } from 'vitest';
import { createUiStore, uiActions } from '../../../renderer/src/state/ui-store.ts';

function filteredByMarket() {
  const store = createUiStore();
  const ui = uiActions(store);
  ui.filterByTag('market', false);
  ui.filterByTag('courts', true);
  expect(store.getState().tagFilter).toEqual(['market', 'courts']);
  return { store, ui };
}

describe('a tag filter', () => {
  it('is cleared by going to another view', () => {
    const { store, ui } = filteredByMarket();
    ui.setView('all');
    expect(store.getState().tagFilter).toEqual([]);
  });

  it('is cleared by choosing a feed', () => {
    const { store, ui } = filteredByMarket();
    ui.setFeedFilter('feed-1');
    expect(store.getState().tagFilter).toEqual([]);
  });

  it('is cleared by opening a story', () => {
    const { store, ui } = filteredByMarket();
    ui.showTimeline({ kind: 'story', storyId: 'story-1' });
    expect(store.getState().tagFilter).toEqual([]);
  });

  it('stays while the tag’s own timeline, opened from the filter bar, shows', () => {
    const { store, ui } = filteredByMarket();
    ui.showTimeline({ kind: 'tag', tag: 'market' });
    expect(store.getState().tagFilter).toEqual(['market', 'courts']);
  });
});
