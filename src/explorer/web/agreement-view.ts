import { agreementSpec, pairLabel, reasonText } from '../charts/agreement';
import type { AgreementCell, AgreementData } from '../charts/types';
import { fetchAgreement } from './agreement-data';
import { AgreementOptions } from './agreement-options';
import type { AgreementOptionValues } from './agreement-options';
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

interface Side {
  stance: string | null;
  carried: boolean;
  mixed: boolean;
  evidence: EvidenceRef[];
}

const PAIR = `query Pair($actors: [ID!]!, $topic: ID, $positions: [ID!], $from: String!, $to: String!, $measure: AgreementMeasure!,
    $missing: MissingStance!, $basis: StanceBasis!, $minOverlap: Int!) {
  agreement(actors: $actors, topic: $topic, positions: $positions, from: $from, to: $to, interval: NONE, measure: $measure,
    missing: $missing, basis: $basis, minOverlap: $minOverlap) {
    pairs { comparisons { position { id label }
      a { stance carried mixed evidence { ${EVIDENCE_FIELDS} } }
      b { stance carried mixed evidence { ${EVIDENCE_FIELDS} } } } }
  }
}`;

export async function agreementView(): Promise<void> {
  const choices = await loadChoices();
  const options = new AgreementOptions();
  const form = new ScopeForm(choices, options.elements(), () => {
    pushState(ScopeForm.toState(form.read(), options.state()));
    void render();
  });
  const { chart, panel, table } = mount(form.element);

  async function render(): Promise<void> {
    const state = readState();
    form.write(state, 'YEAR');
    const wrong = options.write(state);
    panel.hidden = true;
    if (!complete(state)) {
      chart.replaceChildren(
        h('p', {}, 'Pick two actors or more, a topic and a window, then Show.'),
      );
      return;
    }
    if (wrong !== null) {
      showError(chart, wrong);
      return;
    }
    chart.replaceChildren(h('p', { class: 'loading' }, 'Loading…'));
    try {
      const scope = { ...form.read(), ...options.read() };
      const { data, buckets: list } = await fetchAgreement(scope);
      const buckets = new Map(list.map((b) => [b.key, b]));
      const open = (pair: AgreementCell) => {
        const bucket = buckets.get(pair.bucket)!;
        void openPair(panel, data, pair, { ...scope, from: bucket.from, to: bucket.to });
      };
      await drawChart(chart, agreementSpec(data), (value) => {
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
  scope: {
    topic: string | null;
    positions: string[] | null;
    from: string;
    to: string;
  } & AgreementOptionValues,
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
