import { timelineSpec, seriesKeyOf, seriesName, timelineRows } from '../charts/timeline';
import type { TimelineCell, TimelineData } from '../charts/types';
import type { StanceName } from '../charts/palette';
import { gql } from './api';
import { drawChart } from './chart';
import { h, pushState, readState, showError } from './dom';
import { EVIDENCE_FIELDS, evidenceList, showEvidence, withDetails } from './evidence';
import type { EvidenceRef } from './evidence';
import { complete, loadChoices, mount, scopeOfState, ScopeForm } from './scope-form';
import { MARKS } from './timeline-marks';
import type { Scope } from './scope-form';

/**
 * Stance timeline: actors × positions × buckets from `positionMatrix`. A click on a cell (or
 * its button in the data table, for the keyboard) asks for that one cell's evidence.
 */

interface MatrixResult {
  positionMatrix: {
    buckets: { key: string; from: string; to: string }[];
    actors: { id: string; name: string }[];
    positions: { id: string; label: string }[];
    cells: {
      actor: { id: string };
      position: { id: string };
      bucket: string;
      stance: StanceName | null;
      carried: boolean;
      mixed: boolean;
      supports: number;
      opposes: number;
      neutral: number;
    }[];
  };
}

const MATRIX = `query Timeline($actors: [ID!]!, $topic: ID, $positions: [ID!], $from: String!, $to: String!, $interval: Interval!) {
  positionMatrix(actors: $actors, topic: $topic, positions: $positions, from: $from, to: $to, interval: $interval) {
    buckets { key from to } actors { id name } positions { id label }
    cells { actor { id } position { id } bucket stance carried mixed supports opposes neutral }
  }
}`;

const CELL = `query Cell($actor: ID!, $position: ID!, $from: String!, $to: String!) {
  positionMatrix(actors: [$actor], positions: [$position], from: $from, to: $to, interval: NONE) {
    cells { evidence { ${EVIDENCE_FIELDS} } }
  }
}`;

/** Asks for the matrix of a scope, marking when (scripts/bench-explorer.mjs reads the marks). */
function askMatrix(scope: Scope): Promise<MatrixResult> {
  performance.mark(MARKS.query);
  return gql<MatrixResult>(MATRIX, { ...scope });
}

export async function timelineView(): Promise<void> {
  // The URL's matrix is asked for while the pickers' choices load (they only name what the URL
  // gives by id): the choices took a quarter of the time to a drawn chart (docs/benchmarks.md).
  const first = readState();
  const firstScope = scopeOfState(first, 'MONTH');
  let early = complete(first)
    ? { key: JSON.stringify(firstScope), answer: askMatrix(firstScope) }
    : null;
  // Awaited in render(); a failure meanwhile is not an unhandled rejection.
  early?.answer.catch(() => undefined);
  const choices = await loadChoices();
  const form = new ScopeForm(choices, [], () => {
    pushState(ScopeForm.toState(form.read()));
    void render();
  });
  const { chart, panel, table } = mount(form.element);

  async function render(): Promise<void> {
    const state = readState();
    form.write(state, 'MONTH');
    panel.hidden = true;
    if (!complete(state)) {
      chart.replaceChildren(h('p', {}, 'Pick actors, a topic and a window, then Show.'));
      return;
    }
    chart.replaceChildren(h('p', { class: 'loading' }, 'Loading…'));
    try {
      const scope = form.read();
      const asked = early?.key === JSON.stringify(scope) ? early.answer : askMatrix(scope);
      early = null;
      const { positionMatrix: m } = await asked;
      performance.mark(MARKS.answered);
      const data: TimelineData = {
        actors: m.actors.map((a) => ({ id: a.id, label: a.name })),
        positions: m.positions.map((p) => ({ id: p.id, label: p.label })),
        buckets: m.buckets.map((b) => b.key),
        cells: m.cells.map((c) => ({ ...c, actorId: c.actor.id, positionId: c.position.id })),
      };
      const buckets = new Map(m.buckets.map((b) => [b.key, b]));
      const open = (cell: TimelineCell) =>
        void openCell(panel, data, cell, buckets.get(cell.bucket)!);
      await drawChart(chart, timelineSpec(data), (value) => {
        const cell = data.cells[value[3]!];
        if (cell) open(cell);
      });
      performance.mark(MARKS.charted);
      table.replaceChildren(dataTable(data, open));
      performance.mark(MARKS.drawn);
      document.documentElement.dataset.drawn = 'timeline';
    } catch (error) {
      showError(chart, error);
    }
  }

  window.addEventListener('popstate', () => void render());
  await render();
}

async function openCell(
  panel: HTMLElement,
  data: TimelineData,
  cell: TimelineCell,
  bucket: { from: string; to: string },
): Promise<void> {
  const actor = data.actors.find((a) => a.id === cell.actorId)?.label ?? cell.actorId;
  const position = data.positions.find((p) => p.id === cell.positionId)?.label ?? cell.positionId;
  const key = seriesKeyOf(cell);
  const heading = `${actor} · ${position} · ${cell.bucket}: ${key ? seriesName(key) : 'no stance'}`;
  try {
    const result = await gql<{ positionMatrix: { cells: { evidence: EvidenceRef[] }[] } }>(CELL, {
      actor: cell.actorId,
      position: cell.positionId,
      from: bucket.from,
      to: bucket.to,
    });
    const items = await withDetails(result.positionMatrix.cells[0]?.evidence ?? []);
    showEvidence(panel, heading, evidenceList(items));
  } catch (error) {
    showEvidence(panel, heading, h('p', { class: 'error' }, String(error)));
  }
}

/** The grid as a table: its text alternative, and keyboard access to every cell's evidence. */
function dataTable(data: TimelineData, open: (cell: TimelineCell) => void): HTMLElement {
  const rows = timelineRows(data);
  const byRow = new Map<string, TimelineCell[]>();
  for (const cell of data.cells) {
    const key = `${cell.actorId}\u0000${cell.positionId}`;
    byRow.set(key, [...(byRow.get(key) ?? []), cell]);
  }
  const body = rows.map((row) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, row.label),
      ...(byRow.get(`${row.actorId}\u0000${row.positionId}`) ?? []).map((cell) => {
        const key = seriesKeyOf(cell);
        if (key === null) return h('td', {}, '');
        const button = h('button', { type: 'button', class: 'cell' }, seriesName(key));
        button.addEventListener('click', () => open(cell));
        return h('td', {}, button);
      }),
    ),
  );
  return h(
    'details',
    {},
    h('summary', {}, 'The grid as a table (keyboard: each stance opens its evidence)'),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h('tr', {}, h('th', {}, ''), ...data.buckets.map((b) => h('th', { scope: 'col' }, b))),
      ),
      h('tbody', {}, ...body),
    ),
  );
}

export type { Scope };
