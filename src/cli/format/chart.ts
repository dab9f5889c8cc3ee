import type { EChartsOption } from 'echarts';
import type { ChartSpec } from '../../explorer/charts/types';
import { CHART_FORMATS } from '../comparison-options';
import type { ChartFormat } from '../comparison-options';

/**
 * A chart spec in the format asked for: the SVG, the SVG in one HTML file, or a PNG. The
 * renderers are loaded here, when a chart is asked for: ECharts takes a sixth of a second to
 * load, which every other command would pay.
 */
export async function chartOutput(
  spec: ChartSpec<EChartsOption>,
  format: ChartFormat,
): Promise<string | Buffer> {
  switch (format) {
    case 'svg':
      return (await import('../../explorer/render/svg')).renderSvg(spec);
    case 'html':
      return (await import('../../explorer/render/html')).renderHtml(spec);
    case 'png':
      return (await import('../../explorer/render/png')).renderPng(spec);
  }
}

export function isChartFormat(format: string): format is ChartFormat {
  return (CHART_FORMATS as readonly string[]).includes(format);
}
