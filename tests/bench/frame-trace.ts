// Where a page's frames go, from a Chromium trace (CDP's Tracing domain): the renderer's main thread split
// into script, style and layout, paint and the rest (as DevTools' summary splits it, by each event's own time
// less the events inside it), forced layouts (layout run from script), the raster and compositor threads, and
// the GPU process (software compositing, on a machine without a GPU). Counted in CPU time, so the figures
// hold up better than frame rates on a loaded machine.
import { writeFileSync } from 'node:fs';
import type { CDPSession, Page } from '@playwright/test';

const DUMPED = new Set(['Layout', 'PrePaint', 'UpdateLayoutTree']);

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8.execute',
];

export interface TraceFigures {
  /** Renderer main thread: time in tasks, in ms. */
  mainMs: number;
  scriptMs: number;
  styleLayoutMs: number;
  paintMs: number;
  gcMs: number;
  /** Layouts run from script (a script reading sizes after changing the page), as a count. */
  forcedLayouts: number;
  /** The renderer's other threads: compositor, raster workers, in ms. */
  rendererOtherMs: number;
  /** The GPU process (display compositing), in ms. */
  gpuMs: number;
  /** The longest main-thread tasks (CPU ms) and what took most of each: what a slow frame was spent on. */
  longestTasks: { ms: number; top: string }[];
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread time: CPU the thread spent in the event (wall time less the time it was not running). */
  tdur?: number;
  cat: string;
  args?: { name?: string; data?: { frames?: { url?: string; processId?: number }[] } };
}

const SCRIPT = new Set([
  'FunctionCall',
  'EvaluateScript',
  'TimerFire',
  'FireAnimationFrame',
  'EventDispatch',
  'RunMicrotasks',
  'V8.Execute',
  'v8.compile',
  'v8.run',
  'ResizeObserver',
  'IntersectionObserverController::computeIntersections',
  'XHRReadyStateChange',
  'XHRLoad',
]);
const STYLE_LAYOUT = new Set([
  'UpdateLayoutTree',
  'RecalculateStyles',
  'Layout',
  'ParseAuthorStyleSheet',
  'ScheduleStyleRecalculation',
]);
const PAINT = new Set([
  'Paint',
  'PaintImage',
  'PrePaint',
  'Layerize',
  'UpdateLayer',
  'UpdateLayerTree',
  'Commit',
  'CompositeLayers',
  'Decode Image',
  'ImageDecodeTask',
]);
const GC = new Set([
  'MajorGC',
  'MinorGC',
  'V8.GCScavenger',
  'V8.GCFinalizeMC',
  'BlinkGC.AtomicPhase',
  'V8.GC_MC_BACKGROUND_MARKING',
]);
const TASK = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadPool_RunTask']);

