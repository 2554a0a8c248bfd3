// The thing a named happening is of: "the port" of "two days after the port closed". Of the events told with its
// action, one told of the same thing is the one meant ("Storms shut the port on Monday", not "Fog had closed the
// airport on Tuesday"), however close the other's words come to the count's own verb.
import { actionOfWord, actionsMatch } from '../language/actions.ts';

/** The words of a named happening that tell what it happened to, not what happened (no actions, no compounds). */
export function thingsOf(wanted: ReadonlyMap<string, number>): string[] {
  return [...wanted.keys()].filter((key) => !key.startsWith('@') && !key.startsWith('+') && !actionOfWord(key));
}

/** Whether the words near an event's date tell both one of the wanted actions and one of the wanted things. */
export function sameThingAndAction(
  wanted: ReadonlyMap<string, number>,
  things: readonly string[],
  near: ReadonlyMap<string, number>,
): boolean {
  if (!things.some((thing) => near.has(thing))) return false;
  const actions = [...wanted.keys()].filter((key) => key.startsWith('@'));
  return [...near.keys()].some(
    (key) => key.startsWith('@') && actions.some((action) => actionsMatch(action.slice(1), key.slice(1))),
  );
}
