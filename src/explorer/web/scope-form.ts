import { gql } from './api';
import { byId, h } from './dom';
import { Picker } from './picker';
import type { Choice } from './picker';

/**
 * The form every comparison view shares: actors, a topic, a window and an interval, read from
 * and written to the URL (?actors=IRN,TUR&topic=…&from=…&to=…&interval=MONTH). A link may also
 * name positions (&positions=ID,ID): kept, and said, but not picked here (a topic can have
 * thousands).
 */

export interface Scope {
  actors: string[];
  topic: string | null;
  /** Only these positions (with the topic's, those of both), or null for all the topic's. */
  positions: string[] | null;
  from: string;
  to: string;
  interval: string;
}

const INTERVALS = ['MONTH', 'QUARTER', 'YEAR', 'NONE'];

interface ChoicePage {
  edges: { node: Choice }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Every node of a connection, a page of 100 at a time (the API's cost limit), 5,000 at most. */
async function everyPage(field: 'actors' | 'positions', fields: string): Promise<Choice[]> {
  const all: Choice[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const data: Record<string, ChoicePage> = await gql(
      `query Page($after: String) { ${field}(first: 100, after: $after) { edges { node { ${fields} } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    const connection = data[field]!;
    all.push(...connection.edges.map((e) => e.node));
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  return all;
}

/** Every actor and every topic, for the pickers. */
export async function loadChoices(): Promise<{ actors: Choice[]; topics: Choice[] }> {
  const actors = await everyPage('actors', 'id name');
  const topics = await gql<{ topics: ChoicePage }>(
    `{ topics(first: 100) { edges { node { id name } } pageInfo { hasNextPage endCursor } } }`,
  );
  return { actors, topics: topics.topics.edges.map((e) => e.node) };
}

/** Every position, by its label (the picker's name), for the position history. */
export function loadPositions(): Promise<Choice[]> {
  return everyPage('positions', 'id name: label');
}

export class ScopeForm {
  readonly element: HTMLFormElement;
  readonly actors: Picker;
  readonly topic: Picker;
  private readonly from = h('input', {
    id: 'from',
    name: 'from',
    placeholder: '2020-09',
    required: '',
  });
  private readonly to = h('input', { id: 'to', name: 'to', placeholder: '2020-12', required: '' });
  private readonly positions = h('p', { id: 'positions-note', hidden: '' });
  private readonly interval = h(
    'select',
    { id: 'interval', name: 'interval' },
    ...INTERVALS.map((i) => h('option', { value: i }, i.toLowerCase())),
  );

  constructor(
    choices: { actors: Choice[]; topics: Choice[] },
    extra: HTMLElement[],
    onSubmit: () => void,
  ) {
    this.actors = new Picker('actors', 'Actors', choices.actors);
    this.topic = new Picker('topic', 'Topic', choices.topics, true);
    this.element = h(
      'form',
      { class: 'scope', id: 'scope' },
      this.actors.element,
      this.topic.element,
      h('label', { for: 'from' }, 'From'),
      this.from,
      h('label', { for: 'to' }, 'To'),
      this.to,
      h('label', { for: 'interval' }, 'Interval'),
      this.interval,
      ...extra,
      this.positions,
      h('button', { type: 'submit' }, 'Show'),
    );
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      onSubmit();
    });
  }

  read(): Scope {
    const [topic] = this.topic.ids();
    return {
      actors: this.actors.ids(),
      topic: topic ?? null,
      positions: this.positions.dataset.ids ? this.positions.dataset.ids.split(',') : null,
      from: this.from.value.trim(),
      to: this.to.value.trim(),
      interval: this.interval.value,
    };
  }

  write(state: URLSearchParams, defaultInterval: string): void {
    this.actors.set((state.get('actors') ?? '').split(',').filter((id) => id !== ''));
    const topic = state.get('topic');
    this.topic.set(topic ? [topic] : []);
    this.from.value = state.get('from') ?? '';
    this.to.value = state.get('to') ?? '';
    this.interval.value = state.get('interval') ?? defaultInterval;
    const positions = (state.get('positions') ?? '').split(',').filter((id) => id !== '');
    this.positions.dataset.ids = positions.join(',');
    this.positions.hidden = positions.length === 0;
    this.positions.textContent = `Only the ${positions.length} positions named in the link.`;
  }

  static toState(scope: Scope, extra: Record<string, string> = {}): URLSearchParams {
    const state = new URLSearchParams();
    state.set('actors', scope.actors.join(','));
    if (scope.topic !== null) state.set('topic', scope.topic);
    if (scope.positions !== null) state.set('positions', scope.positions.join(','));
    state.set('from', scope.from);
    state.set('to', scope.to);
    state.set('interval', scope.interval);
    for (const [key, value] of Object.entries(extra)) state.set(key, value);
    return state;
  }
}

/** The scope a URL names, as the form reads it once it has written the URL's state. */
export function scopeOfState(state: URLSearchParams, defaultInterval: string): Scope {
  const list = (key: string) => (state.get(key) ?? '').split(',').filter((id) => id !== '');
  const positions = list('positions');
  return {
    actors: list('actors'),
    topic: state.get('topic') || null,
    positions: positions.length === 0 ? null : positions,
    from: (state.get('from') ?? '').trim(),
    to: (state.get('to') ?? '').trim(),
    interval: state.get('interval') ?? defaultInterval,
  };
}

export function complete(state: URLSearchParams): boolean {
  return ['actors', 'from', 'to'].every((key) => (state.get(key) ?? '') !== '');
}

export function mount(form: HTMLElement): {
  chart: HTMLElement;
  panel: HTMLElement;
  table: HTMLElement;
} {
  byId('controls').replaceChildren(form);
  return { chart: byId('chart'), panel: byId('evidence'), table: byId('table') };
}
