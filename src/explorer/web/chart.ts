import { HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsOption } from 'echarts';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartSpec } from '../charts/types';
import { h } from './dom';

echarts.use([
  HeatmapChart,
  LineChart,
  ScatterChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  SVGRenderer,
]);

/**
 * Draws a spec (src/explorer/charts, the same as the CLI's) as SVG in the page, with its text
 * alternative as the figure's caption. `onPick` gets the datum of a clicked mark. Resolves when
 * ECharts says every mark is drawn: a big heat map is drawn over several frames (progressive
 * rendering), so the return of setOption is not yet the whole chart.
 */
export function drawChart(
  target: HTMLElement,
  spec: ChartSpec<EChartsOption>,
  onPick: (value: number[]) => void,
): Promise<void> {
  const area = h('div', { class: 'chart', role: 'img', 'aria-label': spec.description });
  area.style.width = `${spec.width}px`;
  area.style.height = `${spec.height}px`;
  const caption = h('figcaption', { class: 'description' }, spec.description);
  target.replaceChildren(h('figure', {}, area, caption));
  const chart = echarts.init(area, null, { renderer: 'svg' });
  const drawn = new Promise<void>((resolve) => {
    const finished = () => {
      chart.off('finished', finished);
      resolve();
    };
    chart.on('finished', finished);
  });
  chart.setOption(spec.option);
  chart.on('click', (params) => {
    if (Array.isArray(params.value)) onPick(params.value.map(Number));
  });
  return drawn;
}
