// A quick A/B of the list's scroll at 240 px a frame (ANNALS_BENCH_STEP for another): the list opened once, and CSS variants given on the
// command line applied in turn (A B A B …) to the same page, each timed with the frame trace. For
// iterating on issue 12 without the whole `bench:scroll`. Usage:
//   tsx tests/bench/list-scroll-ab.ts '' '.article-row{contain:layout paint style}'
import { LIST, withLargeList } from './large-list.ts';
import { timeFrames } from './list-scroll.ts';

const ROUNDS = Number(process.env.ANNALS_BENCH_ROUNDS ?? 2);
/** Pixels a frame: 240 (a fling) unless ANNALS_BENCH_STEP says (40: reading speed). */
const STEP = Number(process.env.ANNALS_BENCH_STEP ?? 240);
const variants = process.argv.slice(2);
const round = (value: number) => Math.round(value * 10) / 10;

// ANNALS_BENCH_VARIED=1: rows of varied heights, as in `bench:scroll`.
await withLargeList('scroll-ab', async ({ page }) => {
  await page.evaluate(`document.head.appendChild(Object.assign(document.createElement('style'), { id: 'ab' }))`);
  for (let r = 0; r < ROUNDS; r++) {
    for (const [i, css] of variants.entries()) {
      // Applied and laid out before the timing: the first frame
      // after a style change restyles the whole page, which is not what scrolling costs.
      await page.evaluate(
        `document.getElementById('ab').textContent = ${JSON.stringify(css)}; document.body.offsetHeight`,
      );
      const figures = await timeFrames(page, LIST, STEP);
      const ms = (value: number) => round(value / figures.frames);
      const t = figures.trace;
      const longest = t.longestTasks
        .slice(0, 2)
        .map((task) => `${round(task.ms)} ${task.top}`)
        .join('; ');
      process.stdout.write(
        `${String.fromCharCode(65 + i)}: ${round(figures.fps)} fps, main ${ms(t.mainMs)} (style+layout ${ms(t.styleLayoutMs)} with ${t.forcedLayouts} forced, paint ${ms(t.paintMs)}, script ${ms(t.scriptMs)}), other ${ms(t.rendererOtherMs)}, gpu ${ms(t.gpuMs)}; load ${round(figures.load)}; longest ${longest}\n`,
      );
    }
  }
});
