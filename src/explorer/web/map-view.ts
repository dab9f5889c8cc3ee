import { mapSpec } from '../charts/map';
import { stanceMap } from '../charts/stance-map';
import type { MapFrame, StanceMapData } from '../charts/stance-map';
import { labelOf } from '../charts/common';
import { fetchAgreement } from './agreement-data';
import { AgreementOptions } from './agreement-options';
import { drawChart } from './chart';
import { h, pushState, readState, showError } from './dom';
import { complete, loadChoices, mount, ScopeForm } from './scope-form';

/**
 * Stance map: actors placed by classical MDS of 1 − agreement (src/explorer/charts/stance-map),
 * a frame per bucket behind a slider, with the agreement view's options (measure, missing,
 * basis, minimum overlap). The frame shown is in the URL (?frame=2021) with the options, so a
 * shared link opens on it; the data of a scope is fetched once and the slider only redraws.
 */

export async function mapView(): Promise<void> {
  const choices = await loadChoices();
  const options = new AgreementOptions();
  const form = new ScopeForm(choices, options.elements(), () => {
    pushState(ScopeForm.toState(form.read(), options.state()));
    void render();
  });
  const { chart, table } = mount(form.element);
  let cached: { key: string; map: StanceMapData } | null = null;

  async function render(): Promise<void> {
    const state = readState();
    form.write(state, 'YEAR');
    const wrong = options.write(state);
    if (!complete(state)) {
      chart.replaceChildren(
        h('p', {}, 'Pick three actors or more, a topic and a window, then Show.'),
      );
      return;
    }
    if (wrong !== null) {
      showError(chart, wrong);
      return;
    }
    const scope = { ...form.read(), ...options.read() };
    const key = JSON.stringify(scope);
    try {
      if (cached?.key !== key) {
        chart.replaceChildren(h('p', { class: 'loading' }, 'Loading…'));
        cached = { key, map: stanceMap((await fetchAgreement(scope)).data) };
      }
      const { map } = cached;
      const wanted = map.frames.findIndex((f) => f.bucket === state.get('frame'));
      showFrames(chart, table, map, Math.max(0, wanted), (frame) => {
        const next = ScopeForm.toState(form.read(), { ...options.state(), frame: frame.bucket });
        pushState(next);
      });
    } catch (error) {
      showError(chart, error);
    }
  }

  window.addEventListener('popstate', () => void render());
  await render();
}

/** The slider and the frame it points at; `settle` runs when the reader lets go of a frame. */
function showFrames(
  chart: HTMLElement,
  table: HTMLElement,
  map: StanceMapData,
  start: number,
  settle: (frame: MapFrame) => void,
): void {
  if (map.frames.length === 0) {
    chart.replaceChildren(h('p', {}, 'No period in this window.'));
    return;
  }
  const slider = h('input', {
    id: 'frame',
    type: 'range',
    min: '0',
    max: String(map.frames.length - 1),
    step: '1',
    value: String(start),
  });
  const shown = h('output', { for: 'frame', id: 'frame-label' });
  const figure = h('div', { id: 'map-figure' });
  chart.replaceChildren(
    h('p', { class: 'frames' }, h('label', { for: 'frame' }, 'Period '), slider, ' ', shown),
    figure,
  );
  const draw = () => {
    const frame = map.frames[Number(slider.value)]!;
    shown.textContent = frame.bucket;
    slider.setAttribute('aria-valuetext', frame.bucket);
    void drawChart(figure, mapSpec(map, frame), () => undefined);
    table.replaceChildren(pointsTable(map, frame), leftOutList(map, frame));
    document.documentElement.dataset.frame = frame.bucket;
    document.documentElement.dataset.drawn = 'map';
  };
  slider.addEventListener('input', draw);
  slider.addEventListener('change', () => settle(map.frames[Number(slider.value)]!));
  draw();
}

/** The points in words: the chart's text alternative, with the coordinates drawn. */
function pointsTable(map: StanceMapData, frame: MapFrame): HTMLElement {
  return h(
    'details',
    {},
    h('summary', {}, `The ${frame.points.length} actors placed in ${frame.bucket}, as a table`),
    h(
      'table',
      { id: 'points' },
      h(
        'thead',
        {},
        h('tr', {}, ...['Actor', 'Dimension 1', 'Dimension 2'].map((t) => h('th', {}, t))),
      ),
      h(
        'tbody',
        {},
        ...frame.points.map((p) =>
          h(
            'tr',
            { 'data-id': p.actorId },
            h('th', { scope: 'row' }, labelOf(map.actors, p.actorId)),
            h('td', {}, p.x.toFixed(3)),
            h('td', {}, p.y.toFixed(3)),
          ),
        ),
      ),
    ),
  );
}

function leftOutList(map: StanceMapData, frame: MapFrame): HTMLElement {
  if (frame.leftOut.length === 0) return h('p', { id: 'left-out' }, 'Every actor is placed.');
  return h(
    'section',
    {},
    h('h2', {}, 'Left out of this period'),
    h(
      'ul',
      { id: 'left-out' },
      ...frame.leftOut.map((l) =>
        h('li', { 'data-id': l.actorId }, `${labelOf(map.actors, l.actorId)}: ${l.reason}`),
      ),
    ),
  );
}
