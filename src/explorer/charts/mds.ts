/**
 * Classical (Torgerson) multidimensional scaling: points in the plane whose distances come as
 * close as two dimensions allow to a given dissimilarity matrix. Pure arithmetic, no I/O, so the
 * stance map (stance-map.ts) can run it in the page and the tests can check it on known shapes.
 *
 * B = −½·J·D²·J (J centres), its two largest eigenvalues λ and eigenvectors v give the
 * coordinates v·√λ. Negative eigenvalues (dissimilarities that no Euclidean configuration has)
 * are dropped; the stress says how much that cost.
 */

export type Point = readonly [number, number];

/** Eigenvalues (descending) and unit eigenvectors (as columns: vectors[k][i] is entry i of k). */
export interface Eigen {
  readonly values: number[];
  readonly vectors: number[][];
}

const SWEEPS = 100;
// Relative to the matrix's size: Jacobi converges quadratically, so a tight bound costs a sweep.
const TOLERANCE = 1e-26;

/** Every eigenpair of a symmetric matrix, by cyclic Jacobi rotations (n is tens at most here). */
export function symmetricEigen(matrix: readonly (readonly number[])[]): Eigen {
  const n = matrix.length;
  const a = matrix.map((row) => [...row]);
  const v = a.map((_, i) => a.map((__, j) => (i === j ? 1 : 0)));
  const at = (i: number, j: number) => a[i]![j]!;
  let norm = 0;
  for (const row of a) for (const x of row) norm += x * x;
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += at(p, q) ** 2;
    if (off <= TOLERANCE * norm) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (Math.abs(at(p, q)) < 1e-300) continue;
        // The rotation that zeroes a[p][q] (Golub & Van Loan, symmetric Schur decomposition).
        const theta = (at(q, q) - at(p, p)) / (2 * at(p, q));
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        rotate(a, v, p, q, c, s);
      }
    }
  }
  const order = a.map((_, i) => i).sort((x, y) => at(y, y) - at(x, x));
  return {
    values: order.map((i) => at(i, i)),
    vectors: order.map((k) => v.map((row) => row[k]!)),
  };
}

function rotate(a: number[][], v: number[][], p: number, q: number, c: number, s: number): void {
  const n = a.length;
  for (let k = 0; k < n; k++) {
    const akp = a[k]![p]!;
    const akq = a[k]![q]!;
    a[k]![p] = c * akp - s * akq;
    a[k]![q] = s * akp + c * akq;
  }
  for (let k = 0; k < n; k++) {
    const apk = a[p]![k]!;
    const aqk = a[q]![k]!;
    a[p]![k] = c * apk - s * aqk;
    a[q]![k] = s * apk + c * aqk;
  }
  for (let k = 0; k < n; k++) {
    const vkp = v[k]![p]!;
    const vkq = v[k]![q]!;
    v[k]![p] = c * vkp - s * vkq;
    v[k]![q] = s * vkp + c * vkq;
  }
}

/** The doubly centred matrix B = −½·J·D²·J of a dissimilarity matrix. */
export function doubleCentred(distances: readonly (readonly number[])[]): number[][] {
  const n = distances.length;
  const squared = distances.map((row) => row.map((d) => d * d));
  const rowMean = squared.map((row) => row.reduce((sum, x) => sum + x, 0) / n);
  const grandMean = rowMean.reduce((sum, x) => sum + x, 0) / n;
  return squared.map((row, i) =>
    row.map((d2, j) => -0.5 * (d2 - rowMean[i]! - rowMean[j]! + grandMean)),
  );
}

/** Coordinates in two dimensions, centred on the origin, in the order of the matrix's rows. */
export function classicalMds(distances: readonly (readonly number[])[]): Point[] {
  const n = distances.length;
  for (const row of distances) {
    if (row.length !== n) throw new Error('classicalMds needs a square matrix');
  }
  if (n === 0) return [];
  const { values, vectors } = symmetricEigen(doubleCentred(distances));
  const scale = [0, 1].map((k) => Math.sqrt(Math.max(0, values[k] ?? 0)));
  const axis = (k: number, i: number) => (vectors[k]?.[i] ?? 0) * scale[k]!;
  return distances.map((_, i) => [axis(0, i), axis(1, i)] as const);
}

export function distance(a: Point, b: Point): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}

/**
 * Kruskal's stress-1: √(Σ (d − d̂)² / Σ d²) over the pairs, d the dissimilarity and d̂ the
 * distance drawn. 0 is exact; above ~0.2 the picture misleads. Null when every d is 0.
 */
export function stress(
  distances: readonly (readonly number[])[],
  points: readonly Point[],
): number | null {
  let residual = 0;
  let total = 0;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const d = distances[i]![j]!;
      residual += (d - distance(points[i]!, points[j]!)) ** 2;
      total += d * d;
    }
  }
  return total === 0 ? null : Math.sqrt(residual / total);
}
