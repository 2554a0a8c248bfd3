// The app's own words are spelled one way: US English, as its names ("Favorites") and the listbox it labels
// already are. Only words a reader sees are read here (code and its words), never comments.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
/** Where the app's words are written: the window, the command titles, the desktop menus. */
const places = ['renderer/src', 'electron/contract', 'electron/main'];

/** British spellings an app of US words would not use ("colour", "organise", "cancelled"…). */
const british =
  /\b(\w*colour\w*|\w*neighbour\w*|\w*favourit\w*|\w*behaviour\w*|\w*honour\w*|(organ|recogn|summar|custom|capital|synchron|minim|maxim|priorit|apolog|real|optim|util|normal|initial|serial|categor|author|visual|memor|familiar|final|emphas)is(e|ed|es|ing|ation|ations)|licences?|cancell(ed|ing)|centre[ds]?|catalogue|dialogue|learnt|whilst|grey(ed)?|analys(e|ed|ing)|travell(ed|ing)|metres?|programmes?)\b/i;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/**
 * The file's code and words without its comments (TypeScript's own parser has no JS API here): block and
 * JSX comments, and line comments that follow a space (so "https://" stays), as well as import lines.
 */
function wordsOf(path: string): string[] {
  return readFileSync(join(root, path), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|\s)\/\/.*$/gm, '$1')
    .split('\n')
    .filter((line) => !/^\s*(import|export \* from)\b/.test(line));
}

it('spells every word a reader sees the US way, as "Favorites" is', () => {
  const found = places
    .flatMap(sourceFiles)
    .flatMap((path) =>
      wordsOf(path).flatMap((text) =>
        british.test(text) ? [`${relative(root, join(root, path))}: ${text.trim()}`] : [],
      ),
    );
  expect(found).toEqual([]);
});
