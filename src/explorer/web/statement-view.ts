import { gql } from './api';
import { byId, h, showError, statementHref } from './dom';
import { documentLink } from './evidence';

/**
 * Statement: everything the API holds on one statement — speaker and roles, on whose behalf,
 * stances with their quotes, sources, and its corrections (status, reason, the statements that
 * supersede it). Opened as /explorer/statement/ID or /explorer/statement?id=ID, which is where
 * the evidence panels link.
 */

interface Named {
  id: string;
  name: string;
}

interface StatementResult {
  statement: {
    id: string;
    date: string;
    datePrecision: string;
    kind: string | null;
    summary: string | null;
    language: string | null;
    location: string | null;
    status: string;
    statusReason: string | null;
    recordedAt: string | null;
    // ROLES: a Person speaker's roles today; when Statement gains `speakers` (with the role each
    // spoke in), read them here and in speakerText below instead.
    speaker:
      | (Named & {
          roles?: { title: string; from: string | null; to: string | null; of: { name: string } }[];
        })
      | null;
    onBehalfOf: Named[];
    topics: Named[];
    respondsTo: { date: string; description: string }[];
    quotes: { ref: string; quote: { id: string; text: string } }[];
    stances: {
      stance: string;
      act: string | null;
      modality: string;
      position: { id: string; label: string };
      quote: { id: string };
      target: { name: string } | null;
    }[];
    documents: {
      title: string;
      url: string | null;
      publishedAt: string | null;
      source: { name: string } | null;
      republishedBy: { name: string }[];
    }[];
    supersededBy: StatementRef[];
    supersedes: StatementRef[];
  } | null;
}

const STATEMENT = `query Statement($id: ID!) {
  statement(id: $id) {
    id date datePrecision kind summary language location status statusReason recordedAt
    speaker { id name ... on Person { roles { title from to of { name } } } }
    onBehalfOf { id name } topics { id name } respondsTo { date description }
    quotes { ref quote { id text } }
    stances { stance act modality position { id label } quote { id } target { name } }
    documents { title url publishedAt source { name } republishedBy { name } }
    supersededBy { id date summary }
    supersedes { id date summary }
  }
}`;

type Statement = NonNullable<StatementResult['statement']>;

/** Another statement in a supersession, by its id, date and summary. */
interface StatementRef {
  id: string;
  date: string;
  summary: string | null;
}

/** The id in the URL: the path's last part, or ?id=. */
export function statementIdFromUrl(location: Location): string {
  const prefix = '/explorer/statement/';
  if (location.pathname.startsWith(prefix)) {
    return decodeURIComponent(location.pathname.slice(prefix.length));
  }
  return new URLSearchParams(location.search).get('id') ?? '';
}

export async function statementView(): Promise<void> {
  const target = byId('statement');
  const id = statementIdFromUrl(window.location);
  const input = h('input', { id: 'statement-id', name: 'id', value: id, size: '40' });
  const form = h(
    'form',
    { class: 'scope', id: 'scope', action: '/explorer/statement' },
    h('label', { for: 'statement-id' }, 'Statement id'),
    input,
    h('button', { type: 'submit' }, 'Show'),
  );
  byId('controls').replaceChildren(form);
  if (id === '') {
    target.replaceChildren(
      h('p', {}, 'Give a statement id, or follow one from an evidence panel.'),
    );
    return;
  }
  try {
    const { statement } = await gql<StatementResult>(STATEMENT, { id });
    if (statement === null) {
      target.replaceChildren(h('p', { class: 'error', role: 'alert' }, `No statement ${id}.`));
      return;
    }
    target.replaceChildren(...statementParts(statement));
    document.title = `${statement.id} — Diplograph`;
    document.documentElement.dataset.drawn = 'statement';
  } catch (error) {
    showError(target, error);
  }
}

