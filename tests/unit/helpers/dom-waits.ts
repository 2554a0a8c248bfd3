// Renderer tests wait for the real core (an import, a timeline rebuilt) through findBy… and waitFor: on a busy
// machine that takes more than the library's one second. Waiting longer costs nothing when it is quick.
import { configure } from '@testing-library/dom';
import { afterAll } from 'vitest';

configure({ asyncUtilTimeout: 10_000 });

// The files of a worker share one document (isolate: false): what one file leaves drawn in it (a `<main>` set as
// text, a tree never unmounted) must not be found by the next file's queries.
if (typeof document !== 'undefined') {
  afterAll(() => {
    document.body.replaceChildren();
  });
}
