import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import { escapeHtml } from '../charts/common';
import type { ChartSpec } from '../charts/types';

/**
 * A chart spec as an SVG document, drawn in Node by ECharts' server-side renderer (no browser,
 * no canvas). The text alternative goes in as the SVG's <title> and <desc>, which screen
 * readers announce for role="img".
 */
export function renderSvg(spec: ChartSpec<EChartsOption>): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: spec.width,
    height: spec.height,
  });
  try {
    chart.setOption(spec.option);
    return withTextAlternative(chart.renderToSVGString(), spec);
  } finally {
    chart.dispose();
  }
}

function withTextAlternative(svg: string, spec: ChartSpec<EChartsOption>): string {
  const open = /<svg\b[^>]*>/.exec(svg);
  if (open === null) throw new Error('ECharts returned no <svg> element');
  const tag = open[0].replace(/^<svg/, '<svg role="img" aria-labelledby="chart-title chart-desc"');
  const text =
    `<title id="chart-title">${escapeHtml(spec.title)}</title>` +
    `<desc id="chart-desc">${escapeHtml(spec.description)}</desc>`;
  return `${svg.slice(0, open.index)}${tag}${text}${svg.slice(open.index + open[0].length)}\n`;
}
