import type { EChartsOption } from 'echarts';
import { escapeHtml } from '../charts/common';
import type { ChartSpec } from '../charts/types';
import { renderSvg } from './svg';

/**
 * A chart as one self-contained HTML file for reports: the SVG inline, its text alternative as
 * the caption, no script and nothing fetched (the Content-Security-Policy says so).
 */
export function renderHtml(spec: ChartSpec<EChartsOption>): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(spec.title)} — Diplograph</title>
<style>body{font-family:system-ui,sans-serif;margin:1.5rem;color:#222}figure{margin:0}figcaption{max-width:60rem;margin-top:.75rem}</style>
</head>
<body>
<figure>
${renderSvg(spec).trim()}
<figcaption>${escapeHtml(spec.description)}</figcaption>
</figure>
</body>
</html>
`;
}
