import type { HeatmapSeriesOption, VisualMapComponentOption } from 'echarts';
import { agreementSpec, reasonText } from '../../../src/explorer/charts/agreement';
import { historySpec } from '../../../src/explorer/charts/history';
import { STANCE_COLOURS } from '../../../src/explorer/charts/palette';
import {
  colourOf,
  TIMELINE_SERIES,
  timelineRows,
  timelineSpec,
} from '../../../src/explorer/charts/timeline';
import { AGREEMENT, HISTORY, TIMELINE } from './fixtures';

function firstSeries(option: { series?: unknown }): HeatmapSeriesOption {
  const series = option.series as HeatmapSeriesOption[];
  return series[0]!;
}

describe('timelineSpec', () => {
  const spec = timelineSpec(TIMELINE);

  it('has a row per actor and position, actor first, and a column per bucket', () => {
    expect(timelineRows(TIMELINE).map((row) => row.label)).toEqual([
      'Iran · Ceasefire now',
      'Türkiye · Ceasefire now',
    ]);
    expect((spec.option.xAxis as { data: string[] }).data).toEqual(TIMELINE.buckets);
  });

  it('draws a datum for every cell with a stance or a mix, none for silence', () => {
    const data = firstSeries(spec.option).data as number[][];
    // [column, row, category, cell index]
    expect(data).toEqual([
      [0, 0, TIMELINE_SERIES.indexOf('SUPPORTS'), 0],
      [1, 0, TIMELINE_SERIES.indexOf('CARRIED_SUPPORTS'), 1],
      [2, 0, TIMELINE_SERIES.indexOf('OPPOSES'), 2],
      [1, 1, TIMELINE_SERIES.indexOf('MIXED'), 4],
      [2, 1, TIMELINE_SERIES.indexOf('NEUTRAL'), 5],
    ]);
  });

  it('names every category in the legend, carried ones in a lighter colour', () => {
    const map = spec.option.visualMap as { pieces: { label: string; color: string }[] };
    expect(map.pieces.map((piece) => piece.label)).toEqual([
      'Supports',
      'Opposes',
      'Neutral',
      'Mixed (sources conflict)',
      'Supports, carried',
      'Opposes, carried',
      'Neutral, carried',
    ]);
    expect(colourOf('SUPPORTS')).toBe(STANCE_COLOURS.SUPPORTS);
    // #009E73 mixed 60 % with white.
    expect(colourOf('CARRIED_SUPPORTS')).toBe('#99d8c7');
  });

  it('says in words what it shows', () => {
    expect(spec.description).toBe(
      'Stances of Iran and Türkiye on 1 position, 2020-09 to 2020-11 (3 periods). Cells by ' +
        'stance — supports: 1; opposes: 1; neutral: 1; mixed (sources conflict): 1; supports, ' +
        'carried: 1; no stance: 1.',
    );
  });

  it('grows with the grid', () => {
    const wide = timelineSpec({
      ...TIMELINE,
      buckets: Array.from({ length: 60 }, (_, i) => `b${i}`),
    });
    expect(wide.width).toBeGreaterThan(spec.width);
  });
});

describe('agreementSpec', () => {
  const spec = agreementSpec(AGREEMENT);
  const [scores, undefinedCells] = spec.option.series as HeatmapSeriesOption[];

  it('puts defined scores in one series and undefined cells, with their index, in another', () => {
    expect(scores!.data).toEqual([
      [0, 0, 0.5, 0],
      [1, 0, -1, 1],
      [1, 1, 1, 3],
      [1, 2, 0, 5],
    ]);
    expect(undefinedCells!.data).toEqual([
      [0, 1, 0, 2],
      [0, 2, 1, 4],
    ]);
    expect((spec.option.yAxis as { data: string[] }).data).toEqual([
      'Iran – Türkiye',
      'Iran – Russia',
      'Türkiye – Russia',
    ]);
  });

  it('writes the score and n in a cell, or the reason', () => {
    const formatter = scores!.label!.formatter as (p: unknown) => string;
    expect(formatter({ value: [0, 0, 0.5, 0] })).toBe('0.50\nn=4');
    expect(formatter({ value: [0, 1, 0, 2] })).toBe('no overlap\nn=0');
    expect(reasonText('UNDEFINED_EXPECTED_AGREEMENT_IS_ONE')).toBe(
      'undefined expected agreement is one',
    );
  });

  it('has a diverging legend over −1..+1 for the scores only', () => {
    const [legend] = spec.option.visualMap as VisualMapComponentOption[];
    expect(legend).toMatchObject({ seriesIndex: 0, dimension: 2 });
    const pieces = (legend as { pieces: { min: number; max: number }[] }).pieces;
    expect(pieces[0]!.min).toBe(-1);
    expect(pieces[pieces.length - 1]!.max).toBe(1);
  });

  it('says in words what it shows', () => {
    expect(spec.description).toBe(
      'Agreement (S_SCORE) of 3 pairs among Iran, Türkiye and Russia over 2 periods: scores ' +
        'from -1.00 to 1.00; 2 cells undefined.',
    );
  });
});

describe('historySpec', () => {
  const spec = historySpec(HISTORY);

  it('steps through the stances and breaks at a mixed day', () => {
    const [line] = spec.option.series as { data: unknown[] }[];
    expect(line!.data).toEqual([
      ['2020-09-28', 1],
      ['2020-10-05', 1],
      ['2020-11-02', -1],
      ['2020-12-01', null],
    ]);
  });

  it('marks each shift at the day of its new stance', () => {
    const [line] = spec.option.series as { markLine: { data: { xAxis: string }[] } }[];
    expect(line!.markLine.data.map((mark) => mark.xAxis)).toEqual(['2020-11-02', '2020-12-01']);
  });

  it('says in words what it shows', () => {
    expect(spec.description).toBe(
      'Iran on Ceasefire now: 4 days with a stance, from 2020-09-28 (supports) to 2020-12-01 ' +
        '(mixed (sources conflict)); 2 shifts (on 2020-11-02, 2020-12-01).',
    );
  });
});
