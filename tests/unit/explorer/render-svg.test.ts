import { agreementSpec } from '../../../src/explorer/charts/agreement';
import { historySpec } from '../../../src/explorer/charts/history';
import { colourOf } from '../../../src/explorer/charts/timeline';
import { STANCE_COLOURS, UNDEFINED_COLOUR } from '../../../src/explorer/charts/palette';
import { timelineSpec } from '../../../src/explorer/charts/timeline';
import { renderHtml } from '../../../src/explorer/render/html';
import { renderSvg } from '../../../src/explorer/render/svg';
import { descendants, parseSvg, texts } from '../../support/svg-tree';
import type { SvgElement } from '../../support/svg-tree';
import { AGREEMENT, HISTORY, TIMELINE } from './fixtures';

/** Filled shapes of one colour (ECharts writes heatmap cells as paths). */
function filled(svg: SvgElement, colour: string): SvgElement[] {
  return descendants(svg).filter(
    (e) =>
      (e.name === 'path' || e.name === 'rect') &&
      e.attributes.fill?.toLowerCase() === colour.toLowerCase(),
  );
}

describe('renderSvg', () => {
  it('draws the timeline: one cell per stance, symbols, axes, legend and text alternative', () => {
    const spec = timelineSpec(TIMELINE);
    const svg = parseSvg(renderSvg(spec));
    expect(svg.attributes).toMatchObject({
      role: 'img',
      width: `${spec.width}`,
      height: `${spec.height}`,
    });
    expect(svg.children.find((e) => e.name === 'desc')?.text).toBe(spec.description);
    // One legend swatch and the cells of each colour.
    expect(filled(svg, STANCE_COLOURS.SUPPORTS)).toHaveLength(2);
    expect(filled(svg, colourOf('CARRIED_SUPPORTS'))).toHaveLength(2);
    expect(filled(svg, STANCE_COLOURS.OPPOSES)).toHaveLength(2);
    expect(filled(svg, STANCE_COLOURS.MIXED)).toHaveLength(2);
    expect(filled(svg, colourOf('CARRIED_OPPOSES'))).toHaveLength(1);
    const words = texts(svg);
    expect(words).toEqual(
      expect.arrayContaining([
        'Stance timeline',
        'Iran · Ceasefire now',
        '2020-10',
        'Supports, carried',
        '±',
      ]),
    );
    expect(words.filter((w) => w === '+')).toHaveLength(2);
  });

  it('draws agreement: n in every cell, undefined cells grey with their reason', () => {
    const svg = parseSvg(renderSvg(agreementSpec(AGREEMENT)));
    expect(filled(svg, UNDEFINED_COLOUR).length).toBeGreaterThanOrEqual(2);
    const words = texts(svg);
    expect(words).toEqual(
      expect.arrayContaining([
        '0.50',
        'n=4',
        'no overlap',
        'n < min',
        'Iran – Russia',
        'agree',
        'disagree',
      ]),
    );
    expect(words.filter((w) => /^n=\d+$/.test(w))).toHaveLength(AGREEMENT.pairs.length);
  });

  it('draws history: a point per day and the shifts', () => {
    const svg = parseSvg(renderSvg(historySpec(HISTORY)));
    const words = texts(svg);
    expect(words).toEqual(expect.arrayContaining(['Iran on Ceasefire now', 'supports', 'opposes']));
    expect(words.filter((w) => w === 'shift')).toHaveLength(2);
  });

  it('refuses what a browser would: the reader is strict', () => {
    expect(() => parseSvg('<svg><text style="a:"b"">x</text></svg>')).toThrow();
    expect(() => parseSvg('<svg><g></svg>')).toThrow();
  });
});

describe('renderHtml', () => {
  it('is one file with the SVG inline, the caption and no script', () => {
    const html = renderHtml(agreementSpec(AGREEMENT));
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<svg role="img"');
    expect(html).toContain('<figcaption>Agreement (S_SCORE) of 3 pairs');
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
  });
});
