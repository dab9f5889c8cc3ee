import fc from 'fast-check';
import { agreementIndex, cohenKappa, scottPi, sScore, weightedKappa } from '../../../src/analysis';
import type {
  MeasureOptions,
  MeasureResult,
  StanceValue,
  StanceVector,
} from '../../../src/analysis';

const POSITION_IDS = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8'];
const stanceValue = fc.constantFrom<StanceValue>(-1, 0, 1);

/** A vector over some of the positions, so pairs overlap partly, fully or not at all. */
const stanceVector: fc.Arbitrary<StanceVector> = fc
  .dictionary(fc.constantFrom(...POSITION_IDS), stanceValue, { maxKeys: POSITION_IDS.length })
  .map((record) => new Map(Object.entries(record)));

/** Two vectors over the same non-empty set of positions. */
const alignedPair: fc.Arbitrary<{ x: StanceVector; y: StanceVector }> = fc
  .uniqueArray(fc.constantFrom(...POSITION_IDS), { minLength: 1 })
  .chain((ids) =>
    fc
      .tuple(
        fc.array(stanceValue, { minLength: ids.length, maxLength: ids.length }),
        fc.array(stanceValue, { minLength: ids.length, maxLength: ids.length }),
      )
      .map(([xs, ys]) => ({
        x: new Map(ids.map((id, index) => [id, xs[index]!])),
        y: new Map(ids.map((id, index) => [id, ys[index]!])),
      })),
  );

const options: fc.Arbitrary<MeasureOptions> = fc.record({
  missing: fc.constantFrom('EXCLUDE' as const, 'NEUTRAL' as const),
  minOverlap: fc.integer({ min: 0, max: 4 }),
});

const weights = fc
  .dictionary(fc.constantFrom(...POSITION_IDS), fc.double({ min: 0, max: 10, noNaN: true }))
  .map((record) => new Map(Object.entries(record)));

type Score = (a: StanceVector, b: StanceVector, options: MeasureOptions) => MeasureResult;

const SCORES: readonly [string, Score][] = [
  ['agreement index', agreementIndex],
  ['S', sScore],
  ["Scott's π", scottPi],
  ["Cohen's κ", cohenKappa],
  ['weighted κ', weightedKappa],
];

function identical(a: StanceVector, b: StanceVector): boolean {
  return a.size === b.size && [...a].every(([id, value]) => b.get(id) === value);
}

describe('properties of the agreement measures', () => {
  it.each(SCORES)('%s is symmetric', (_, score) => {
    fc.assert(
      fc.property(stanceVector, stanceVector, options, (a, b, opts) => {
        expect(score(a, b, opts)).toEqual(score(b, a, opts));
      }),
    );
  });

  it('weighted S and linear weighted κ are symmetric', () => {
    fc.assert(
      fc.property(stanceVector, stanceVector, weights, (a, b, w) => {
        expect(sScore(a, b, { weights: w })).toEqual(sScore(b, a, { weights: w }));
        expect(weightedKappa(a, b, { power: 1 })).toEqual(weightedKappa(b, a, { power: 1 }));
      }),
    );
  });

  it.each(SCORES)('%s is a finite number or null with a reason, never NaN', (_, score) => {
    fc.assert(
      fc.property(stanceVector, stanceVector, options, (a, b, opts) => {
        const result = score(a, b, opts);
        if (result.value === null) expect(result.reason).toBeDefined();
        else {
          expect(Number.isFinite(result.value)).toBe(true);
          expect(result.reason).toBeUndefined();
        }
        expect(result.n).toBe(result.positions.length);
      }),
    );
  });

  it('the agreement index lies in [0, 1]', () => {
    fc.assert(
      fc.property(stanceVector, stanceVector, options, (a, b, opts) => {
        const { value } = agreementIndex(a, b, opts);
        if (value !== null) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('S and weighted S lie in [−1, 1]', () => {
    fc.assert(
      fc.property(stanceVector, stanceVector, weights, (a, b, w) => {
        for (const { value } of [sScore(a, b), sScore(a, b, { weights: w })]) {
          if (value !== null) {
            expect(value).toBeGreaterThanOrEqual(-1);
            expect(value).toBeLessThanOrEqual(1);
          }
        }
      }),
    );
  });

  it('π, κ and weighted κ are at most 1 when defined', () => {
    fc.assert(
      fc.property(
        stanceVector,
        stanceVector,
        options,
        fc.double({ min: 0, max: 8, noNaN: true }),
        (a, b, opts, p) => {
          for (const { value } of [
            scottPi(a, b, opts),
            cohenKappa(a, b, opts),
            weightedKappa(a, b, { ...opts, power: p }),
          ]) {
            if (value !== null) expect(value).toBeLessThanOrEqual(1);
          }
        },
      ),
    );
  });

  it('S = 1 exactly when the vectors are identical (n > 0)', () => {
    fc.assert(
      fc.property(alignedPair, ({ x, y }) => {
        expect(sScore(x, y).value === 1).toBe(identical(x, y));
      }),
    );
  });

  it('identical vectors always give S = 1', () => {
    fc.assert(
      fc.property(alignedPair, ({ x }) => {
        expect(sScore(x, x).value).toBe(1);
      }),
    );
  });

  it('unweighted, the agreement index is (S + 1) / 2', () => {
    fc.assert(
      fc.property(alignedPair, ({ x, y }) => {
        expect(agreementIndex(x, y).value).toBeCloseTo((sScore(x, y).value! + 1) / 2, 12);
      }),
    );
  });

  it('weighted κ with p = 0 equals the unweighted κ', () => {
    fc.assert(
      fc.property(alignedPair, ({ x, y }) => {
        const plain = cohenKappa(x, y);
        const weighted = weightedKappa(x, y, { power: 0 });
        if (plain.value === null) expect(weighted).toEqual(plain);
        else expect(weighted.value).toBeCloseTo(plain.value, 12);
      }),
    );
  });

  it('π and κ are null exactly when both actors put every position in one same category', () => {
    fc.assert(
      fc.property(alignedPair, ({ x, y }) => {
        const values = new Set([...x.values(), ...y.values()]);
        const degenerate = values.size === 1;
        expect(scottPi(x, y).value === null).toBe(degenerate);
        expect(cohenKappa(x, y).value === null).toBe(degenerate);
      }),
    );
  });

  it('results do not depend on the insertion order of the vectors', () => {
    fc.assert(
      fc.property(alignedPair, ({ x, y }) => {
        const reversed = (v: StanceVector): StanceVector => new Map([...v].reverse());
        for (const [, score] of SCORES) {
          expect(score(reversed(x), reversed(y), {})).toEqual(score(x, y, {}));
        }
      }),
    );
  });
});
