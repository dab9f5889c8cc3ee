import type { ScatterSeriesOption } from 'echarts';
import { mapSpec, MAP_POINT_COLOUR } from '../../../src/explorer/charts/map';
import { distance } from '../../../src/explorer/charts/mds';
import { keepComparable, stanceMap } from '../../../src/explorer/charts/stance-map';
import type { AgreementCell, AgreementData } from '../../../src/explorer/charts/types';
import { AGREEMENT } from './fixtures';

/** Four actors on a line at 0, 0.2, 0.6 and 1.4: S = 1 − distance gives pairs MDS can place exactly. */
const AT = { A: 0, B: 0.2, C: 0.6, D: 1.4 } as const;
type Id = keyof typeof AT;
const IDS = Object.keys(AT) as Id[];

function pairsFor(bucket: string, positions: Record<Id, number>): AgreementCell[] {
  return IDS.flatMap((a, i) =>
    IDS.slice(i + 1).map((b) => ({
      actorA: a,
      actorB: b,
      bucket,
      score: 1 - Math.abs(positions[a] - positions[b]),
      n: 5,
      reason: null,
    })),
  );
}

const LINE: AgreementData = {
  measure: 'S_SCORE',
  actors: IDS.map((id) => ({ id, label: `Actor ${id}` })),
  buckets: ['2020', '2021'],
  pairs: [...pairsFor('2020', AT), ...pairsFor('2021', AT)],
};

describe('stanceMap', () => {
  it('places every actor so that drawn distances are 1 − S, stress 0', () => {
    const [frame] = stanceMap(LINE).frames;
    expect(frame!.points.map((p) => p.actorId)).toEqual(IDS);
    expect(frame!.leftOut).toEqual([]);
    expect(frame!.stress).toBeCloseTo(0, 9);
    const at = (id: Id) => frame!.points.find((p) => p.actorId === id)!;
    for (const a of IDS) {
      for (const b of IDS) {
        expect(distance([at(a).x, at(a).y], [at(b).x, at(b).y])).toBeCloseTo(
          Math.abs(AT[a] - AT[b]),
          9,
        );
      }
    }
  });

  it('aligns each frame on the one before: the same data draws the same picture', () => {
    const [first, second] = stanceMap(LINE).frames;
    expect(first!.aligned).toBe(false);
    expect(second!.aligned).toBe(true);
    second!.points.forEach((p, i) => {
      expect(p.x).toBeCloseTo(first!.points[i]!.x, 9);
      expect(p.y).toBeCloseTo(first!.points[i]!.y, 9);
    });
  });

  it('leaves out the actor without scores, naming the pairs and why', () => {
    const map = stanceMap(AGREEMENT);
    const [y2020, y2021] = map.frames;
    expect(y2020!.points.map((p) => p.actorId)).toEqual(['IRN', 'TUR']);
    expect(y2020!.leftOut).toEqual([
      { actorId: 'RUS', reason: 'no score with Iran (no overlap), Türkiye (n < min)' },
    ]);
    // Two points: their distance is 1 − 0.5, and no stress is claimed.
    const [irn, tur] = y2020!.points;
    expect(distance([irn!.x, irn!.y], [tur!.x, tur!.y])).toBeCloseTo(0.5, 9);
    expect(y2020!.stress).toBeNull();
    // 2021: 1 − S gives 2, 0 and 1, which no triangle has; the stress shows the strain.
    expect(y2021!.points).toHaveLength(3);
    expect(y2021!.stress).toBeGreaterThan(0.05);
  });

  it('keeps no lone actor, and drops the sparsest first', () => {
    const pair = (a: string, b: string, score: number | null): [string, AgreementCell] => [
      a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`,
      { actorA: a, actorB: b, bucket: 'x', score, n: score === null ? 0 : 3, reason: null },
    ];
    const names = ['P', 'Q', 'R'].map((id) => ({ id, label: id }));
    const none = keepComparable(['P', 'Q'], new Map([pair('P', 'Q', null)]), names);
    expect(none.kept).toEqual([]);
    expect(none.leftOut.map((l) => l.actorId)).toEqual(['Q', 'P']);
    expect(none.leftOut[1]!.reason).toBe('no other actor left to compare with');
    const some = keepComparable(
      ['P', 'Q', 'R'],
      new Map([pair('P', 'Q', 0.5), pair('P', 'R', 0.1)]),
      names,
    );
    expect(some.kept).toEqual(['P', 'Q']);
    expect(some.leftOut).toEqual([{ actorId: 'R', reason: 'no score with Q (not compared)' }]);
  });
});

describe('mapSpec', () => {
  it('draws a labelled point per placed actor, one scale for all frames, and says so in words', () => {
    const map = stanceMap(AGREEMENT);
    const spec = mapSpec(map, map.frames[0]!);
    const [series] = spec.option.series as ScatterSeriesOption[];
    expect(series!.data).toHaveLength(2);
    expect((series!.itemStyle as { color: string }).color).toBe(MAP_POINT_COLOUR);
    const later = mapSpec(map, map.frames[1]!);
    expect((later.option.xAxis as { max: number }).max).toBe(
      (spec.option.xAxis as { max: number }).max,
    );
    expect(spec.description).toBe(
      '2020: 2 actors placed by agreement (Iran and Türkiye); closest: Iran and Türkiye; ' +
        'left out: Russia, no score with Iran (no overlap), Türkiye (n < min).',
    );
    expect(later.description).toMatch(/^2021: 3 actors placed by agreement .*; stress 0\.\d{3}\.$/);
  });
});
