import type { EChartsOption, HeatmapSeriesOption } from 'echarts';
import { BASE_OPTION, counted, escapeHtml, labelWidth, listText, TOOLTIP } from './common';
import {
  CARRIED_OPACITY,
  STANCE_COLOURS,
  STANCE_NAMES,
  STANCE_SYMBOLS,
  TEXT_COLOUR,
} from './palette';
import type { StanceCategory } from './palette';
import type { ChartSpec, TimelineCell, TimelineData } from './types';

/**
 * The stance timeline: a heat grid with a row per actor and position and a column per bucket.
 * Cells fall in seven categories (stated stances, carried ones, mixed), which a piecewise
 * visual map colours and names in the legend. Each datum is [column, row, category, index of
 * the cell in `data.cells`], so a click finds the cell and its evidence.
 */

export type TimelineSeriesKey = StanceCategory | `CARRIED_${'SUPPORTS' | 'OPPOSES' | 'NEUTRAL'}`;

export const TIMELINE_SERIES: readonly TimelineSeriesKey[] = [
  'SUPPORTS',
  'OPPOSES',
  'NEUTRAL',
  'MIXED',
  'CARRIED_SUPPORTS',
  'CARRIED_OPPOSES',
  'CARRIED_NEUTRAL',
];

export function seriesKeyOf(cell: TimelineCell): TimelineSeriesKey | null {
  if (cell.mixed) return 'MIXED';
  if (cell.stance === null) return null;
  return cell.carried ? `CARRIED_${cell.stance}` : cell.stance;
}

export function seriesName(key: TimelineSeriesKey): string {
  return key.startsWith('CARRIED_')
    ? `${STANCE_NAMES[key.slice('CARRIED_'.length) as StanceCategory]}, carried`
    : STANCE_NAMES[key as StanceCategory];
}

/** A carried stance: its colour, lighter (mixed with white), so it reads as an earlier one. */
export function colourOf(key: TimelineSeriesKey): string {
  const base = STANCE_COLOURS[categoryOf(key)];
  return key.startsWith('CARRIED_') ? lighten(base, 1 - CARRIED_OPACITY) : base;
}

