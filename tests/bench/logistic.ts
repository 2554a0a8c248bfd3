// Logistic regression for fit-stories.ts: Newton's method (iteratively reweighted least squares) with a small L2
// penalty, on features scaled to unit spread so that the penalty treats them alike; weights are returned for the
// features as given. A few dozen features at most, so the Newton step's linear system is solved directly.

const STEPS = 50;

/** `penalty`: strength of the L2 penalty on the scaled weights (not on the intercept). */
export function fitLogistic(rows: readonly number[][], labels: readonly number[], penalty = 1) {
  const width = rows[0]?.length ?? 0;
  const mean = Array.from({ length: width }, (_, k) => rows.reduce((sum, row) => sum + row[k]!, 0) / rows.length);
  const spread = mean.map(
    (m, k) => Math.sqrt(rows.reduce((sum, row) => sum + (row[k]! - m) ** 2, 0) / rows.length) || 1,
  );
  const scaled = rows.map((row) => [1, ...row.map((value, k) => (value - mean[k]!) / spread[k]!)]);
  const beta = new Array<number>(width + 1).fill(0);
  for (let step = 0; step < STEPS; step++) {
    const gradient = beta.map((b, k) => (k === 0 ? 0 : penalty * b));
    const hessian = beta.map((_, r) => beta.map((__, c) => (r === c && r > 0 ? penalty : 0)));
    scaled.forEach((x, n) => {
      const p = 1 / (1 + Math.exp(-x.reduce((sum, value, k) => sum + value * beta[k]!, 0)));
      const w = Math.max(p * (1 - p), 1e-9);
      for (let r = 0; r <= width; r++) {
        gradient[r]! += (p - labels[n]!) * x[r]!;
        for (let c = 0; c <= width; c++) hessian[r]![c]! += w * x[r]! * x[c]!;
      }
    });
    const move = solve(hessian, gradient);
    let largest = 0;
    for (let k = 0; k <= width; k++) {
      beta[k]! -= move[k]!;
      largest = Math.max(largest, Math.abs(move[k]!));
    }
    if (largest < 1e-8) break;
  }
  const weights = beta.slice(1).map((b, k) => b / spread[k]!);
  const intercept = beta[0]! - weights.reduce((sum, w, k) => sum + w * mean[k]!, 0);
  return { intercept, weights };
}

/** Solves `matrix · x = vector` by Gaussian elimination with partial pivoting. */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const m = matrix.map((row, r) => [...row, vector[r]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let r = col + 1; r < n; r++) {
      const factor = m[r]![col]! / m[col]![col]!;
      for (let c = col; c <= n; c++) m[r]![c]! -= factor * m[col]![c]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let sum = m[r]![n]!;
    for (let c = r + 1; c < n; c++) sum -= m[r]![c]! * x[c]!;
    x[r] = sum / m[r]![r]!;
  }
  return x;
}
