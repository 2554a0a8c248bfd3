// Every command of the app, once: the palette, the keyboard help, the keys and the desktop menu are
// all built from this list. What a command does lives in the renderer (renderer/src/commands), bound
// by id; the main process only builds the menu from it and sends the id of a clicked item.

/** Where a command is grouped in the keyboard help and named in the palette, in this order. */
export const commandSections = ['Library', 'Article', 'Timeline', 'Appearance', 'Annals'] as const;
export type CommandSection = (typeof commandSections)[number];

/** The desktop menus a command may appear in (Edit and Window are Electron's own). */
export type MenuName = 'File' | 'View' | 'Help';

export interface CommandSpec {
  /** Stable id: the menu sends it, the renderer binds a handler to it. */
  id: string;
  section: CommandSection;
  /** The name in the palette, the help and the menu. */
  title: string;
  /**
   * The key that runs it, as the help shows it: "j", "?", "Mod+k" (Ctrl, or ⌘ on a Mac), "Delete",
   * "Escape". A printable key is matched as typed, so "?" needs no "Shift+".
   */
  shortcut?: string;
  /** The desktop menu that lists it, if any. */
  menu?: MenuName;
  /** Left out of the command palette (the palette itself). */
  palette?: false;
  /** Other words the palette finds it by ("backup" for "Back up…"); never shown. */
  keywords?: string;
}

/** The name of the event the desktop menu sends to the window; its payload is `{ id }`. */
export const COMMAND_EVENT = 'command';

