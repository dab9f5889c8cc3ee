import type { EChartsOption } from 'echarts';
import type { ChartSpec } from '../../explorer/charts/types';
import { renderHtml } from '../../explorer/render/html';
import { renderSvg } from '../../explorer/render/svg';
import type { ChartFormat } from '../comparison-options';

/** A chart spec in the format asked for: the SVG, or the SVG in one HTML file. */
export function chartText(spec: ChartSpec<EChartsOption>, format: ChartFormat): string {
  return format === 'svg' ? renderSvg(spec) : renderHtml(spec);
}

export function isChartFormat(format: string): format is ChartFormat {
  return format === 'svg' || format === 'html';
}