/** Starts tracing the browser (all its processes); `stop` ends it and answers the figures for `page`. */
export async function startTrace(page: Page): Promise<{ stop(): Promise<TraceFigures> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Tracing.start', {
    traceConfig: {
      // Dumped, each layout run from script says from where (its JavaScript stack).
      includedCategories: process.env.ANNALS_TRACE_DUMP
        ? [
            ...CATEGORIES,
            'disabled-by-default-devtools.timeline.stack',
            // What made each layout and style recalculation necessary (the node, the reason, the stack).
            ...(process.env.ANNALS_TRACE_INVALIDATIONS
              ? ['disabled-by-default-devtools.timeline.invalidationTracking']
              : []),
          ]
        : CATEGORIES,
      excludedCategories: ['*'],
    },
    transferMode: 'ReturnAsStream',
  });
  return {
    async stop() {
      const complete = new Promise<{ stream?: string }>((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      const { stream } = await complete;
      const events = stream ? await readStream(cdp, stream) : [];
      await cdp.detach();
      // ANNALS_TRACE_DUMP=<path>: each trace's Layout, PrePaint and style events to <path>.<time>, to read their
      // layout roots and dirty/total object counts (how issue 12's growing layouts were found).
      const dumpTo = process.env.ANNALS_TRACE_DUMP;
      // ANNALS_TRACE_DUMP_ALL=1 dumps every event (to see which handlers ran each frame).
      const dumped = process.env.ANNALS_TRACE_DUMP_ALL ? events : events.filter((e) => DUMPED.has(e.name));
      if (dumpTo) writeFileSync(`${dumpTo}.${Date.now()}`, JSON.stringify(dumped));
      return summarize(events, page.url());
    },
  };
}

async function readStream(cdp: CDPSession, handle: string): Promise<TraceEvent[]> {
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle, size: 1 << 20 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

/**
 * CPU time of an event: its thread time where the trace has it (on a loaded machine wall time counts the
 * time other processes had the core), else its wall time.
 */
const cpuOf = (event: TraceEvent) => event.tdur ?? event.dur!;

/** Each event's own CPU time (its time less its children's) on one thread, by name. */
function selfTimes(events: TraceEvent[]): { event: TraceEvent; self: number; insideScript: boolean }[] {
  const sorted = events
    .filter((event) => event.ph === 'X' && event.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const out: { event: TraceEvent; self: number; insideScript: boolean }[] = [];
  const stack: { event: TraceEvent; self: number; insideScript: boolean }[] = [];
  for (const event of sorted) {
    while (stack.length > 0 && stack.at(-1)!.event.ts + stack.at(-1)!.event.dur! <= event.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) parent.self -= cpuOf(event);
    const entry = {
      event,
      self: cpuOf(event),
      insideScript: parent ? parent.insideScript || SCRIPT.has(parent.event.name) : false,
    };
    out.push(entry);
    stack.push(entry);
  }
  return out;
}

function summarize(events: TraceEvent[], pageUrl: string): TraceFigures {
  const threadNames = new Map<string, string>();
  for (const event of events) {
    if (event.ph === 'M' && event.name === 'thread_name')
      threadNames.set(`${event.pid}:${event.tid}`, event.args?.name ?? '');
  }
  const processNames = new Map<number, string>();
  for (const event of events) {
    if (event.ph === 'M' && event.name === 'process_name') processNames.set(event.pid, event.args?.name ?? '');
  }
  const origin = new URL(pageUrl).origin;
  const started = events.find((event) => event.name === 'TracingStartedInBrowser');
  const rendererPid =
    started?.args?.data?.frames?.find((frame) => frame.url === pageUrl)?.processId ??
    started?.args?.data?.frames?.find((frame) => frame.url?.startsWith(origin))?.processId ??
    mostFrames(events, threadNames);
  const main = [...threadNames].find(
    ([key, name]) => name === 'CrRendererMain' && key.startsWith(`${rendererPid}:`),
  )?.[0];
  const byThread = new Map<string, TraceEvent[]>();
  for (const event of events) {
    const key = `${event.pid}:${event.tid}`;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key)!.push(event);
  }
  const figures: TraceFigures = {
    mainMs: 0,
    scriptMs: 0,
    styleLayoutMs: 0,
    paintMs: 0,
    gcMs: 0,
    forcedLayouts: 0,
    rendererOtherMs: 0,
    gpuMs: 0,
    longestTasks: [],
  };
  const tasks: { ms: number; top: string }[] = [];
  for (const [key, threadEvents] of byThread) {
    const pid = Number(key.split(':')[0]);
    const taskMs = topLevelMs(threadEvents);
    if (key === main) {
      figures.mainMs = taskMs;
      for (const { event, self, insideScript } of selfTimes(threadEvents)) {
        const ms = self / 1000;
        if (SCRIPT.has(event.name)) figures.scriptMs += ms;
        else if (STYLE_LAYOUT.has(event.name)) figures.styleLayoutMs += ms;
        else if (PAINT.has(event.name)) figures.paintMs += ms;
        else if (GC.has(event.name) || event.name.startsWith('V8.GC')) figures.gcMs += ms;
        if (event.name === 'Layout' && insideScript) figures.forcedLayouts++;
      }
      tasks.push(...longTasks(threadEvents));
    } else if (pid === rendererPid) figures.rendererOtherMs += taskMs;
    else if ((processNames.get(pid) ?? '').includes('GPU')) figures.gpuMs += taskMs;
  }
  figures.longestTasks = tasks.sort((a, b) => b.ms - a.ms).slice(0, 5);
  return figures;
}

/** CPU time in a thread's top-level tasks (a task inside another is counted with it). */
function topLevelMs(events: TraceEvent[]): number {
  const sorted = events.filter((event) => event.ph === 'X' && TASK.has(event.name)).sort((a, b) => a.ts - b.ts);
  let total = 0;
  let end = 0;
  for (const event of sorted) {
    if (event.ts < end) continue;
    total += cpuOf(event);
    end = event.ts + event.dur!;
  }
  return total / 1000;
}

/** Main-thread tasks over 16 ms of CPU, each with the event that took most of its own time. */
function longTasks(events: TraceEvent[]): { ms: number; top: string }[] {
  const times = selfTimes(events);
  const out: { ms: number; top: string }[] = [];
  let taskEnd = 0;
  for (const task of times) {
    // A task run inside another (a nested run loop) is part of it.
    if (!TASK.has(task.event.name) || task.event.ts < taskEnd) continue;
    const end = task.event.ts + task.event.dur!;
    taskEnd = end;
    if (cpuOf(task.event) < 16_000) continue;
    const inside = new Map<string, number>();
    for (const { event, self } of times) {
      if (event.ts < task.event.ts || event.ts >= end || TASK.has(event.name)) continue;
      inside.set(event.name, (inside.get(event.name) ?? 0) + self);
    }
    const top = [...inside].sort((a, b) => b[1] - a[1]).slice(0, 3);
    out.push({
      ms: cpuOf(task.event) / 1000,
      top: top.map(([name, us]) => `${name} ${Math.round(us / 100) / 10}`).join(', '),
    });
  }
  return out;
}

/** Without the browser's list of frames: the renderer whose main thread ran the most animation frames. */
function mostFrames(events: TraceEvent[], threadNames: Map<string, string>): number {
  const counts = new Map<number, number>();
  for (const event of events) {
    if (event.name === 'FireAnimationFrame' && threadNames.get(`${event.pid}:${event.tid}`) === 'CrRendererMain') {
      counts.set(event.pid, (counts.get(event.pid) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? -1;
}
