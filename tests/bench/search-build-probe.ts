// Where the time of building the search index goes on a library: the index is built from the article files
// (as the first search after an upgrade or a lost index does), timing what each article costs to read.
// For finding causes, not a figure of the bench (search-lived-in.ts is).
//
//   nice -n 10 npx tsx tests/bench/search-build-probe.ts <library dir>   (add --cpu-prof before the script for a profile)
import { Annotations } from '../../electron/core/annotations/annotations.ts';
import { Library } from '../../electron/core/library/library.ts';
import { SearchService } from '../../electron/core/search/search-service.ts';
import { testDevice } from '../unit/helpers/library.ts';

const [libraryDir] = process.argv.slice(2);
if (!libraryDir) throw new Error('usage: search-build-probe.ts <library dir>');

const library = await Library.open(libraryDir, { device: testDevice, readOnly: true });
const annotations = new Annotations(library);
const articles = library.list('all', 'saved');
const timed = { text: 0, notes: 0 };
const wrap =
  <A extends unknown[], R>(key: keyof typeof timed, run: (...args: A) => Promise<R>) =>
  async (...args: A): Promise<R> => {
    const start = performance.now();
    try {
      return await run(...args);
    } finally {
      timed[key] += performance.now() - start;
    }
  };
library.text = wrap('text', library.text.bind(library));
annotations.list = wrap('notes', annotations.list.bind(annotations));

const service = new SearchService(library, annotations, { readOnly: true });
const start = performance.now();
const cpu = process.cpuUsage();
// A search waiting for the index: the build does not rest between batches, as warmUp does.
await service.search('harbour', 20);
const used = process.cpuUsage(cpu);
const annotated = articles.filter((article) => article.annotationCount > 0).length;
console.log(
  `${articles.length} articles (${annotated} annotated): first search (index built) in ${Math.round(performance.now() - start)} ms, ` +
    `CPU ${Math.round((used.user + used.system) / 1000)} ms; summed waits (32 at once): text ${Math.round(timed.text)} ms, ` +
    `annotations ${Math.round(timed.notes)} ms`,
);
await service.close();
