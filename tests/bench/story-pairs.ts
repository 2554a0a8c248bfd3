// Which pairs of tuned gold articles the story grouping gets wrong, and why: for each pair put together that the gold
// keeps apart (and each pair kept apart that the gold puts together), its similarity, the words' likeness and the names
// both articles share with how often each mentions them, where (headline or lede, in passing) and their weight.
// Held-out articles are left out altogether, so nothing of them is printed or clustered.
// Run from the repository root: `npx tsx tests/bench/story-pairs.ts [--only=<file part>]`.
import { cosine } from '../../electron/core/timeline/language/similarity.ts';
import { type ArticleFingerprint, similarity } from '../../electron/core/timeline/stories/stories.ts';
import { loadTunedStories, shortName } from './tuned-stories.ts';

const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);

const { prints, goldStory, found, idf, entityIdf } = await loadTunedStories();
const short = shortName;

function where(print: ArticleFingerprint, name: string): string {
  if (print.leading?.includes(name)) return 'lead';
  if (print.passing?.[name] !== undefined) return `passing@${print.passing[name]}`;
  return 'body';
}

function explain(a: ArticleFingerprint, b: ArticleFingerprint): string {
  const score = similarity(a, b, idf, entityIdf);
  const text = cosine(a.terms, b.terms, idf);
  const shared = Object.keys(a.entities)
    .filter((name) => name in b.entities)
    .map(
      (name) =>
        `${name} (${a.entities[name]}×${where(a, name)}/${b.entities[name]}×${where(b, name)}, idf ${entityIdf(name).toFixed(2)})`,
    );
  const counted = Object.keys(a.counted ?? {}).filter((thing) => thing in (b.counted ?? {}));
  return [
    `  score ${score.toFixed(3)}  words ${text.toFixed(3)}  names ${cosine(a.entities, b.entities, entityIdf).toFixed(3)}`,
    `  dates ${a.publishedAt ?? '-'} / ${b.publishedAt ?? '-'}`,
    `  shared: ${shared.join('; ') || '(none)'}${counted.length ? `  counted: ${counted.join(', ')}` : ''}`,
  ].join('\n');
}

let wrong = 0;
for (let i = 0; i < prints.length; i++) {
  for (let j = i + 1; j < prints.length; j++) {
    const [a, b] = [prints[i]!, prints[j]!];
    if (only && !a.id.includes(only) && !b.id.includes(only)) continue;
    const inGold = goldStory.get(a.id) === goldStory.get(b.id);
    const together = found.get(a.id) === found.get(b.id);
    if (inGold === together) continue;
    wrong++;
    console.log(`${together ? 'WRONGLY GROUPED' : 'WRONGLY SPLIT'}: ${short(a.id)} ~ ${short(b.id)}`);
    console.log(explain(a, b));
  }
}
console.log(`${wrong} wrong pairs among ${prints.length} tuned articles`);
