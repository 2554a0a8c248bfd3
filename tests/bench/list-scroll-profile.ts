// `npx tsx tests/bench/list-scroll-profile.ts` (after `npm run build`): where the renderer's script time goes while
// the list of 10,000 articles scrolls, as a CPU profile (CDP's sampling profiler) taken during the same wheel
// gesture the scroll bench uses. Prints the functions with the most time of their own and the most time under
// them, and writes the profile (ANNALS_CPU_PROFILE=<path>) to open in DevTools. A tool to find causes, not a
// figure to compare: sampling slows the page. Build with `--minify false` for readable names.
import { writeFileSync } from 'node:fs';
import { LIST, withLargeList } from './large-list.ts';

const FRAMES = Number(process.env.ANNALS_BENCH_FRAMES ?? 600);
const STEP = Number(process.env.ANNALS_BENCH_STEP ?? 40);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Milliseconds of each function's own samples, and of all samples under it (each counted once per stack). */
export function summarizeProfile(profile: Profile): { self: Map<string, number>; total: Map<string, number> } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const name = ({ callFrame: frame }: ProfileNode) =>
    `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(id)!;
    self.set(name(node), (self.get(name(node)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = name(byId.get(at)!);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + ms);
    }
  });
  return { self, total };
}

const top = (map: Map<string, number>, n: number) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([key, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${key}`)
    .join('\n');

if (import.meta.url === `file://${process.argv[1]}`) {
  // ANNALS_BENCH_VARIED=1: rows of a reader's own varied heights (generate-library's `varied`).
  await withLargeList('profile', async ({ page }) => {
    // What the window asked the core while the list scrolled (a list asked again is every row drawn again).
    const asked = new Map<string, number>();
    page.on('request', (request) => {
      const method = new URL(request.url()).pathname;
      if (method.startsWith('/api/')) asked.set(method, (asked.get(method) ?? 0) + 1);
    });
    const { x, y } = (await page.evaluate(`(() => {
      const rect = document.querySelector(${JSON.stringify(LIST)}).getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    })()`)) as { x: number; y: number };
    // What the scroll changed in the list: rows added, rows already there moved (a row above them turned out
    // taller or shorter than its estimate), and the list's height changed (the same, seen from the scrollbar).
    await page.evaluate(`(() => {
      const list = document.querySelector(${JSON.stringify(LIST)});
      const counts = { added: 0, moved: 0, heightChanges: 0 };
      window.__listChanges = counts;
      new MutationObserver((records) => {
        for (const record of records) {
          if (record.type === 'childList') counts.added += record.addedNodes.length;
          else if (record.target.getAttribute('role') === 'option') counts.moved++;
          else if (record.target.parentElement === list) counts.heightChanges++;
        }
      }).observe(list, { childList: true, subtree: true, attributes: true, attributeFilter: ['style'] });
    })()`);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await cdp.send('Input.synthesizeScrollGesture', {
      x,
      y,
      yDistance: -STEP * FRAMES,
      speed: STEP * 60,
      gestureSourceType: 'mouse',
      preventFling: true,
    });
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    if (process.env.ANNALS_CPU_PROFILE) writeFileSync(process.env.ANNALS_CPU_PROFILE, JSON.stringify(profile));
    const { self, total } = summarizeProfile(profile);
    process.stdout.write(`${FRAMES} frames of ${STEP} px; most time of their own:\n${top(self, 25)}\n`);
    process.stdout.write(`most time under them:\n${top(total, 40)}\n`);
    process.stdout.write(`asked the core: ${JSON.stringify(Object.fromEntries(asked))}\n`);
    process.stdout.write(
      `list changes: ${JSON.stringify(await page.evaluate('window.__listChanges'))}; scrolled to ${await page.evaluate(`document.querySelector(${JSON.stringify(LIST)}).scrollTop`)} px\n`,
    );
    if (process.env.ANNALS_PROFILE_SHOT) await page.screenshot({ path: process.env.ANNALS_PROFILE_SHOT });
    process.stdout.write(
      `heights: ${await page.evaluate(`[...document.querySelectorAll('[role=option]')].map((row) => row.offsetHeight + '@' + row.style.transform).join(' ') + ' total ' + document.querySelector(${JSON.stringify(LIST)}).firstElementChild.style.height`)}\n`,
    );
  });
}
