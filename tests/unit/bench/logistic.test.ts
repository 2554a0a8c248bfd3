import { describe, expect, it } from 'vitest';
import { fitLogistic } from '../../bench/logistic.ts';

describe('fitLogistic', () => {
  it('weighs a telling feature and not a noisy one, in the units the features were given', () => {
    const rows: number[][] = [];
    const labels: number[] = [];
    // The label follows the first feature (in hundreds) past 250, with a few pairs on the wrong side; the second is noise.
    for (let n = 0; n < 400; n++) {
      const telling = (n * 37) % 500;
      rows.push([telling, (n * 11) % 7]);
      labels.push(telling > 250 !== (n % 23 === 0) ? 1 : 0);
    }
    const { intercept, weights } = fitLogistic(rows, labels, 0.1);
    expect(weights[0]).toBeGreaterThan(0);
    // Over each feature's spread (about 144 and 2), the noise moves the odds a tenth as much at most.
    expect(Math.abs(weights[1]! * 2)).toBeLessThan(Math.abs(weights[0]! * 144) / 10);
    // The chance crosses one half near 250.
    expect(-intercept / weights[0]!).toBeGreaterThan(200);
    expect(-intercept / weights[0]!).toBeLessThan(300);
  });
});
