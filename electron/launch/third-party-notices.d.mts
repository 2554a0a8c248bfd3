// Types of third-party-notices.mjs (plain JavaScript, because the build runs it).
export interface Notice {
  name: string;
  version: string;
  license: string;
  text: string;
  /** The parts of the app whose bundles hold the package: the core (main.cjs) and the window (the UI). */
  parts: string[];
}
export const NOTICES_FILE: string;
export function collectNotices(distDir: string, root: string): Notice[];
export function writeNotices(root: string): number;
