import type { EChartsOption, HeatmapSeriesOption } from 'echarts';
import { BASE_OPTION, counted, escapeHtml, labelOf, labelWidth, listText, TOOLTIP } from './common';
import { SCORE_COLOURS, TEXT_COLOUR, UNDEFINED_COLOUR } from './palette';
import type { AgreementCell, AgreementData, ChartSpec } from './types';

/**
 * The agreement heat map: a row per pair of actors, a column per bucket, coloured by the score
 * on a diverging scale with n written in each cell. Undefined cells are a series of their own,
 * grey, labelled with their reason. Each datum is [column, row, score (n when undefined),
 * index in `data.pairs`].
 */

export const UNDEFINED_SERIES = 'Undefined (no score)';
export const SCORE_SERIES = 'Score';

/** The five classes of the legend, on the −1..+1 scale every measure shares. */
export const SCORE_PIECES = [
  { min: -1, max: -0.6, label: '−1 to −0.6' },
  { min: -0.6, max: -0.2, label: '−0.6 to −0.2' },
  { min: -0.2, max: 0.2, label: '−0.2 to 0.2' },
  { min: 0.2, max: 0.6, label: '0.2 to 0.6' },
  { min: 0.6, max: 1, label: '0.6 to 1' },
].map((piece, index) => ({ ...piece, color: SCORE_COLOURS[index]! }));

/** Short words for an undefined cell's reason (the API's codes are long). */
export function reasonText(reason: string | null): string {
  switch (reason) {
    case 'NO_OVERLAP':
      return 'no overlap';
    case 'BELOW_MIN_OVERLAP':
      return 'n < min';
    case null:
      return 'undefined';
    default:
      return reason.toLowerCase().replace(/_/g, ' ');
  }
}

export function pairLabel(data: AgreementData, pair: AgreementCell): string {
  return `${labelOf(data.actors, pair.actorA)} – ${labelOf(data.actors, pair.actorB)}`;
}

const CELL_WIDTH = 72;
const CELL_HEIGHT = 36;

/** Each pair's cell as [column, row, score or n, index of the pair]: scored and undefined apart. */
function agreementCells(data: AgreementData, rows: readonly string[]) {
  const rowIndex = new Map(rows.map((label, index) => [label, index]));
  const columnIndex = new Map(data.buckets.map((bucket, index) => [bucket, index]));
  const defined: number[][] = [];
  const undefinedCells: number[][] = [];
  data.pairs.forEach((pair, index) => {
    const row = rowIndex.get(pairLabel(data, pair))!;
    const column = columnIndex.get(pair.bucket);
    if (column === undefined) return;
    // An undefined cell has no score: its third value is n, which no visual map reads.
    if (pair.score === null) undefinedCells.push([column, row, pair.n, index]);
    else defined.push([column, row, pair.score, index]);
  });
  return { defined, undefinedCells };
}

function agreementSeries(data: AgreementData, rows: readonly string[]): HeatmapSeriesOption[] {
  const { defined, undefinedCells } = agreementCells(data, rows);
  const cellText = (params: unknown): string => {
    const pair = data.pairs[Number((params as { value: unknown[] }).value[3])];
    if (pair === undefined) return '';
    return pair.score === null
      ? `${reasonText(pair.reason)}\nn=${pair.n}`
      : `${pair.score.toFixed(2)}\nn=${pair.n}`;
  };
  return [
    {
      type: 'heatmap',
      name: SCORE_SERIES,
      data: defined,
      label: { show: true, formatter: cellText, color: TEXT_COLOUR, fontSize: 11, lineHeight: 14 },
      itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
    },
    {
      type: 'heatmap',
      name: UNDEFINED_SERIES,
      data: undefinedCells,
      itemStyle: { color: UNDEFINED_COLOUR, borderColor: '#ffffff', borderWidth: 1 },
      label: { show: true, formatter: cellText, color: '#555555', fontSize: 10, lineHeight: 13 },
    },
  ];
}

export function agreementSpec(data: AgreementData): ChartSpec<EChartsOption> {
  const rows = [...new Set(data.pairs.map((pair) => pairLabel(data, pair)))];
  const series = agreementSeries(data, rows);
  const left = labelWidth(rows);
  const width = Math.max(640, left + data.buckets.length * CELL_WIDTH + 40);
  const height = Math.max(220, rows.length * CELL_HEIGHT + 190);
  const title = `Agreement (${data.measure.replace(/_/g, ' ').toLowerCase()})`;
  return {
    title,
    width,
    height,
    description: describeAgreement(data, rows.length),
    option: {
      ...BASE_OPTION,
      title: { text: title, left: 8, top: 4, textStyle: { fontSize: 14 } },
      legend: { top: 28, left: 8, data: [UNDEFINED_SERIES], selectedMode: false },
      visualMap: [
        {
          type: 'piecewise',
          seriesIndex: 0,
          dimension: 2,
          pieces: SCORE_PIECES,
          orient: 'horizontal',
          left: 'center',
          bottom: 4,
          text: ['agree', 'disagree'],
        },
        // ECharts draws a heatmap through a visual map: undefined cells get grey, whatever
        // their index (dimension 3), and no legend of their own beyond the series'.
        {
          type: 'piecewise',
          show: false,
          seriesIndex: 1,
          dimension: 3,
          pieces: [{ gte: 0, color: UNDEFINED_COLOUR }],
        },
      ],
      grid: { left, right: 24, top: 60, bottom: 86 },
      tooltip: { ...TOOLTIP, formatter: (params) => agreementTooltip(data, params) },
      xAxis: {
        type: 'category',
        data: [...data.buckets],
        name: 'Period',
        nameLocation: 'middle',
        nameGap: 28,
      },
      yAxis: { type: 'category', data: rows, inverse: true },
      series,
    },
  };
}

function agreementTooltip(data: AgreementData, params: unknown): string {
  const value = (params as { value?: unknown }).value;
  if (!Array.isArray(value)) return '';
  const pair = data.pairs[Number(value[3])];
  if (pair === undefined) return '';
  const score =
    pair.score === null
      ? `undefined: ${escapeHtml(reasonText(pair.reason))}`
      : pair.score.toFixed(3);
  return `${escapeHtml(pairLabel(data, pair))}<br>${escapeHtml(pair.bucket)}: <b>${score}</b>, n = ${pair.n}`;
}

export function describeAgreement(data: AgreementData, pairCount: number): string {
  const scores = data.pairs.flatMap((pair) => (pair.score === null ? [] : [pair.score]));
  const undefinedCount = data.pairs.length - scores.length;
  const range =
    scores.length === 0
      ? 'no defined score'
      : `scores from ${Math.min(...scores).toFixed(2)} to ${Math.max(...scores).toFixed(2)}`;
  return (
    `Agreement (${data.measure}) of ${counted(pairCount, 'pair')} among ` +
    `${listText(data.actors.map((a) => a.label))} over ${counted(data.buckets.length, 'period')}: ` +
    `${range}; ${counted(undefinedCount, 'cell')} undefined.`
  );
}
