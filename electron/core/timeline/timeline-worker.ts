// The worker thread the timeline reads articles' texts and merges stories' reports in (see timeline-thread.ts). It
// answers nobody else meanwhile, so a merge takes no rests between its turns; it only says how far it got.
import { answerRequests } from '../concurrency/off-thread-worker.ts';
import { doTimelineWork, type TimelineWork } from './timeline-work.ts';

answerRequests((work: TimelineWork, progress) =>
  doTimelineWork(work, async (told) => {
    progress(told);
  }),
);
