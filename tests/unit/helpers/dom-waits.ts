// Renderer tests wait for the real core (an import, a timeline rebuilt) through findBy… and waitFor: on a busy
// machine that takes more than the library's one second. Waiting longer costs nothing when it is quick.
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 10_000 });
