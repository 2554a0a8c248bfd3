// The worker thread the timeline reads articles' texts in (see text-reader.ts).
import { answerRequests } from '../concurrency/off-thread-worker.ts';
import { readArticleText } from './text-reading.ts';

answerRequests(readArticleText);
