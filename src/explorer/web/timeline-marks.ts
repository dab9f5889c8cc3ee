/**
 * Performance marks the timeline view sets, in this order, each time it draws: the matrix's
 * request sent, its answer shaped for the chart, the chart drawn (ECharts' `finished`), the
 * table built. scripts/bench-explorer.mjs reads them; the Chromium test checks them.
 */
export const MARKS = {
  query: 'diplograph:timeline:query',
  answered: 'diplograph:timeline:answered',
  charted: 'diplograph:timeline:charted',
  drawn: 'diplograph:timeline:drawn',
} as const;
