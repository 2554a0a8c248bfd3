import { type CommandId, commandSpecs } from '../../../electron/contract/commands.ts';
import { annalsCommands } from './annals.ts';
import { appearanceCommands } from './appearance.ts';
import { articleCommands } from './article.ts';
import type { Command, CommandContext, CommandHandler } from './context.ts';
import { libraryCommands } from './library.ts';
import { timelineCommands } from './timeline.ts';

export type { Command, CommandContext } from './context.ts';

const handlers: Record<CommandId, CommandHandler> = {
  ...annalsCommands,
  ...libraryCommands,
  ...articleCommands,
  ...timelineCommands,
  ...appearanceCommands,
};

/** Every command of the app, in the contract's order, each with what it does here. */
export const commands: Command[] = commandSpecs.map((spec) => ({ ...spec, ...handlers[spec.id] }));

export function commandLabel(command: Command, ctx: CommandContext): string {
  return command.label?.(ctx) ?? command.title;
}

export function isAvailable(command: Command, ctx: CommandContext): boolean {
  return command.available?.(ctx) ?? true;
}

/** Whether a command's choice is the current one; undefined for a command that is no choice. */
export function isChecked(command: Command, ctx: CommandContext): boolean | undefined {
  return command.checked?.(ctx);
}

export function findCommand(id: string): Command | undefined {
  return commands.find((command) => command.id === id);
}
