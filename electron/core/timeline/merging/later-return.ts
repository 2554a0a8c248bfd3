// A return told as still to come, after the day a report dates: "the search was stood down at dusk Tuesday and will
// resume Wednesday morning", "said boats would go out again at first light". The going again belongs to the later day;
// of the report's own day it tells nothing done, so it is no action two reports of that day share ("the men rescued
// with him were allowed home" that day is another happening), nor another action beside what the day's report tells.
import type { Report } from '../extraction/event-reports.ts';

// Will or would, then the return within a few words: "will resume", "would go out again", "is due to restart".
const LATER_RETURN =
  /\b(?:will|would|(?:is|are|was|were)\s+(?:due\s+|set\s+|expected\s+)?to)\s+(?:\p{L}+\s+){0,3}?(?:resume|restart|go\s+out\s+again|start\s+again|begin\s+again)\b/iu;
const RETURN = 'resume';

/**
 * The report without the return its sentence tells as still to come after its date (the sentence's words after the
 * date, `dateAt` its offset): a report of the later day tells that return as done.
 */
export function withoutLaterReturn(report: Report, sentence: string, dateAt: number): Report {
  if (!report.actions.has(RETURN) || !LATER_RETURN.test(sentence.slice(dateAt))) return report;
  const without = (actions: Set<string>) => new Set([...actions].filter((action) => action !== RETURN));
  const clear = without(report.clear);
  const actions = without(report.actions);
  if (report.primary !== RETURN) return { ...report, clear, actions };
  // Its next closest action stands in, when one is told clearly; else the report tells none at its date.
  const primary = [...clear][0];
  return { ...report, clear, actions, primary, primaryWeight: primary === undefined ? 0 : report.primaryWeight };
}
