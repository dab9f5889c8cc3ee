/**
 * The colours of every chart, in one place. Stances use the Okabe–Ito palette (distinguishable
 * with the common colour-vision deficiencies) and every stance cell also carries a symbol
 * (+ − 0 ±), so colour is never the only cue. Agreement scores use PuOr, a diverging
 * ColorBrewer scheme that is colour-blind safe.
 */

export type StanceName = 'SUPPORTS' | 'OPPOSES' | 'NEUTRAL';

/** A cell's category: a stance, or a day whose statements conflict. */
export type StanceCategory = StanceName | 'MIXED';

export const STANCE_COLOURS: Readonly<Record<StanceCategory, string>> = {
  SUPPORTS: '#009E73',
  OPPOSES: '#D55E00',
  NEUTRAL: '#999999',
  MIXED: '#CC79A7',
};

export const STANCE_SYMBOLS: Readonly<Record<StanceCategory, string>> = {
  SUPPORTS: '+',
  OPPOSES: '−',
  NEUTRAL: '0',
  MIXED: '±',
};

export const STANCE_NAMES: Readonly<Record<StanceCategory, string>> = {
  SUPPORTS: 'Supports',
  OPPOSES: 'Opposes',
  NEUTRAL: 'Neutral',
  MIXED: 'Mixed (sources conflict)',
};

/** The value of a stance on the −1..+1 scale of the measures. */
export const STANCE_VALUES: Readonly<Record<StanceName, number>> = {
  SUPPORTS: 1,
  NEUTRAL: 0,
  OPPOSES: -1,
};

/** A stance carried from an earlier bucket is drawn in its colour, lighter. */
export const CARRIED_OPACITY = 0.4;

/** PuOr, five classes: −1 (orange, disagree) … +1 (purple, agree). */
export const SCORE_COLOURS = ['#e66101', '#fdb863', '#f7f7f7', '#b2abd2', '#5e3c99'] as const;

/** A cell without a value (an undefined measure). */
export const UNDEFINED_COLOUR = '#d9d9d9';

export const TEXT_COLOUR = '#222222';

// No quotes: ECharts writes the family into an SVG attribute as is.
export const FONT_FAMILY = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';
