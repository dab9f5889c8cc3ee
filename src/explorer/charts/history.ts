import type { EChartsOption, LineSeriesOption, ScatterSeriesOption } from 'echarts';
import { BASE_OPTION, counted, escapeHtml, TOOLTIP } from './common';
import { STANCE_COLOURS, STANCE_NAMES, STANCE_SYMBOLS, STANCE_VALUES } from './palette';
import type { StanceCategory } from './palette';
import type { ChartSpec, HistoryData, HistoryPoint } from './types';

/**
 * One actor's stance on one position over time: a step line through the stated stances
 * (+1 supports, 0 neutral, −1 opposes), a point per day coloured and labelled by stance, mixed
 * days on their own row, and each shift a dashed vertical line labelled with its two dates.
 */

const MIXED_Y = -1.6;
const CATEGORIES: readonly StanceCategory[] = ['SUPPORTS', 'NEUTRAL', 'OPPOSES', 'MIXED'];

function categoryOf(point: HistoryPoint): StanceCategory | null {
  return point.mixed ? 'MIXED' : point.stance;
}

function yOf(category: StanceCategory): number {
  return category === 'MIXED' ? MIXED_Y : STANCE_VALUES[category];
}

export function historySpec(data: HistoryData): ChartSpec<EChartsOption> {
  const points: ScatterSeriesOption[] = CATEGORIES.map((category) => ({
    type: 'scatter',
    name: STANCE_NAMES[category],
    symbolSize: 14,
    itemStyle: { color: STANCE_COLOURS[category] },
    label: { show: true, formatter: STANCE_SYMBOLS[category], color: '#ffffff', fontSize: 11 },
    data: data.stances.flatMap((point, index) =>
      categoryOf(point) === category ? [[point.date, yOf(category), index]] : [],
    ),
  }));
  const line: LineSeriesOption = {
    type: 'line',
    name: 'Stance in force',
    step: 'end',
    showSymbol: false,
    lineStyle: { color: '#555555', width: 1.5 },
    // A mixed day has no stance: the line breaks there.
    data: data.stances.map((point) => [
      point.date,
      point.mixed || point.stance === null ? null : STANCE_VALUES[point.stance],
    ]),
    connectNulls: false,
    markLine: {
      symbol: 'none',
      lineStyle: { type: 'dashed', color: '#0072B2' },
      label: { formatter: 'shift', color: '#0072B2' },
      data: data.shifts.map((shift) => ({ xAxis: shift.to, name: `${shift.from} → ${shift.to}` })),
    },
  };
  const title = `${data.actor.label} on ${data.position.label}`;
  return {
    title,
    width: 760,
    height: 320,
    description: describeHistory(data),
    option: {
      ...BASE_OPTION,
      title: { text: title, left: 8, top: 4, textStyle: { fontSize: 14 } },
      legend: {
        top: 28,
        left: 8,
        data: [...CATEGORIES.map((c) => STANCE_NAMES[c]), 'Stance in force'],
      },
      grid: { left: 80, right: 32, top: 70, bottom: 40 },
      tooltip: { ...TOOLTIP, formatter: (params) => historyTooltip(data, params) },
      xAxis: { type: 'time' },
      yAxis: {
        type: 'value',
        min: -2,
        max: 1.4,
        interval: 1,
        axisLabel: {
          formatter: (value: number) =>
            value === 1 ? 'supports' : value === 0 ? 'neutral' : value === -1 ? 'opposes' : '',
        },
      },
      series: [line, ...points],
    },
  };
}

function historyTooltip(data: HistoryData, params: unknown): string {
  const value = (params as { value?: unknown }).value;
  if (!Array.isArray(value) || value.length < 3) return '';
  const point = data.stances[Number(value[2])];
  if (point === undefined) return '';
  const category = categoryOf(point);
  return (
    `${escapeHtml(point.date)}: <b>${category === null ? 'no stance' : STANCE_NAMES[category]}</b>` +
    `<br>${point.statements.map(escapeHtml).join('<br>')}`
  );
}

export function describeHistory(data: HistoryData): string {
  const first = data.stances[0];
  const last = data.stances[data.stances.length - 1];
  const word = (point: HistoryPoint) => {
    const category = categoryOf(point);
    return category === null ? 'no stance' : STANCE_NAMES[category].toLowerCase();
  };
  if (first === undefined || last === undefined) {
    return `${data.actor.label} has said nothing on ${data.position.label}.`;
  }
  return (
    `${data.actor.label} on ${data.position.label}: ${counted(data.stances.length, 'day')} ` +
    `with a stance, from ${first.date} (${word(first)}) to ${last.date} (${word(last)}); ` +
    `${counted(data.shifts.length, 'shift')}` +
    (data.shifts.length > 0 ? ` (on ${data.shifts.map((s) => s.to).join(', ')}).` : '.')
  );
}
