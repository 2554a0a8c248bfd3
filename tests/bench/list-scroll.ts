// `npm run bench:scroll`: how smoothly the list of 10,000 articles scrolls in Debian's Chromium, as frame
// times counted with requestAnimationFrame. Figures only, never pass/fail; printed beside a baseline from
// the same run: an empty page of the same height scrolled the same way (the frame pacing of this machine).
// The library is as saving leaves it (each article's events.json, the stories file), and the CPU the app
// server (the core) used during each timed scroll is printed beside it: on two cores, work there is work
// the renderer waits for. The machine's load average is printed too: on a shared machine fps means little.
import os from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import type { Page } from '@playwright/test';
import { startTrace, type TraceFigures } from './frame-trace.ts';
import { COUNT, LIST, withLargeList } from './large-list.ts';
import { processCpuMs } from './process-cpu.ts';

const FRAMES = Number(process.env.ANNALS_BENCH_FRAMES ?? 600);
/** Pixels per frame: reading speed (a wheel's notch every few frames) and a fling. */
const SPEEDS = [40, 240];

export interface FrameFigures {
  frames: number;
  medianMs: number;
  p95Ms: number;
  p99Ms: number;
  /** Frames that took longer than one and a half 60 Hz frames: a visible stutter. */
  slowFrames: number;
  fps: number;
  /** CPU the app server's process (the core) used while the frames were timed, in ms; null without /proc. */
  coreCpuMs: number | null;
  /** The machine's one-minute load average when the timing ended. */
  load: number;
  /** Where the frames' CPU went, from a trace taken while they were timed. */
  trace: TraceFigures;
}

/**
 * Scrolls `selector` by `step` pixels a frame for FRAMES frames as a reader's wheel does, and times the frames.
 * The wheel is Chromium's own (CDP's synthesized scroll gesture, sent through the browser's input path to the
 * compositor), not script: a script that sets scrollTop (or reads scrollHeight) each frame forces a layout a
 * reader's wheel never does, and counts it as the list's (issue 12).
 */
