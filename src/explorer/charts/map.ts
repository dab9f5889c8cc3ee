import type { EChartsOption } from 'echarts';
import { BASE_OPTION, counted, escapeHtml, labelOf, listText, TOOLTIP } from './common';
import { TEXT_COLOUR } from './palette';
import { mapExtent } from './stance-map';
import type { MapFrame, StanceMapData } from './stance-map';
import type { ChartSpec } from './types';

/**
 * One frame of the stance map: a point per placed actor, labelled with its name, on axes with
 * one scale for every frame (so a point that moves between frames moved in the data). Each
 * datum is [x, y, index in `frame.points`].
 */

export const MAP_SERIES = 'Actors';
/** Okabe–Ito blue: one colour for every actor, the name beside it carrying the identity. */
export const MAP_POINT_COLOUR = '#0072B2';

const SIDE = 520;

export function frameTitle(map: StanceMapData, frame: MapFrame): string {
  return `Stance map (1 − ${map.measure.replace(/_/g, ' ').toLowerCase()}) · ${frame.bucket}`;
}

export function mapSpec(map: StanceMapData, frame: MapFrame): ChartSpec<EChartsOption> {
  const extent = mapExtent(map) * 1.15;
  const axis = (name: string) => ({
    type: 'value' as const,
    min: -extent,
    max: extent,
    name,
    nameLocation: 'middle' as const,
    nameGap: 24,
    // Coordinates mean nothing alone; only distances do.
    axisLabel: { show: false },
    axisLine: { onZero: false },
    splitLine: { lineStyle: { color: '#eeeeee' } },
  });
  const title = frameTitle(map, frame);
  return {
    title,
    width: SIDE + 140,
    height: SIDE + 110,
    description: describeFrame(map, frame),
    option: {
      ...BASE_OPTION,
      title: {
        text: title,
        subtext: frame.stress === null ? '' : `stress ${frame.stress.toFixed(3)}`,
        left: 8,
        top: 4,
        textStyle: { fontSize: 14 },
      },
      grid: { left: 70, top: 70, width: SIDE, height: SIDE },
      tooltip: { ...TOOLTIP, formatter: (params) => mapTooltip(map, frame, params) },
      xAxis: axis('dimension 1'),
      yAxis: axis('dimension 2'),
      series: [
        {
          type: 'scatter',
          name: MAP_SERIES,
          symbolSize: 14,
          itemStyle: { color: MAP_POINT_COLOUR, borderColor: '#ffffff', borderWidth: 1 },
          label: {
            show: true,
            position: 'right',
            color: TEXT_COLOUR,
            formatter: (params) => pointLabel(map, frame, params),
          },
          // Actors who agree fully share a spot: their names are stacked, not overprinted.
          labelLayout: { moveOverlap: 'shiftY' },
          data: frame.points.map((p, index) => [p.x, p.y, index]),
        },
      ],
    },
  };
}

function pointAt(frame: MapFrame, params: unknown) {
  const value = (params as { value?: unknown }).value;
  return Array.isArray(value) ? frame.points[Number(value[2])] : undefined;
}

function pointLabel(map: StanceMapData, frame: MapFrame, params: unknown): string {
  const point = pointAt(frame, params);
  return point === undefined ? '' : labelOf(map.actors, point.actorId);
}

function mapTooltip(map: StanceMapData, frame: MapFrame, params: unknown): string {
  const point = pointAt(frame, params);
  if (point === undefined) return '';
  return `<b>${escapeHtml(labelOf(map.actors, point.actorId))}</b><br>${escapeHtml(frame.bucket)}`;
}

export function describeFrame(map: StanceMapData, frame: MapFrame): string {
  const placed = frame.points.map((p) => labelOf(map.actors, p.actorId));
  const near = closestPair(map, frame);
  const parts = [
    `${frame.bucket}: ${counted(placed.length, 'actor')} placed by agreement` +
      (placed.length > 0 ? ` (${listText(placed)})` : ''),
    near === null ? '' : `closest: ${near}`,
    frame.stress === null ? '' : `stress ${frame.stress.toFixed(3)}`,
    frame.leftOut.length === 0
      ? ''
      : `left out: ${frame.leftOut.map((l) => `${labelOf(map.actors, l.actorId)}, ${l.reason}`).join('; ')}`,
  ];
  return `${parts.filter((p) => p !== '').join('; ')}.`;
}

function closestPair(map: StanceMapData, frame: MapFrame): string | null {
  let best: string | null = null;
  let shortest = Infinity;
  const points = frame.points;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const [a, b] = [points[i]!, points[j]!];
      const d = Math.hypot(a.x - b.x, a.y - b.y);
      if (d < shortest) {
        shortest = d;
        best = `${labelOf(map.actors, a.actorId)} and ${labelOf(map.actors, b.actorId)}`;
      }
    }
  }
  return best;
}
