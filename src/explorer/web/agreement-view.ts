import { agreementSpec, pairLabel, reasonText } from '../charts/agreement';
import type { AgreementCell, AgreementData } from '../charts/types';
import { gql } from './api';
import { drawChart } from './chart';
import { byId, h, pushState, readState, showError } from './dom';
import { EVIDENCE_FIELDS, evidenceList, showEvidence, withDetails } from './evidence';
import type { EvidenceItem, EvidenceRef } from './evidence';
import { complete, loadChoices, mount, ScopeForm } from './scope-form';

/**
 * Agreement heat map: pairs × buckets from `agreement`, n in each cell, undefined cells with
 * their reason. A click asks for that pair and bucket again, with the positions counted and
 * both sides' evidence.
 */

const MEASURES = [
  'S_SCORE',
  'S_SCORE_SQUARED',
  'AGREEMENT_INDEX',
  'SCOTT_PI',
  'COHEN_KAPPA',
  'WEIGHTED_KAPPA',
];

interface AgreementResult {
  agreement: {
    measure: string;
    buckets: { key: string; from: string; to: string }[];
    actors: { id: string; name: string }[];
    pairs: {
      actorA: { id: string };
      actorB: { id: string };
      bucket: { key: string };
      score: number | null;
      n: number;
      reason: string | null;
    }[];
  };
}

const AGREEMENT = `query Agreement($actors: [ID!]!, $topic: ID, $from: String!, $to: String!, $interval: Interval!, $measure: AgreementMeasure!) {
  agreement(actors: $actors, topic: $topic, from: $from, to: $to, interval: $interval, measure: $measure) {
    measure buckets { key from to } actors { id name }
    pairs { actorA { id } actorB { id } bucket { key } score n reason }
  }
}`;

interface Side {
  stance: string | null;
  carried: boolean;
  mixed: boolean;
  evidence: EvidenceRef[];
}

const PAIR = `query Pair($actors: [ID!]!, $topic: ID, $from: String!, $to: String!, $measure: AgreementMeasure!) {
  agreement(actors: $actors, topic: $topic, from: $from, to: $to, interval: NONE, measure: $measure) {
    pairs { comparisons { position { id label }
      a { stance carried mixed evidence { ${EVIDENCE_FIELDS} } }
      b { stance carried mixed evidence { ${EVIDENCE_FIELDS} } } } }
  }
}`;

export async function agreementView(): Promise<void> {
  const choices = await loadChoices();
  const measure = h(
    'select',
    { id: 'measure', name: 'measure' },
    ...MEASURES.map((m) => h('option', { value: m }, m.toLowerCase().replace(/_/g, ' '))),
  );
  const form = new ScopeForm(choices, [h('label', { for: 'measure' }, 'Measure'), measure], () => {
    pushState(ScopeForm.toState(form.read(), { measure: measure.value }));
    void render();
  });
  const { chart, panel, table } = mount(form.element);

  async function render(): Promise<void> {
    const state = readState();
    form.write(state, 'YEAR');
    measure.value = state.get('measure') ?? 'S_SCORE';
    panel.hidden = true;
    if (!complete(state)) {
      chart.replaceChildren(
        h('p', {}, 'Pick two actors or more, a topic and a window, then Show.'),
      );
      return;
    }
    chart.replaceChildren(h('p', { class: 'loading' }, 'Loading…'));
    try {
      const scope = { ...form.read(), measure: measure.value };
      const { agreement: r } = await gql<AgreementResult>(AGREEMENT, scope);
      const data: AgreementData = {
        measure: r.measure,
        actors: r.actors.map((a) => ({ id: a.id, label: a.name })),
        buckets: r.buckets.map((b) => b.key),
        pairs: r.pairs.map((p) => ({
          actorA: p.actorA.id,
          actorB: p.actorB.id,
          bucket: p.bucket.key,
          score: p.score,
          n: p.n,
          reason: p.reason,
        })),
      };
      const buckets = new Map(r.buckets.map((b) => [b.key, b]));
      const open = (pair: AgreementCell) => {
        const bucket = buckets.get(pair.bucket)!;
        void openPair(panel, data, pair, { ...scope, from: bucket.from, to: bucket.to });
      };
      drawChart(chart, agreementSpec(data), (value) => {
        const pair = data.pairs[value[3]!];
        if (pair) open(pair);
      });
      table.replaceChildren(pairList(data, open));
      document.documentElement.dataset.drawn = 'agreement';
    } catch (error) {
      showError(chart, error);
    }
  }

  window.addEventListener('popstate', () => void render());
  await render();
  byId('scope');
}

async function openPair(
  panel: HTMLElement,
  data: AgreementData,
  pair: AgreementCell,
  scope: { topic: string | null; from: string; to: string; measure: string },
): Promise<void> {
  const score =
    pair.score === null ? `undefined (${reasonText(pair.reason)})` : pair.score.toFixed(3);
  const heading = `${pairLabel(data, pair)} · ${pair.bucket}: ${score}, n = ${pair.n}`;
  try {
    const result = await gql<{
      agreement: { pairs: { comparisons: { position: { label: string }; a: Side; b: Side }[] }[] };
    }>(PAIR, { ...scope, actors: [pair.actorA, pair.actorB] });
    const comparisons = result.agreement.pairs[0]?.comparisons ?? [];
    const items = await withDetails(comparisons.flatMap((c) => [...c.a.evidence, ...c.b.evidence]));
    const detailed = (refs: readonly EvidenceRef[]): EvidenceItem[] =>
      refs.map((ref) =>
        items.find((i) => i.statementId === ref.statementId && i.quoteId === ref.quoteId)!,
      );
    const side = (name: string, s: Side) =>
      h(
        'div',
        { class: 'side' },
        h(
          'h4',
          {},
          `${name}: ${s.mixed ? 'mixed' : (s.stance ?? 'no stance').toLowerCase()}${s.carried ? ' (carried)' : ''}`,
        ),
        evidenceList(detailed(s.evidence)),
      );
    const names = pairLabel(data, pair).split(' – ');
    const body =
      comparisons.length === 0
        ? h('p', {}, 'No position counted for this pair in this period.')
        : h(
            'div',
            {},
            ...comparisons.map((c) =>
              h(
                'section',
                { class: 'comparison' },
                h('h3', {}, c.position.label),
                side(names[0]!, c.a),
                side(names[1]!, c.b),
              ),
            ),
          );
    showEvidence(panel, heading, body);
  } catch (error) {
    showEvidence(panel, heading, h('p', { class: 'error' }, String(error)));
  }
}

/** Every cell as a button: the keyboard's way in, and the chart's text alternative. */
function pairList(data: AgreementData, open: (pair: AgreementCell) => void): HTMLElement {
  return h(
    'details',
    {},
    h('summary', {}, 'The cells as a list (keyboard: each opens its positions and evidence)'),
    h(
      'ul',
      {},
      ...data.pairs.map((pair) => {
        const score = pair.score === null ? reasonText(pair.reason) : pair.score.toFixed(2);
        const button = h(
          'button',
          { type: 'button', class: 'cell' },
          `${pairLabel(data, pair)}, ${pair.bucket}: ${score}, n = ${pair.n}`,
        );
        button.addEventListener('click', () => open(pair));
        return h('li', {}, button);
      }),
    ),
  );
}
