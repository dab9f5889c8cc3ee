import type { EChartsOption } from 'echarts';
import type { ChartSpec } from '../../explorer/charts/types';
import { renderHtml } from '../../explorer/render/html';
import { renderPng } from '../../explorer/render/png';
import { renderSvg } from '../../explorer/render/svg';
import { CHART_FORMATS } from '../comparison-options';
import type { ChartFormat } from '../comparison-options';

/** A chart spec in the format asked for: the SVG, the SVG in one HTML file, or a PNG. */
export function chartOutput(spec: ChartSpec<EChartsOption>, format: ChartFormat): string | Buffer {
  switch (format) {
    case 'svg':
      return renderSvg(spec);
    case 'html':
      return renderHtml(spec);
    case 'png':
      return renderPng(spec);
  }
}

export function isChartFormat(format: string): format is ChartFormat {
  return (CHART_FORMATS as readonly string[]).includes(format);
}
