// How much CPU an `annals` command costs from a cold process: what the reader waits for at every command.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'electron/cli/bin.mjs');
const page = join(root, 'tests/fixtures/pages/seed-article.html');
const MARK = 'annals-bench-cpu-us ';
/** Preloaded into each child: at exit it reports the whole process's CPU time (user + system, all threads). */
const reportCpu = `data:text/javascript,${encodeURIComponent(
  `process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('${MARK}' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });`,
)}`;

export interface CliStartFigures {
  runs: number;
  nodeCpuMs: number;
  listCpuMs: number;
  extractCpuMs: number;
}

function cpuMs(args: string[], env: Record<string, string> = {}): number {
  const result = spawnSync(process.execPath, ['--import', reportCpu, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${result.stderr}`);
  const line = result.stderr.split('\n').find((text) => text.startsWith(MARK));
  if (!line) throw new Error(`node ${args.join(' ')} reported no CPU time`);
  return Number(line.slice(MARK.length)) / 1_000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The median of `runs` cold processes each: `node -e 0`, `annals list --json` on an empty library, and `annals extract`. */
export async function benchCliStart(runs = 7): Promise<CliStartFigures> {
  // Once first: bin.mjs bundles the sources on its first run after a change, which is not what a command costs.
  const warm = mkdtempSync(join(tmpdir(), 'annals-bench-cli-'));
  cpuMs([bin, 'list', '--json', '--library', warm]);
  const node: number[] = [];
  const list: number[] = [];
  const extract: number[] = [];
  for (let run = 0; run < runs; run++) {
    const empty = join(warm, `empty-${run}`);
    node.push(cpuMs(['-e', '0']));
    list.push(cpuMs([bin, 'list', '--json', '--library', empty]));
    extract.push(cpuMs([bin, 'extract', page, '--json']));
  }
  rmSync(warm, { recursive: true, force: true });
  return { runs, nodeCpuMs: median(node), listCpuMs: median(list), extractCpuMs: median(extract) };
}
