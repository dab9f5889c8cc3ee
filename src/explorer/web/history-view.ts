import { historySpec } from '../charts/history';
import type { HistoryData } from '../charts/types';
import type { StanceName } from '../charts/palette';
import { gql } from './api';
import { drawChart } from './chart';
import { h, pushState, readState, showError } from './dom';
import { EVIDENCE_FIELDS, evidenceList, showEvidence, withDetails } from './evidence';
import type { EvidenceRef } from './evidence';
import { Picker } from './picker';
import type { Choice } from './picker';
import { loadChoices, loadPositions, mount } from './scope-form';

/**
 * Position history: one actor's stance on one position over time (`positionHistory`), each
 * shift marked on the chart and listed below with the statements on both sides of it. The URL
 * holds the pick (?actor=IRN&position=CEASEFIRE:…).
 */

interface Day {
  date: string;
  stance: StanceName | null;
  mixed: boolean;
  evidence: EvidenceRef[];
}

interface HistoryResult {
  positionHistory: {
    actor: { id: string; name: string };
    position: { id: string; label: string };
    stances: Day[];
    shifts: { from: Day; to: Day }[];
  };
}

const DAY = `date stance mixed evidence { ${EVIDENCE_FIELDS} }`;
const HISTORY = `query History($actor: ID!, $position: ID!) {
  positionHistory(actor: $actor, position: $position) {
    actor { id name } position { id label }
    stances { ${DAY} } shifts { from { ${DAY} } to { ${DAY} } }
  }
}`;

export async function historyView(): Promise<void> {
  const [choices, positions] = await Promise.all([loadChoices(), loadPositions()]);
  const form = new HistoryForm(choices.actors, positions, () => {
    pushState(form.state());
    void render();
  });
  const { chart, panel, table } = mount(form.element);

  async function render(): Promise<void> {
    const state = readState();
    form.write(state);
    panel.hidden = true;
    const actor = state.get('actor') ?? '';
    const position = state.get('position') ?? '';
    if (actor === '' || position === '') {
      chart.replaceChildren(h('p', {}, 'Pick an actor and a position, then Show.'));
      table.replaceChildren();
      return;
    }
    chart.replaceChildren(h('p', { class: 'loading' }, 'Loading…'));
    try {
      const { positionHistory: r } = await gql<HistoryResult>(HISTORY, { actor, position });
      const data: HistoryData = {
        actor: { id: r.actor.id, label: r.actor.name },
        position: { id: r.position.id, label: r.position.label },
        stances: r.stances.map((day) => ({
          date: day.date,
          stance: day.stance,
          mixed: day.mixed,
          statements: [...new Set(day.evidence.map((e) => e.statementId))],
        })),
        shifts: r.shifts.map((s) => ({ from: s.from.date, to: s.to.date })),
      };
      const open = (day: Day) =>
        void openDay(panel, `${data.actor.label} · ${data.position.label}`, day);
      void drawChart(chart, historySpec(data), (value) => {
        const day = r.stances[value[2]!];
        if (day) open(day);
      });
      table.replaceChildren(dayList(r.stances, open), await shiftList(r.shifts));
      document.documentElement.dataset.drawn = 'history';
    } catch (error) {
      showError(chart, error);
      table.replaceChildren();
    }
  }

  window.addEventListener('popstate', () => void render());
  await render();
}

function stanceWord(day: Day): string {
  return day.mixed ? 'mixed' : (day.stance ?? 'no stance').toLowerCase();
}

async function openDay(panel: HTMLElement, title: string, day: Day): Promise<void> {
  const heading = `${title} · ${day.date}: ${stanceWord(day)}`;
  try {
    showEvidence(panel, heading, evidenceList(await withDetails(day.evidence)));
  } catch (error) {
    showEvidence(panel, heading, h('p', { class: 'error' }, String(error)));
  }
}

/** Every day as a button: the keyboard's way to each point's evidence. */
function dayList(days: readonly Day[], open: (day: Day) => void): HTMLElement {
  return h(
    'details',
    {},
    h('summary', {}, 'The days as a list (keyboard: each opens its evidence)'),
    h(
      'ul',
      {},
      ...days.map((day) => {
        const button = h(
          'button',
          { type: 'button', class: 'cell' },
          `${day.date}: ${stanceWord(day)}`,
        );
        button.addEventListener('click', () => open(day));
        return h('li', {}, button);
      }),
    ),
  );
}

/** Every shift with both sides' statements: the chart's markers, in words and with sources. */
async function shiftList(shifts: readonly { from: Day; to: Day }[]): Promise<HTMLElement> {
  if (shifts.length === 0) return h('p', { id: 'shifts' }, 'No shift: the stance never changed.');
  const items = await withDetails(shifts.flatMap((s) => [...s.from.evidence, ...s.to.evidence]));
  const detailed = (refs: readonly EvidenceRef[]) =>
    items.filter((i) =>
      refs.some((r) => r.statementId === i.statementId && r.quoteId === i.quoteId),
    );
  const side = (label: string, day: Day) =>
    h(
      'div',
      { class: 'side' },
      h('h4', {}, `${label} ${day.date}: ${stanceWord(day)}`),
      evidenceList(detailed(day.evidence)),
    );
  return h(
    'section',
    {},
    h('h2', {}, `Shifts (${shifts.length})`),
    h(
      'ol',
      { id: 'shifts' },
      ...shifts.map((s) =>
        h(
          'li',
          { class: 'shift', 'data-from': s.from.date, 'data-to': s.to.date },
          side('From', s.from),
          side('To', s.to),
        ),
      ),
    ),
  );
}

/** One actor and one position, each picked by name with suggestions. */
class HistoryForm {
  readonly element: HTMLFormElement;
  private readonly actor: Picker;
  private readonly position: Picker;

  constructor(actors: Choice[], positions: Choice[], onSubmit: () => void) {
    this.actor = new Picker('actor', 'Actor', actors, true);
    this.position = new Picker('position', 'Position', positions, true);
    this.element = h(
      'form',
      { class: 'scope', id: 'scope' },
      this.actor.element,
      this.position.element,
      h('button', { type: 'submit' }, 'Show'),
    );
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      onSubmit();
    });
  }

  state(): URLSearchParams {
    const state = new URLSearchParams();
    state.set('actor', this.actor.ids()[0] ?? '');
    state.set('position', this.position.ids()[0] ?? '');
    return state;
  }

  write(state: URLSearchParams): void {
    const ids = (key: string) => [state.get(key) ?? ''].filter((id) => id !== '');
    this.actor.set(ids('actor'));
    this.position.set(ids('position'));
  }
}
