import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';

/**
 * When a process started, as a string that differs for two processes that had the same pid (one
 * died, the system gave its number to another) or the same pid on two computers. Null when this
 * system cannot tell; the caller then goes by the pid alone.
 */
export async function processStart(pid: number): Promise<string | null> {
  if (process.platform === 'linux') return linuxStart(pid);
  if (process.platform === 'win32') return null;
  return psStart(pid);
}

/** The boot (so a reboot that reuses a pid is not the same start) and the clock tick the process began at. */
async function linuxStart(pid: number): Promise<string | null> {
  try {
    const [stat, boot] = await Promise.all([
      readFile(`/proc/${pid}/stat`, 'utf8'),
      readFile('/proc/sys/kernel/random/boot_id', 'utf8').catch(() => ''),
    ]);
    // The command name (field 2) may hold spaces and parentheses: count fields after its last ')'.
    const ticks = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .at(19);
    return ticks ? `linux:${boot.trim()}:${ticks}` : null;
  } catch {
    return null;
  }
}

/** macOS and the BSDs have no /proc: `ps` tells the start time (to the second). */
function psStart(pid: number): Promise<string | null> {
  return new Promise((resolve) => {
    execFile('ps', ['-o', 'lstart=', '-p', String(pid)], { timeout: 5000 }, (error, stdout) => {
      const started = stdout?.trim();
      resolve(error || !started ? null : `ps:${started}`);
    });
  });
}

/** Whether a process with this pid runs on this computer (EPERM: it does, as another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
