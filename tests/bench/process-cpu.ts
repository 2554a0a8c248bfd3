// CPU time a process has used so far, read from Linux's /proc: how busy another process (the app server running
// the core) was while something else was timed. Null where /proc is absent, so a bench still runs elsewhere.
import { readFileSync } from 'node:fs';

/** Clock ticks a second as /proc counts them: 100 on every Linux this bench runs on (USER_HZ). */
const TICKS_PER_SECOND = 100;

/** Milliseconds of CPU (user and system, all threads) the process `pid` has used since it started, or null. */
export function processCpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    // The command name (field 2) may hold spaces and parentheses: fields are counted after its closing one.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the whole line, 12th and 13th after the name.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}
