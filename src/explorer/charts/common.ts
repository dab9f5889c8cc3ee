import { FONT_FAMILY, TEXT_COLOUR } from './palette';

/** Parts every chart shares: no animation (SVG in Node is drawn once), fonts, the tooltip. */

export const BASE_OPTION = {
  animation: false,
  backgroundColor: '#ffffff',
  textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOUR },
  // ECharts' own accessibility: an aria-label on the chart in the browser.
  aria: { enabled: true },
} as const;

/**
 * Every chart's tooltip: kept within the chart (`confine`), so that one near the left edge, by
 * the row labels, is not cut off by the page's edge; the class names it for the browser tests.
 */
export const TOOLTIP = { trigger: 'item', confine: true, className: 'chart-tooltip' } as const;

/** Room on the left for row labels, by the longest label, within bounds. */
export function labelWidth(labels: readonly string[], min = 80, max = 320): number {
  const longest = labels.reduce((most, label) => Math.max(most, label.length), 0);
  return Math.min(max, Math.max(min, Math.round(longest * 6.5) + 16));
}

/** A list in words: "a, b and c". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** 'n cells' / '1 cell'. */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

export function labelOf(named: readonly { id: string; label: string }[], id: string): string {
  return named.find((item) => item.id === id)?.label ?? id;
}

/** Escapes text for HTML tooltips (labels and quotes come from the data). */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}
