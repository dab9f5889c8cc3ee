import type * as ResvgModule from '@resvg/resvg-js';
import type { EChartsOption } from 'echarts';
import type { ChartSpec } from '../charts/types';
import { renderSvg } from './svg';

/**
 * A chart as PNG: the same SVG as `--format svg`, rasterised by resvg (@resvg/resvg-js, a Rust
 * renderer shipped as a prebuilt binary per platform, so nothing compiles at install). Drawn at
 * PNG_SCALE times the chart's size, sharp enough for print. Text uses the system's fonts.
 */

export const PNG_SCALE = 2;

export function renderPng(spec: ChartSpec<EChartsOption>): Buffer {
  // Loaded here, not at the top: a platform without resvg's binary still has every other format.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Resvg } = require('@resvg/resvg-js') as typeof ResvgModule;
  const resvg = new Resvg(renderSvg(spec), {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    background: '#ffffff',
    // resvg matches the chart's font list against the system's fonts, falling back to the first.
    font: { loadSystemFonts: true },
  });
  return resvg.render().asPng();
}
