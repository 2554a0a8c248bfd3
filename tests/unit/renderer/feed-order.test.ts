import { describe, expect, it } from 'vitest';
import { type Dragged, dropMove, stepFeed, stepFolder } from '../../../renderer/src/lib/feed-order.ts';

// The sidebar: Almanac at the top; News holds Bugle and Courier; Sport holds Derby.
const feeds = [
  { id: 'almanac', folderPath: [] },
  { id: 'bugle', folderPath: ['News'] },
  { id: 'courier', folderPath: ['News'] },
  { id: 'derby', folderPath: ['Sport'] },
];
const folders = [['News'], ['Sport']];

describe('where a dropped feed or folder lands', () => {
  it('puts a feed above the feed it is dropped on, or below it, in that feed’s folder', () => {
    const bugle = { kind: 'feed', id: 'bugle' } as const;
    expect(dropMove(bugle, { kind: 'feed', id: 'courier', after: true }, feeds, folders)).toEqual({
      kind: 'feed',
      id: 'bugle',
      folderPath: ['News'],
      beforeId: null,
    });
    expect(dropMove(bugle, { kind: 'feed', id: 'derby', after: false }, feeds, folders)).toEqual({
      kind: 'feed',
      id: 'bugle',
      folderPath: ['Sport'],
      beforeId: 'derby',
    });
    const almanac = { kind: 'feed', id: 'almanac' } as const;
    expect(dropMove(almanac, { kind: 'feed', id: 'bugle', after: true }, feeds, folders)).toMatchObject({
      folderPath: ['News'],
      beforeId: 'courier',
    });
    expect(dropMove(bugle, { kind: 'feed', id: 'bugle', after: true }, feeds, folders)).toBeNull();
  });

  it('puts a feed dropped on a folder at its end, and one dropped on the list’s heading first at the top level', () => {
    const derby = { kind: 'feed', id: 'derby' } as const;
    expect(dropMove(derby, { kind: 'folder', path: ['News'], after: false }, feeds, folders)).toMatchObject({
      folderPath: ['News'],
      beforeId: null,
    });
    expect(dropMove(derby, { kind: 'top' }, feeds, folders)).toMatchObject({ folderPath: [], beforeId: 'almanac' });
  });

  it('reorders folders among folders only', () => {
    const sport: Dragged = { kind: 'folder', path: ['Sport'] };
    expect(dropMove(sport, { kind: 'folder', path: ['News'], after: false }, feeds, folders)).toEqual({
      kind: 'folder',
      path: ['Sport'],
      before: ['News'],
    });
    const news: Dragged = { kind: 'folder', path: ['News'] };
    expect(dropMove(news, { kind: 'folder', path: ['Sport'], after: true }, feeds, folders)).toEqual({
      kind: 'folder',
      path: ['News'],
      before: null,
    });
    expect(dropMove(news, { kind: 'feed', id: 'almanac', after: false }, feeds, folders)).toBeNull();
    expect(dropMove(news, { kind: 'top' }, feeds, folders)).toBeNull();
  });
});

describe('moving from the keyboard', () => {
  it('steps a feed up or down within its folder, and not past either end', () => {
    expect(stepFeed(feeds, 'courier', -1)).toMatchObject({ folderPath: ['News'], beforeId: 'bugle' });
    expect(stepFeed(feeds, 'bugle', 1)).toMatchObject({ folderPath: ['News'], beforeId: null });
    expect(stepFeed(feeds, 'bugle', -1)).toBeNull();
    expect(stepFeed(feeds, 'derby', 1)).toBeNull();
  });

  it('steps a folder up or down', () => {
    expect(stepFolder(folders, ['Sport'], -1)).toEqual({ kind: 'folder', path: ['Sport'], before: ['News'] });
    expect(stepFolder(folders, ['News'], 1)).toEqual({ kind: 'folder', path: ['News'], before: null });
    expect(stepFolder(folders, ['News'], -1)).toBeNull();
  });
});
