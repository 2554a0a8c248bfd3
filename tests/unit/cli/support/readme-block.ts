import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const readme = fileURLToPath(new URL('../../../../README.md', import.meta.url));

/** The `npx annals …` lines of README.md's "Command line" block, without `npx annals` and comments. */
export function readmeCommands(): string[] {
  const text = readFileSync(readme, 'utf8');
  const section = text.slice(text.indexOf('## Command line'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block
    .split('\n')
    .filter((line) => line.startsWith('npx annals '))
    .map((line) => withoutComment(line).slice('npx annals '.length).trim());
}

/** A line up to its first `#` outside quotes that follows a space. */
function withoutComment(line: string): string {
  let quote: string | null = null;
  for (let index = 0; index < line.length; index++) {
    const char = line[index]!;
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '#' && /\s/.test(line[index - 1] ?? ' ')) return line.slice(0, index);
  }
  return line;
}

/** The words a POSIX shell would pass for a line of plain words and '…' or "…" quotes. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  let quote: string | null = null;
  for (const char of line) {
    if (quote) {
      if (char === quote) quote = null;
      else word += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      word ??= '';
    } else if (/\s/.test(char)) {
      if (word !== null) words.push(word);
      word = null;
    } else word = (word ?? '') + char;
  }
  if (quote) throw new Error(`unclosed quote in: ${line}`);
  if (word !== null) words.push(word);
  return words;
}