function lighten(hex: string, amount: number): string {
  const channels = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return `#${channels
    .map((c) =>
      Math.round(c + (255 - c) * amount)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

function categoryOf(key: TimelineSeriesKey): StanceCategory {
  return (key.startsWith('CARRIED_') ? key.slice('CARRIED_'.length) : key) as StanceCategory;
}

/** Row labels, actor then position, in the order the grid draws them (top to bottom). */
export function timelineRows(
  data: TimelineData,
): { actorId: string; positionId: string; label: string }[] {
  return data.actors.flatMap((actor) =>
    data.positions.map((position) => ({
      actorId: actor.id,
      positionId: position.id,
      label: `${actor.label} · ${position.label}`,
    })),
  );
}

/** Cell symbols are drawn while they fit; a big grid is colour (and tooltip) only. */
const MAX_LABELLED_CELLS = 2000;
const CELL = 24;
const LEGEND_WIDTH = 200;

/** Each cell as [column, row, index of its category in TIMELINE_SERIES, index of the cell]. */
function timelineCells(
  data: TimelineData,
  rows: ReturnType<typeof timelineRows>,
): [number, number, number, number][] {
  const rowIndex = new Map(
    rows.map((row, index) => [`${row.actorId}\u0000${row.positionId}`, index]),
  );
  const columnIndex = new Map(data.buckets.map((bucket, index) => [bucket, index]));
  const cells: [number, number, number, number][] = [];
  data.cells.forEach((cell, index) => {
    const key = seriesKeyOf(cell);
    const row = rowIndex.get(`${cell.actorId}\u0000${cell.positionId}`);
    const column = columnIndex.get(cell.bucket);
    if (key === null || row === undefined || column === undefined) return;
    cells.push([column, row, TIMELINE_SERIES.indexOf(key), index]);
  });
  return cells;
}

export function timelineSpec(data: TimelineData): ChartSpec<EChartsOption> {
  const title = 'Stance timeline';
  const rows = timelineRows(data);
  const data4 = timelineCells(data, rows);
  const rotated = data.buckets.some((bucket) => bucket.length > 4);
  const showSymbols = rows.length * data.buckets.length <= MAX_LABELLED_CELLS;
  const series: HeatmapSeriesOption = {
    type: 'heatmap',
    name: title,
    data: data4,
    itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
    label: {
      show: showSymbols,
      formatter: (params) => {
        const value = (params as { value?: unknown }).value;
        const key = Array.isArray(value) ? TIMELINE_SERIES[Number(value[2])] : undefined;
        return key === undefined ? '' : STANCE_SYMBOLS[categoryOf(key)];
      },
      color: TEXT_COLOUR,
      fontSize: 12,
    },
    emphasis: { itemStyle: { borderColor: TEXT_COLOUR, borderWidth: 2 } },
  };
  const left = labelWidth(rows.map((row) => row.label));
  const width = Math.max(640, left + data.buckets.length * CELL + LEGEND_WIDTH + 16);
  const height = Math.max(260, rows.length * CELL + (rotated ? 144 : 110));
  return {
    title,
    width,
    height,
    description: describeTimeline(data, rows.length),
    option: {
      ...BASE_OPTION,
      title: { text: title, left: 8, top: 4, textStyle: { fontSize: 14 } },
      // The legend: one piece per category; clicking one hides its cells.
      visualMap: {
        type: 'piecewise',
        dimension: 2,
        orient: 'vertical',
        // Vertical pieces list bottom-up unless inverted: keep the order of TIMELINE_SERIES.
        inverse: true,
        top: 40,
        right: 8,
        itemGap: 8,
        pieces: TIMELINE_SERIES.map((key, index) => ({
          value: index,
          label: seriesName(key),
          color: colourOf(key),
        })),
      },
      grid: { left, right: LEGEND_WIDTH, top: 40, bottom: rotated ? 90 : 56 },
      tooltip: { ...TOOLTIP, formatter: (params) => timelineTooltip(data, rows, params) },
      xAxis: {
        type: 'category',
        data: [...data.buckets],
        name: 'Period',
        nameLocation: 'middle',
        nameGap: rotated ? 64 : 32,
        // Every period labelled: upright when a label fits its column (years), else turned.
        axisLabel: { interval: 0, rotate: rotated ? 90 : 0 },
        splitArea: { show: true },
      },
      yAxis: {
        type: 'category',
        data: rows.map((row) => row.label),
        inverse: true,
        axisLabel: { width: left - 16, overflow: 'truncate' },
        splitArea: { show: true },
      },
      series: [series],
    },
  };
}

/** The text alternative: what is compared, and how many cells take each stance. */
export function describeTimeline(data: TimelineData, rowCount: number): string {
  const counts = new Map<TimelineSeriesKey, number>();
  for (const cell of data.cells) {
    const key = seriesKeyOf(cell);
    if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const parts = TIMELINE_SERIES.filter((key) => counts.has(key)).map(
    (key) => `${seriesName(key).toLowerCase()}: ${counts.get(key)}`,
  );
  const empty = rowCount * data.buckets.length - [...counts.values()].reduce((a, b) => a + b, 0);
  const span =
    data.buckets.length === 0
      ? 'no period'
      : `${data.buckets[0]} to ${data.buckets[data.buckets.length - 1]}`;
  return (
    `Stances of ${listText(data.actors.map((a) => a.label))} on ` +
    `${counted(data.positions.length, 'position')}, ${span} ` +
    `(${counted(data.buckets.length, 'period')}). Cells by stance — ` +
    `${parts.length > 0 ? parts.join('; ') : 'none'}; no stance: ${empty}.`
  );
}

/** Hover text: the row, the period, the stance and the counts of the period's statements. */
function timelineTooltip(
  data: TimelineData,
  rows: readonly { label: string }[],
  params: unknown,
): string {
  const value = (params as { value?: unknown }).value;
  if (!Array.isArray(value)) return '';
  const cell = data.cells[Number(value[3])];
  const row = rows[Number(value[1])];
  if (cell === undefined || row === undefined) return '';
  const key = seriesKeyOf(cell);
  return (
    `${escapeHtml(row.label)}<br>${escapeHtml(cell.bucket)}: ` +
    `<b>${key === null ? 'no stance' : escapeHtml(seriesName(key))}</b><br>` +
    `statements in the period — supports ${cell.supports}, opposes ${cell.opposes}, ` +
    `neutral ${cell.neutral}`
  );
}
