// Which parts of `npm run bench` run: all of them, or those named with `--only` (`--only backup`,
// `--only backup,search`, `--only=timeline-load`), so one figure can be measured again without the
// quarter of an hour the others take. `--large` still adds the 100,000-article sizes of the parts chosen.

/** The parts of the bench, in the order they run. */
export const BENCH_PARTS = [
  'extract',
  'library',
  'annotations',
  'search',
  'search-lived-in',
  'import',
  'backup',
  'timeline',
  'merge-probes',
  'date-probes',
  'story-probes',
  'timeline-load',
  'library-timeline',
  'cli-start',
  'answers-while-reading',
  'hostile',
  'sync-bytes',
  'move-library',
] as const;
export type BenchPart = (typeof BENCH_PARTS)[number];

/** Whether a part runs, from the bench's arguments; throws naming the parts when `--only` names another. */
export function benchPartsChosen(argv: readonly string[]): (part: BenchPart) => boolean {
  const named: string[] = [];
  argv.forEach((arg, index) => {
    if (arg === '--only') {
      const value = argv[index + 1];
      if (value === undefined || value.startsWith('--')) throw new Error(`--only needs a part: ${partList()}`);
      named.push(...value.split(','));
    } else if (arg.startsWith('--only=')) named.push(...arg.slice('--only='.length).split(','));
  });
  const chosen = named.map((name) => name.trim()).filter((name) => name !== '');
  const unknown = chosen.filter((name) => !(BENCH_PARTS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`no bench part named ${unknown.join(', ')}: ${partList()}`);
  if (chosen.length === 0) return () => true;
  return (part) => chosen.includes(part);
}

const partList = () => `the parts are ${BENCH_PARTS.join(', ')}`;
