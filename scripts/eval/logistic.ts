/**
 * A small L2-regularised logistic regression on named numeric features, fitted by Newton's
 * method. Written here rather than taken from `natural`: natural's LogisticRegressionClassifier
 * reads bags of words (documents of tokens), not numeric vectors, and its fit is iterative
 * without regularisation. Newton's method on ~60 features converges in a few steps to the one
 * optimum (the penalised log-likelihood is strictly concave), so the same examples always give
 * the same weights, whatever their order: what `npm run fit:org` needs to be reproducible.
 */

/** One labelled example: its named features (absent = 0), its label, and its weight. */
export interface Example {
  readonly features: Readonly<Record<string, number>>;
  readonly label: 0 | 1;
  readonly weight?: number;
}

export interface LogisticFit {
  readonly bias: number;
  readonly weights: Record<string, number>;
  readonly iterations: number;
}

/** Solves `a x = b` (a symmetric positive definite, d × d row-major) by Cholesky. */
function solve(a: Float64Array, b: Float64Array, d: number): Float64Array {
  const l = new Float64Array(d * d);
  for (let i = 0; i < d; i += 1) {
    for (let j = 0; j <= i; j += 1) {
      let sum = a[i * d + j] ?? 0;
      for (let k = 0; k < j; k += 1) sum -= (l[i * d + k] ?? 0) * (l[j * d + k] ?? 0);
      l[i * d + j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / (l[j * d + j] ?? 1);
    }
  }
  const y = new Float64Array(d);
  for (let i = 0; i < d; i += 1) {
    let sum = b[i] ?? 0;
    for (let k = 0; k < i; k += 1) sum -= (l[i * d + k] ?? 0) * (y[k] ?? 0);
    y[i] = sum / (l[i * d + i] ?? 1);
  }
  const x = new Float64Array(d);
  for (let i = d - 1; i >= 0; i -= 1) {
    let sum = y[i] ?? 0;
    for (let k = i + 1; k < d; k += 1) sum -= (l[k * d + i] ?? 0) * (x[k] ?? 0);
    x[i] = sum / (l[i * d + i] ?? 1);
  }
  return x;
}

/**
 * Fits p(label = 1) = σ(bias + Σ w·x), minimising the weighted log-loss plus `lambda`/2 · |w|²
 * (the bias is not penalised). Feature names are sorted, so the result does not depend on the
 * order the examples' features were written in.
 */
export function fitLogistic(examples: readonly Example[], lambda = 1, maxIterations = 50): LogisticFit {
  const names = [...new Set(examples.flatMap((example) => Object.keys(example.features)))].sort();
  const index = new Map(names.map((name, position) => [name, position + 1]));
  const d = names.length + 1;
  const rows = examples.map((example) => {
    const row = new Float64Array(d);
    row[0] = 1;
    for (const [name, value] of Object.entries(example.features)) row[index.get(name) ?? 0] = value;
    return row;
  });
  const beta = new Float64Array(d);
  let iterations = 0;
  for (; iterations < maxIterations; iterations += 1) {
    const gradient = new Float64Array(d);
    const hessian = new Float64Array(d * d);
    for (let j = 1; j < d; j += 1) {
      gradient[j] = lambda * (beta[j] ?? 0);
      hessian[j * d + j] = lambda;
    }
    hessian[0] = 1e-9;
    rows.forEach((row, n) => {
      const example = examples[n] as Example;
      const weight = example.weight ?? 1;
      let z = 0;
      for (let j = 0; j < d; j += 1) z += (beta[j] ?? 0) * (row[j] ?? 0);
      const p = 1 / (1 + Math.exp(-z));
      const residual = weight * (p - example.label);
      const curvature = weight * p * (1 - p);
      for (let j = 0; j < d; j += 1) {
        const xj = row[j] ?? 0;
        if (xj === 0) continue;
        gradient[j] = (gradient[j] ?? 0) + residual * xj;
        for (let k = 0; k <= j; k += 1) hessian[j * d + k] = (hessian[j * d + k] ?? 0) + curvature * xj * (row[k] ?? 0);
      }
    });
    for (let j = 0; j < d; j += 1) for (let k = 0; k < j; k += 1) hessian[k * d + j] = hessian[j * d + k] ?? 0;
    const step = solve(hessian, gradient, d);
    let largest = 0;
    for (let j = 0; j < d; j += 1) {
      beta[j] = (beta[j] ?? 0) - (step[j] ?? 0);
      largest = Math.max(largest, Math.abs(step[j] ?? 0));
    }
    if (largest < 1e-9) break;
  }
  const weights: Record<string, number> = {};
  names.forEach((name, position) => {
    weights[name] = beta[position + 1] ?? 0;
  });
  return { bias: beta[0] ?? 0, weights, iterations };
}