function statementParts(s: Statement): HTMLElement[] {
  const facts: [string, string | Node][] = [
    ['Date', `${s.date} (${s.datePrecision.toLowerCase()})`],
    ['Kind', (s.kind ?? 'not given').toLowerCase().replace(/_/g, ' ')],
    ['Speaker', speakerText(s)],
    ['On behalf of', s.onBehalfOf.map((a) => a.name).join(', ') || 'not given'],
    ['Topics', s.topics.map((t) => t.name).join(', ') || 'none'],
    ['Location', s.location ?? 'not given'],
    ['Language', s.language ?? 'not given'],
    ['Responds to', s.respondsTo.map((e) => `${e.date}: ${e.description}`).join('; ') || 'none'],
    ['Recorded', s.recordedAt ?? 'not given'],
  ];
  return [
    h('h2', { id: 'statement-summary' }, s.summary ?? s.id),
    h('p', {}, h('code', { id: 'statement-code' }, s.id)),
    h(
      'dl',
      { id: 'facts' },
      ...facts.flatMap(([term, value]) => [
        h('dt', {}, term),
        h('dd', { 'data-field': term.toLowerCase().replace(/ /g, '-') }, value),
      ]),
    ),
    stanceTable(s),
    h('h3', {}, 'Quotes'),
    h(
      'ol',
      { id: 'quotes', class: 'evidence' },
      ...s.quotes.map((q) =>
        h(
          'li',
          { 'data-ref': q.ref },
          h('span', { class: 'tag' }, q.ref),
          h('blockquote', {}, q.quote.text),
        ),
      ),
    ),
    h('h3', {}, 'Sources'),
    h(
      'ul',
      { id: 'documents' },
      s.documents.length === 0 && h('li', {}, 'No source document recorded.'),
      ...s.documents.map((d) =>
        h(
          'li',
          {},
          documentLink(d),
          d.publishedAt ? ` · published ${d.publishedAt}` : '',
          d.republishedBy.length > 0
            ? ` · republished by ${d.republishedBy.map((r) => r.name).join(', ')}`
            : '',
        ),
      ),
    ),
    corrections(s),
  ];
}

function speakerText(s: Statement): string {
  if (s.speaker === null) return 'no named speaker';
  const roles = (s.speaker.roles ?? []).map(
    (r) => `${r.title}, ${r.of.name}${r.from || r.to ? ` (${r.from ?? '…'}–${r.to ?? ''})` : ''}`,
  );
  return roles.length === 0 ? s.speaker.name : `${s.speaker.name} — ${roles.join('; ')}`;
}

function stanceTable(s: Statement): HTMLElement {
  const quoteRef = new Map(s.quotes.map((q) => [q.quote.id, q.ref]));
  const actor = s.onBehalfOf[0];
  const history = (positionId: string) =>
    actor === undefined
      ? null
      : `/explorer/history?${new URLSearchParams({ actor: actor.id, position: positionId }).toString()}`;
  const rows = s.stances.map((st) => {
    const href = history(st.position.id);
    return h(
      'tr',
      { 'data-position': st.position.id },
      h('th', { scope: 'row' }, href ? h('a', { href }, st.position.label) : st.position.label),
      h('td', {}, st.stance.toLowerCase()),
      h('td', {}, (st.act ?? '—').toLowerCase().replace(/_/g, ' ')),
      h('td', {}, st.modality.toLowerCase()),
      h('td', {}, st.target?.name ?? ''),
      h('td', {}, quoteRef.get(st.quote.id) ?? ''),
    );
  });
  const head = ['Position', 'Stance', 'Act', 'Modality', 'Aimed at', 'Quote'];
  return h(
    'section',
    {},
    h('h3', {}, `Stances (${s.stances.length})`),
    h(
      'table',
      { id: 'stances' },
      h('thead', {}, h('tr', {}, ...head.map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, ...rows),
    ),
  );
}

function corrections(s: Statement): HTMLElement {
  return h(
    'section',
    { id: 'corrections' },
    h('h3', {}, 'Corrections'),
    h(
      'p',
      { 'data-status': s.status },
      `Status: ${s.status.toLowerCase()}`,
      s.statusReason ? ` — ${s.statusReason}` : '',
    ),
    s.supersededBy.length === 0
      ? h('p', {}, 'Not superseded.')
      : statementLinks('superseded-by', 'Superseded by ', s.supersededBy),
    // The other direction: what this statement corrects, so either end leads to the other.
    s.supersedes.length === 0
      ? h('p', {}, 'Supersedes no statement.')
      : statementLinks('supersedes', 'Supersedes ', s.supersedes),
  );
}

function statementLinks(id: string, lead: string, refs: readonly StatementRef[]): HTMLElement {
  return h(
    'ul',
    { id },
    ...refs.map((n) =>
      h(
        'li',
        {},
        lead,
        h('a', { href: statementHref(n.id) }, n.id),
        ` (${n.date})${n.summary ? `: ${n.summary}` : ''}`,
      ),
    ),
  );
}
