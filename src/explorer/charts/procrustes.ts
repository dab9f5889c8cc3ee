import type { Point } from './mds';

/**
 * Orthogonal Procrustes in the plane: the rotation (or reflection) and shift that lay one MDS
 * frame over the previous one as closely as possible, on the actors both frames hold. MDS fixes
 * a configuration only up to rotation, reflection and translation, so without this two frames
 * of unchanged data could come out mirrored, and the slider would show drift that is not there.
 * No scaling: distances are the data.
 */

export interface Alignment {
  /** Applies the found transformation to any point of the moving frame. */
  readonly apply: (point: Point) => Point;
  readonly reflected: boolean;
  /** Root mean square distance of the matched points after alignment. */
  readonly rmsd: number;
}

function centroid(points: readonly Point[]): Point {
  const n = Math.max(1, points.length);
  return [
    points.reduce((sum, p) => sum + p[0], 0) / n,
    points.reduce((sum, p) => sum + p[1], 0) / n,
  ];
}

function candidate(moving: readonly Point[], target: readonly Point[], reflect: boolean) {
  const cm = centroid(moving);
  const ct = centroid(target);
  const flip = (p: Point): Point => (reflect ? [p[0], -p[1]] : p);
  const a = moving.map((p) => flip([p[0] - cm[0], p[1] - cm[1]]));
  const b = target.map((p): Point => [p[0] - ct[0], p[1] - ct[1]]);
  // The angle that maximises Σ b·R(θ)a, in closed form for two dimensions.
  let dot = 0;
  let cross = 0;
  a.forEach((p, i) => {
    const q = b[i]!;
    dot += p[0] * q[0] + p[1] * q[1];
    cross += p[0] * q[1] - p[1] * q[0];
  });
  const angle = Math.atan2(cross, dot);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const apply = (point: Point): Point => {
    const [x, y] = flip([point[0] - cm[0], point[1] - cm[1]]);
    return [cos * x - sin * y + ct[0], sin * x + cos * y + ct[1]];
  };
  const squared = moving.reduce((sum, p, i) => {
    const [x, y] = apply(p);
    return sum + (x - target[i]![0]) ** 2 + (y - target[i]![1]) ** 2;
  }, 0);
  return { apply, reflected: reflect, rmsd: Math.sqrt(squared / Math.max(1, moving.length)) };
}

/** The best of rotating and of reflecting-then-rotating `moving` onto `target` (paired by index). */
export function procrustes(moving: readonly Point[], target: readonly Point[]): Alignment {
  if (moving.length !== target.length) {
    throw new Error('procrustes needs the same number of points in both frames');
  }
  const rotated = candidate(moving, target, false);
  const reflected = candidate(moving, target, true);
  return reflected.rmsd < rotated.rmsd - 1e-12 ? reflected : rotated;
}
