import { fileURLToPath } from 'node:url';

/** The app's own folder (package.json, assets/, dist/): bin.mjs runs a bundle kept elsewhere, so it says where. */
export const appRoot: string =
  (globalThis as { annalsAppRoot?: string }).annalsAppRoot ?? fileURLToPath(new URL('../../', import.meta.url));
