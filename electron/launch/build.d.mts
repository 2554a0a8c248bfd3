// Types of build.mjs (plain JavaScript, because it runs before anything is built).
export function build(options?: {
  force?: boolean;
  rendererOnly?: boolean;
  quiet?: boolean;
  toolOutput?: 'all' | 'errors';
}): Promise<string[]>;
/** Deletes the files of `folder` (not below it) that are not among `written` (absolute paths). */
export function removeStaleOutputs(folder: string, written: string[]): void;
