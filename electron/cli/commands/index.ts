// Every command by name, each loaded only when it runs: `annals list` never loads extraction or the timeline.
import type { OptionSpec } from '../args.ts';
import type { CommandDefinition } from '../context.ts';

type Loader = () => Promise<{ default: CommandDefinition<OptionSpec> }>;

const stateCommand = (name: 'archive' | 'unarchive' | 'favorite' | 'unfavorite' | 'read' | 'unread') => async () => ({
  default: (await import('./article-state.ts')).stateCommands[name],
});

export const commands: Readonly<Record<string, Loader>> = {
  add: () => import('./add.ts'),
  extract: () => import('./extract.ts'),
  list: () => import('./list.ts'),
  show: () => import('./show.ts'),
  tag: () => import('./tag.ts'),
  archive: stateCommand('archive'),
  unarchive: stateCommand('unarchive'),
  favorite: stateCommand('favorite'),
  unfavorite: stateCommand('unfavorite'),
  read: stateCommand('read'),
  unread: stateCommand('unread'),
  note: () => import('./note.ts'),
  delete: () => import('./delete.ts'),
  highlight: () => import('./highlight.ts'),
  annotations: () => import('./annotations.ts'),
  export: () => import('./export.ts'),
  search: () => import('./search.ts'),
  feed: () => import('./feed.ts'),
  events: () => import('./events.ts'),
  stories: () => import('./stories.ts'),
  timeline: () => import('./timeline.ts'),
  import: () => import('./import.ts'),
  backup: () => import('./backup.ts'),
  restore: () => import('./restore.ts'),
  serve: () => import('./serve.ts'),
};