/** In the palette's order; commands of one section are listed in the help in this order too. */
export const commandSpecs = [
  { id: 'app.palette', section: 'Annals', title: 'Command palette', shortcut: 'Mod+k', palette: false },
  { id: 'help.shortcuts', section: 'Annals', title: 'Keyboard shortcuts', shortcut: '?', menu: 'Help' },
  { id: 'search.focus', section: 'Annals', title: 'Search the library', shortcut: '/' },
  { id: 'article.saveUrl', section: 'Annals', title: 'Save a link', shortcut: 's', menu: 'File' },
  { id: 'edit.undo', section: 'Annals', title: 'Undo', shortcut: 'u' },
  { id: 'app.settings', section: 'Annals', title: 'Settings', shortcut: ',', keywords: 'preferences options' },
  {
    id: 'settings.sync',
    section: 'Annals',
    title: 'Sync with your other computers…',
    keywords: 'settings devices syncthing folder',
  },
  { id: 'settings.backup', section: 'Annals', title: 'Back up or restore the library…', keywords: 'backup settings' },
  {
    id: 'settings.browser',
    section: 'Annals',
    title: 'Save from your browser (bookmarklet)…',
    keywords: 'settings extension',
  },
  { id: 'help.about', section: 'Annals', title: 'About Annals', menu: 'Help' },
  { id: 'sample.install', section: 'Annals', title: 'Add the sample articles' },
  { id: 'sample.remove', section: 'Annals', title: 'Remove the sample articles' },
  { id: 'duplicates.merge', section: 'Annals', title: 'Merge duplicate articles' },

  { id: 'view.inbox', section: 'Library', title: 'Go to Inbox', shortcut: '1' },
  { id: 'view.favorites', section: 'Library', title: 'Go to Favorites', shortcut: '2' },
  { id: 'view.archive', section: 'Library', title: 'Go to Archive', shortcut: '3' },
  { id: 'view.all', section: 'Library', title: 'Go to All articles', shortcut: '4' },
  { id: 'go.tag', section: 'Library', title: 'Go to tag…' },
  { id: 'go.feed', section: 'Library', title: 'Go to feed…' },
  { id: 'list.next', section: 'Library', title: 'Next article', shortcut: 'j' },
  { id: 'list.previous', section: 'Library', title: 'Previous article', shortcut: 'k' },
  { id: 'list.first', section: 'Library', title: 'First article', shortcut: 'Home' },
  { id: 'list.last', section: 'Library', title: 'Last article', shortcut: 'End' },
  { id: 'list.open', section: 'Library', title: 'Open the selected article', shortcut: 'Enter' },
  { id: 'reader.close', section: 'Library', title: 'Back to the list', shortcut: 'Escape' },
  { id: 'sort.saved', section: 'Library', title: 'Sort by date saved' },
  { id: 'sort.published', section: 'Library', title: 'Sort by date published' },

  { id: 'article.archive', section: 'Article', title: 'Archive, or move back to the Inbox', shortcut: 'a' },
  { id: 'article.favorite', section: 'Article', title: 'Favorite, or unfavorite', shortcut: 'f' },
  { id: 'article.read', section: 'Article', title: 'Mark as read, or unread', shortcut: 'm' },
  { id: 'reader.highlight', section: 'Article', title: 'Highlight the selected text', shortcut: 'h' },
  { id: 'reader.notes', section: 'Article', title: 'Show or hide highlights and notes', shortcut: 'i' },
  { id: 'reader.nextMatch', section: 'Article', title: 'Next match of the search', shortcut: 'n' },
  { id: 'reader.previousMatch', section: 'Article', title: 'Previous match of the search', shortcut: 'N' },
  { id: 'view.annotations', section: 'Library', title: 'Go to all highlights and notes', shortcut: '5' },
  { id: 'view.timeline', section: 'Library', title: 'Go to the timeline', shortcut: '6' },

  { id: 'timeline.ofTag', section: 'Timeline', title: 'Timeline of this tag' },
  { id: 'timeline.ofSearch', section: 'Timeline', title: 'Timeline of these search results' },
  { id: 'timeline.ofStory', section: 'Timeline', title: 'Timeline of this article’s story' },
  { id: 'timeline.ofArticle', section: 'Timeline', title: 'Timeline of this article' },
  { id: 'timeline.next', section: 'Timeline', title: 'Next event', shortcut: 'j' },
  { id: 'timeline.previous', section: 'Timeline', title: 'Previous event', shortcut: 'k' },
  { id: 'timeline.first', section: 'Timeline', title: 'First event', shortcut: 'Home' },
  { id: 'timeline.last', section: 'Timeline', title: 'Last event', shortcut: 'End' },
  { id: 'timeline.open', section: 'Timeline', title: 'Read the event in its article', shortcut: 'Enter' },
  { id: 'timeline.edit', section: 'Timeline', title: 'Edit the event (date, words)', shortcut: 'e' },
  { id: 'timeline.hide', section: 'Timeline', title: 'Hide the event, or show it again', shortcut: 'h' },
  { id: 'timeline.join', section: 'Timeline', title: 'Same event as… (show it as one with another)', shortcut: 'g' },
  { id: 'timeline.zoomIn', section: 'Timeline', title: 'Zoom in (years → months → days)', shortcut: '+' },
  { id: 'timeline.zoomOut', section: 'Timeline', title: 'Zoom out (days → months → years)', shortcut: '-' },
  { id: 'timeline.close', section: 'Timeline', title: 'Back to the library', shortcut: 'Escape' },

  { id: 'article.tags', section: 'Article', title: 'Tags…', shortcut: 't' },
  {
    id: 'list.check',
    section: 'Library',
    title: 'Tick or untick the selected article (for several at once)',
    shortcut: 'x',
  },
  { id: 'list.uncheck', section: 'Library', title: 'Untick all articles' },
  { id: 'list.markAllRead', section: 'Library', title: 'Mark everything in this list as read', shortcut: 'A' },
  { id: 'feeds.follow', section: 'Library', title: 'Follow a feed…' },
  { id: 'feeds.refresh', section: 'Library', title: 'Refresh all feeds', shortcut: 'r' },
  { id: 'tags.manage', section: 'Library', title: 'Manage tags (rename, merge, color, delete)' },
  {
    id: 'import.open',
    section: 'Annals',
    title: 'Import from Pocket, Instapaper, Omnivore, Wallabag, Readwise or bookmarks…',
    menu: 'File',
  },
  { id: 'annotations.export', section: 'Annals', title: 'Export highlights and notes…' },
  { id: 'article.delete', section: 'Article', title: 'Delete', shortcut: 'Delete' },
  { id: 'article.original', section: 'Article', title: 'Open the original page', shortcut: 'v' },

  { id: 'view.theme.system', section: 'Appearance', title: 'Theme: Match the system', menu: 'View' },
  { id: 'view.theme.light', section: 'Appearance', title: 'Theme: Light', menu: 'View' },
  { id: 'view.theme.dark', section: 'Appearance', title: 'Theme: Dark', menu: 'View' },
  { id: 'view.theme.sepia', section: 'Appearance', title: 'Theme: Sepia', menu: 'View' },
  { id: 'view.theme.next', section: 'Appearance', title: 'Next theme', shortcut: 'T' },
  { id: 'reader.font', section: 'Appearance', title: 'Switch between serif and sans-serif', shortcut: 'F' },
  { id: 'reader.bigger', section: 'Appearance', title: 'Larger text', shortcut: '=' },
  { id: 'reader.smaller', section: 'Appearance', title: 'Smaller text', shortcut: '-' },
  { id: 'reader.wider', section: 'Appearance', title: 'Wider lines', shortcut: ']' },
  { id: 'reader.narrower', section: 'Appearance', title: 'Narrower lines', shortcut: '[' },
] as const satisfies readonly CommandSpec[];

export type CommandId = (typeof commandSpecs)[number]['id'];

/** The ids of one section's commands (a section's handlers must cover exactly these). */
export type CommandIdIn<S extends CommandSection> = Extract<(typeof commandSpecs)[number], { section: S }>['id'];

const commandIds: ReadonlySet<string> = new Set(commandSpecs.map((spec) => spec.id));

/** Whether a string (from the menu, say) names a command. */
export function isCommandId(id: unknown): id is CommandId {
  return typeof id === 'string' && commandIds.has(id);
}

/** "Mod+k" → modifiers ["Mod"] and key "k"; "+" and "Mod++" name the plus key itself. */
export function splitShortcut(shortcut: string): { modifiers: string[]; key: string } {
  const plusKey = shortcut.endsWith('+');
  const parts = (plusKey ? shortcut.slice(0, -1) : shortcut).split('+').filter(Boolean);
  const key = plusKey ? '+' : (parts.pop() ?? '');
  return { modifiers: parts, key };
}
