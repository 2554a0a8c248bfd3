// The window tells the core that the reader scrolls: on two cores, the core's background work of the start (the
// search index built, the timeline's events loaded) would otherwise take the processor from the frames (issue 12).
import { z } from 'zod';
import { method } from './method.ts';

export const readerActivityApi = {
  'app.readerActive': method(
    z.object({ activity: z.enum(['scrolling'], 'say what the reader is doing: "scrolling"') }),
    z.object({}),
    'The reader is scrolling: the background work of the start (search index, timeline) waits half a second after the last such report, so the window keeps the processor. The window sends it at most every 250 ms.',
  ),
} as const;