export async function timeFrames(page: Page, selector: string, step: number, corePid?: number): Promise<FrameFigures> {
  const box = await page.evaluate(`(() => {
    const scroller = document.querySelector(${JSON.stringify(selector)});
    scroller.scrollTop = 0;
    const rect = scroller.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  })()`);
  const { x, y } = box as { x: number; y: number };
  const trace = await startTrace(page);
  const cdp = await page.context().newCDPSession(page);
  const coreBefore = processCpuMs(corePid);
  // Frames are counted from the page while the gesture runs: a frame a reader sees is one the page drew.
  await page.evaluate(`(() => {
    const times = [];
    window.__benchFrames = { times, running: true };
    const tick = (now) => {
      times.push(now);
      if (window.__benchFrames.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  await cdp.send('Input.synthesizeScrollGesture', {
    x,
    y,
    yDistance: -step * FRAMES,
    speed: step * 60,
    gestureSourceType: 'mouse',
    preventFling: true,
  });
  const gaps: number[] = await page.evaluate(`(() => {
    window.__benchFrames.running = false;
    const times = window.__benchFrames.times;
    return times.slice(1).map((time, i) => time - times[i]);
  })()`);
  await cdp.detach();
  const coreAfter = processCpuMs(corePid);
  const traced = await trace.stop();
  const sorted = [...gaps].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const mean = gaps.reduce((sum, gap) => sum + gap, 0) / gaps.length;
  return {
    frames: gaps.length,
    medianMs: at(0.5),
    p95Ms: at(0.95),
    p99Ms: at(0.99),
    slowFrames: gaps.filter((gap) => gap > 25).length,
    fps: 1000 / mean,
    coreCpuMs: coreBefore === null || coreAfter === null ? null : coreAfter - coreBefore,
    load: os.loadavg()[0]!,
    trace: traced,
  };
}

/**
 * A page of rows as the list draws them (its stylesheets, the rows in view copied over and over, enough for the
 * fastest scroll's distance), with no script and nothing virtual: what drawing such rows costs on this machine,
 * whatever the list does.
 */
async function staticRows(page: Page): Promise<string> {
  const distance = Math.max(...SPEEDS) * FRAMES + 2000;
  return page.evaluate(`(() => {
    const css = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\\n');
    const inView = [...document.querySelectorAll('[role="option"]')];
    const tall = inView.reduce((sum, row) => sum + row.offsetHeight, 0) / inView.length;
    const rows = inView.map((row) => row.outerHTML);
    const many = Array.from({ length: Math.ceil(${distance} / tall) }, (_, i) => rows[i % rows.length]).join('');
    return '<html data-theme="light"><style>' + css + '.article-row{position:static!important;transform:none!important}</style>' +
      '<body><div id="scroller" class="article-list" style="height:100vh;overflow-y:auto">' + many + '</div></body></html>';
  })()`);
}

/**
 * Opens the static page of rows beside the list, at the app's own address and with its cookie: from another
 * origin (about:blank) the bundled fonts fail to load (no CORS, no token) and the rows would be drawn in the
 * system's fallback fonts, which is not what the list draws.
 */
async function openStaticRows(listPage: Page): Promise<Page> {
  const html = await staticRows(listPage);
  const address = `${new URL(listPage.url()).origin}/bench-static-rows`;
  const page = await listPage.context().newPage();
  await page.route(address, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  await page.goto(address);
  await page.evaluate('document.fonts.ready.then(() => undefined)');
  return page;
}

/**
 * Waits until the core has finished what it does at start (the search index, the timeline's events), which takes
 * minutes in 10,000 articles: two seconds in which it used under a tenth of a core, or five minutes.
 */
async function settled(pid: number | undefined): Promise<void> {
  const until = Date.now() + 300_000;
  let before = processCpuMs(pid);
  while (before !== null && Date.now() < until) {
    await delay(2000);
    const after = processCpuMs(pid);
    if (after === null || after - before < 200) return;
    before = after;
  }
}

export interface ScrollFigures {
  /** The list scrolled at reading speed right after it opened, while the core does its work of the start. */
  atStart: FrameFigures;
  /** Then, once the core rests: the list and both baselines at each speed. */
  speeds: { speed: number; list: FrameFigures; baseline: FrameFigures; staticPage: FrameFigures }[];
}

export function benchListScroll(): Promise<ScrollFigures> {
  return withLargeList('scroll', async ({ app, browser, page }) => {
    const atStart = await timeFrames(page, LIST, SPEEDS[0]!, app.pid);
    // What scrolling costs, apart from the work of the start (each baseline's too: both are timed in this browser).
    await settled(app.pid);
    const figures = [];
    for (const speed of SPEEDS) {
      const list = await timeFrames(page, LIST, speed, app.pid);
      const height: number = await page.evaluate(`document.querySelector('${LIST}').scrollHeight`);
      const blank = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await blank.setContent(
        `<div id="scroller" style="height:100vh;overflow-y:auto"><div style="height:${height}px"></div></div>`,
      );
      const baseline = await timeFrames(blank, '#scroller', speed, app.pid);
      await blank.close();
      const rowsPage = await openStaticRows(page);
      const staticPage = await timeFrames(rowsPage, '#scroller', speed, app.pid);
      await rowsPage.close();
      figures.push({ speed, list, baseline, staticPage });
    }
    return { atStart, speeds: figures };
  });
}

const round = (value: number) => Math.round(value * 10) / 10;
const line = (name: string, figures: FrameFigures) =>
  `${name}: ${round(figures.fps)} fps; frame median ${round(figures.medianMs)} ms, p95 ${round(figures.p95Ms)} ms, p99 ${round(figures.p99Ms)} ms; ${figures.slowFrames} of ${figures.frames} frames over 25 ms; core CPU ${figures.coreCpuMs ?? '?'} ms; load ${round(figures.load)}`;

/** CPU a frame, from the trace: what the renderer's main thread did, its other threads, the GPU process. */
const perFrame = ({ frames, trace }: FrameFigures) => {
  const ms = (value: number) => round(value / frames);
  const longest = trace.longestTasks
    .slice(0, 3)
    .map((task) => `${round(task.ms)} ms (${task.top})`)
    .join('; ');
  return `CPU a frame: main thread ${ms(trace.mainMs)} ms (script ${ms(trace.scriptMs)}, style and layout ${ms(trace.styleLayoutMs)}, paint ${ms(trace.paintMs)}, GC ${ms(trace.gcMs)}; ${trace.forcedLayouts} layouts forced by script), renderer's other threads ${ms(trace.rendererOtherMs)} ms, GPU process ${ms(trace.gpuMs)} ms${longest ? `; longest tasks ${longest}` : ''}`;
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const { atStart, speeds } = await benchListScroll();
  process.stdout.write(
    `list of ${COUNT} articles scrolled ${SPEEDS[0]} px a frame as it opens, while the core loads the library, ${line('the list', atStart)}\n`,
  );
  process.stdout.write(`    ${perFrame(atStart)}\n`);
  for (const { speed, list, baseline, staticPage } of speeds) {
    process.stdout.write(`list of ${COUNT} articles scrolled ${speed} px a frame, ${line('the list', list)}\n`);
    process.stdout.write(`    ${perFrame(list)}\n`);
    process.stdout.write(`  ${line('baseline: such rows on a static page, no script', staticPage)}\n`);
    process.stdout.write(`    ${perFrame(staticPage)}\n`);
    process.stdout.write(`  ${line('baseline: an empty page of the same height', baseline)}\n`);
    process.stdout.write(`    ${perFrame(baseline)}\n`);
  }
}
