import type { MethodOutput } from '../../contract/index.ts';
import { defineCommand } from '../context.ts';
import { plural } from '../format.ts';

/** `annals move-library <folder>`: the whole library into another folder (new or empty), then used there. */
export default defineCommand({
  options: {},
  run: async (context) => {
    context.expectInputs(1, 1, 'the folder to move the library to');
    return context.withLibrary('write', async ({ call }) => {
      const moved = await call('library.move', { to: context.path(context.inputs[0]!) });
      context.print(moved, () => describeMove(moved));
      return 0;
    });
  },
});

function describeMove(moved: MethodOutput<'library.move'>): string {
  const size = `${(moved.bytes / 1024 / 1024).toFixed(1)} MB`;
  return [
    `Moved the library (${plural(moved.files, 'file')}, ${size}) to ${moved.path}`,
    moved.oldFolder === moved.previousPath
      ? `The old folder could not be renamed; it stays at ${moved.oldFolder}, no longer used.`
      : `The old folder is kept as ${moved.oldFolder}; remove it once you have checked the new one.`,
    moved.isDefault
      ? 'Annals opens it from now on.'
      : `This library was chosen with --library or ANNALS_LIBRARY: give ${moved.path} from now on.`,
  ].join('\n');
}
