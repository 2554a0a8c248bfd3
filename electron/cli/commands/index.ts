// Every command by name, each loaded only when it runs: `annals list` never loads extraction or the timeline.
import type { OptionSpec } from '../args.ts';
import type { CommandDefinition } from '../context.ts';
import type { StateCommand } from './article-state.ts';

type Loader = () => Promise<{ default: CommandDefinition<OptionSpec> }>;

const stateCommands: StateCommand[] = ['archive', 'unarchive', 'favorite', 'unfavorite', 'read', 'unread'];
const stateCommand = (name: StateCommand) => async () => ({
  default: (await import('./article-state.ts')).stateCommand(name),
});

export const commands: Readonly<Record<string, Loader>> = {
  add: () => import('./add.ts'),
  extract: () => import('./extract.ts'),
  list: () => import('./list.ts'),
  show: () => import('./show.ts'),
  versions: () => import('./versions.ts'),
  tag: () => import('./tag.ts'),
  ...Object.fromEntries(stateCommands.map((name) => [name, stateCommand(name)])),
  note: () => import('./note.ts'),
  delete: () => import('./delete.ts'),
  duplicates: () => import('./duplicates.ts'),
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
  sync: () => import('./sync.ts'),
  'move-library': () => import('./move-library.ts'),
  serve: () => import('./serve.ts'),
};
