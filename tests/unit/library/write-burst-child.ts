// Run by crash.test.ts in a child process: writes as fast as it can and prints a line for every
// write that was acknowledged, until it is killed.
import { Library } from '../../../electron/core/library/library.ts';
import { extractedArticle, noImages, testDevice } from '../helpers/library.ts';

const dir = process.argv[2]!;
const library = await Library.open(dir, { device: testDevice });
const existing = library.list('all', 'saved').map((article) => article.id);
process.stdout.write('ready\n');
for (let i = 1; ; i++) {
  if (i % 3 === 0) {
    const { article } = await library.save(extractedArticle(1000 + i), { loadImage: noImages });
    process.stdout.write(`saved ${article.id}\n`);
  } else {
    const id = existing[i % existing.length]!;
    const progress = i / 100_000;
    await library.setProgress(id, progress);
    process.stdout.write(`progress ${id} ${progress}\n`);
  }
}
