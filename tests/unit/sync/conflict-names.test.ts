import { describe, expect, it } from 'vitest';
import { parseConflictName } from '../../../electron/core/sync/conflict-names.ts';

const owned = new Set(['article.json', 'annotations.json', 'feeds.json', 'stories.json', 'tags.json', 'laptop1.json']);
const ownedNames = (name: string) => owned.has(name);

describe('conflict copies made by sync tools', () => {
  it.each([
    ['article.sync-conflict-20261202-101500-ABCDEF1.json', 'article.json', 'syncthing'],
    ['feeds.sync-conflict-20261202-101500-7QXZ2KD.json', 'feeds.json', 'syncthing'],
    ['text.sync-conflict-20261202-101500-ABCDEF1.txt', 'text.txt', 'syncthing'],
    ['laptop1.sync-conflict-20261202-101500-ABCDEF1.json', 'laptop1.json', 'syncthing'],
    ["article (Ana's conflicted copy 2026-12-02).json", 'article.json', 'dropbox'],
    ["article (Ana's conflicted copy 2026-12-02 (1)).json", 'article.json', 'dropbox'],
    ['article (conflicted copy 2026-12-02 101500).json', 'article.json', 'nextcloud'],
    ['annotations (conflicted copy 2026-12-02).json', 'annotations.json', 'nextcloud'],
    ['stories 2.json', 'stories.json', 'icloud'],
    ['laptop1-DESKTOP-4F2.json', 'laptop1.json', 'onedrive'],
  ])('knows %s as a copy of %s (%s)', (name, original, tool) => {
    expect(parseConflictName(name, ownedNames)).toEqual({ original, tool });
  });

  it.each([
    'article.json',
    'chapter 2.json',
    'field-notes.json',
    'a1b2c3d4e5f6a1b2c3d4.html',
    'article.sync-conflict-2026-ABC.json',
  ])('leaves the ordinary name %s alone', (name) => {
    expect(parseConflictName(name, ownedNames)).toBeNull();
  });
});
