import { classicalMds, distance, stress, symmetricEigen } from '../../../src/explorer/charts/mds';
import type { Point } from '../../../src/explorer/charts/mds';
import { procrustes } from '../../../src/explorer/charts/procrustes';

/** The distance matrix of some points: what MDS must give back, up to rotation and reflection. */
function distancesOf(points: readonly Point[]): number[][] {
  return points.map((a) => points.map((b) => distance(a, b)));
}

function expectSameDistances(placed: readonly Point[], wanted: readonly number[][]): void {
  placed.forEach((a, i) =>
    placed.forEach((b, j) => expect(distance(a, b)).toBeCloseTo(wanted[i]![j]!, 9)),
  );
}

describe('symmetricEigen', () => {
  it('finds the eigenpairs of a known matrix, largest first', () => {
    // [[2,1],[1,2]]: 3 along (1,1), 1 along (1,−1).
    const { values, vectors } = symmetricEigen([
      [2, 1],
      [1, 2],
    ]);
    expect(values[0]).toBeCloseTo(3, 12);
    expect(values[1]).toBeCloseTo(1, 12);
    expect(Math.abs(vectors[0]![0]!)).toBeCloseTo(Math.SQRT1_2, 12);
    expect(vectors[0]![0]! * vectors[0]![1]!).toBeCloseTo(0.5, 12);
    expect(vectors[1]![0]! * vectors[1]![1]!).toBeCloseTo(-0.5, 12);
  });
});

describe('classicalMds', () => {
  it('recovers points on a line: distances kept, the second dimension empty', () => {
    const line: Point[] = [
      [0, 0],
      [1, 0],
      [3, 0],
      [7, 0],
    ];
    const wanted = distancesOf(line);
    const placed = classicalMds(wanted);
    expectSameDistances(placed, wanted);
    for (const p of placed) expect(p[1]).toBeCloseTo(0, 9);
    // Order along the line is kept (up to reflection).
    const xs = placed.map((p) => p[0]);
    const sign = Math.sign(xs[3]! - xs[0]!);
    expect(xs.map((x) => x * sign)).toEqual([...xs.map((x) => x * sign)].sort((a, b) => a - b));
    expect(stress(wanted, placed)).toBeCloseTo(0, 9);
  });

  it('recovers a 3-4-5 triangle and a rotated square, centred on the origin', () => {
    const triangle: Point[] = [
      [0, 0],
      [3, 0],
      [0, 4],
    ];
    const square: Point[] = [
      [1, 2],
      [3, 4],
      [1, 6],
      [-1, 4],
    ];
    for (const shape of [triangle, square]) {
      const wanted = distancesOf(shape);
      const placed = classicalMds(wanted);
      expectSameDistances(placed, wanted);
      expect(placed.reduce((sum, p) => sum + p[0], 0)).toBeCloseTo(0, 9);
      expect(placed.reduce((sum, p) => sum + p[1], 0)).toBeCloseTo(0, 9);
    }
  });

  it('cannot draw a regular tetrahedron in the plane: the stress says so', () => {
    const tetrahedron = [0, 1, 2, 3].map((i) => [0, 1, 2, 3].map((j) => (i === j ? 0 : 1)));
    const placed = classicalMds(tetrahedron);
    expect(placed).toHaveLength(4);
    expect(stress(tetrahedron, placed)).toBeGreaterThan(0.1);
  });

  it('handles the trivial cases and rejects a ragged matrix', () => {
    expect(classicalMds([])).toEqual([]);
    expect(classicalMds([[0]])).toEqual([[0, 0]]);
    const two = classicalMds([
      [0, 2],
      [2, 0],
    ]);
    expect(distance(two[0]!, two[1]!)).toBeCloseTo(2, 12);
    expect(() => classicalMds([[0, 1], [1]])).toThrow('square');
    expect(stress([[0]], [[0, 0]])).toBeNull();
  });
});

describe('procrustes', () => {
  const shape: Point[] = [
    [0, 0],
    [4, 0],
    [4, 1],
    [0, 3],
  ];
  const turn = (p: Point, angle: number, shift: Point): Point => [
    Math.cos(angle) * p[0] - Math.sin(angle) * p[1] + shift[0],
    Math.sin(angle) * p[0] + Math.cos(angle) * p[1] + shift[1],
  ];

  it('undoes a rotation and a shift', () => {
    const moved = shape.map((p) => turn(p, 2.1, [5, -3]));
    const { apply, reflected, rmsd } = procrustes(moved, shape);
    expect(reflected).toBe(false);
    expect(rmsd).toBeCloseTo(0, 9);
    moved.forEach((p, i) => {
      expect(apply(p)[0]).toBeCloseTo(shape[i]![0], 9);
      expect(apply(p)[1]).toBeCloseTo(shape[i]![1], 9);
    });
  });

  it('undoes a reflection, which no rotation can', () => {
    const mirrored = shape.map((p) => turn([p[0], -p[1]], 0.7, [1, 1]));
    const { apply, reflected } = procrustes(mirrored, shape);
    expect(reflected).toBe(true);
    mirrored.forEach((p, i) => expect(distance(apply(p), shape[i]!)).toBeCloseTo(0, 9));
  });

  it('only fits, never distorts: distances within the frame stay', () => {
    const other: Point[] = [
      [1, 1],
      [2, 5],
      [-3, 0],
      [0, 0],
    ];
    const { apply, rmsd } = procrustes(other, shape);
    expect(rmsd).toBeGreaterThan(0.5);
    const after = other.map(apply);
    expectSameDistances(after, distancesOf(other));
  });
});
