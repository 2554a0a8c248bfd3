/**
 * Each way a small JSON file breaks, as seen in the field (issue 13, finding 6): emptied by a crash
 * before its first write reached the disk, cut short, a block of NUL bytes where a page never got
 * written, a stray byte that makes it invalid JSON, valid JSON of the wrong shape, and one entry that
 * does not fit among good ones.
 */
export interface DamageTarget {
  /** Text found only inside the entry to damage (its key, say). */
  inside: string;
  /** Where the entry is in the parsed file: ["colors", "floods"]. */
  path: (string | number)[];
}

export interface Damage {
  name: string;
  damage(text: string, target: DamageTarget): string;
  /** Whether entries other than the target still read from the damaged file itself. */
  othersSurvive: boolean;
}

export const damages: Damage[] = [
  { name: 'empty', damage: () => '', othersSurvive: false },
  {
    name: 'truncated',
    damage: (text, target) => text.slice(0, text.indexOf(target.inside) + 3),
    othersSurvive: true,
  },
  {
    name: 'a NUL block',
    damage: (text, target) => {
      const at = text.indexOf(target.inside);
      return text.slice(0, at) + '\u0000'.repeat(target.inside.length) + text.slice(at + target.inside.length);
    },
    othersSurvive: true,
  },
  {
    name: 'invalid JSON',
    damage: (text, target) => text.replace(target.inside, `${target.inside}}}`),
    othersSurvive: true,
  },
  { name: 'the wrong shape', damage: () => '[1, 2, 3]\n', othersSurvive: false },
  {
    name: 'one bad entry among good ones',
    damage: (text, target) => {
      const parsed = JSON.parse(text);
      let holder = parsed;
      for (const key of target.path.slice(0, -1)) holder = holder[key];
      holder[target.path.at(-1)!] = 42;
      const indent = /\n([ \t]+)/.exec(text)?.[1] ?? ' ';
      return JSON.stringify(parsed, null, indent);
    },
    othersSurvive: true,
  },
];
