import type { Shown } from '../../catalog/catalog';
import type {
  ActorShowRow,
  ActorStance,
  IdName,
  PositionShowRow,
  RecentStatement,
  RedLineStatusShown,
  StatementShowRow,
  StatementStance,
} from '../../catalog/catalog.queries';
import { jsonText } from './text';

/**
 * `diplograph show --format json`: what the table shows, as data. Every object is rebuilt here
 * with its keys in one order (the database returns maps in no set order), and an absent value is
 * null, never a missing key, so scripts and diffs can rely on the shape (README.md shows it).
 */

const idName = (n: IdName) => ({ id: n.id, name: n.name });

const statementStance = (st: StatementStance) => ({
  position: st.position,
  label: st.label,
  stance: st.stance,
  act: st.act,
  modality: st.modality,
  quote: st.quote,
});

function statementJson(s: StatementShowRow) {
  return {
    id: s.id,
    date: s.date,
    kind: s.kind,
    status: s.status,
    summary: s.summary,
    speakers: s.speakers.map((sp) => ({ id: sp.id, name: sp.name, role: sp.role })),
    onBehalfOf: s.onBehalfOf.map(idName),
    stances: s.stances.map(statementStance),
    quotes: [...s.quotes],
    documents: s.documents.map((d) => ({ id: d.id, title: d.title, url: d.url })),
  };
}

const recent = (s: RecentStatement) => ({
  id: s.id,
  date: s.date,
  summary: s.summary,
  stances: s.stances,
});

function actorJson(a: ActorShowRow) {
  return {
    id: a.id,
    name: a.name,
    kind: a.kind,
    aliases: [...a.aliases],
    statements: a.statements.map(recent),
  };
}

const actorStance = (st: ActorStance) => ({
  actor: st.actor,
  actorName: st.actorName,
  stance: st.stance,
  act: st.act,
  modality: st.modality,
  date: st.date,
  statement: st.statement,
  quote: st.quote,
});

const redLineStatus = (rs: RedLineStatusShown) => ({
  date: rs.date,
  status: rs.status,
  by: [...rs.by],
  statement: rs.statement,
  quote: rs.quote,
});

function positionJson(p: PositionShowRow) {
  return {
    id: p.id,
    type: p.type,
    label: p.label,
    about: [...p.about],
    stances: p.stances.map(actorStance),
    // As the table: empty but for a red line that statements reported a status of.
    redLineStatuses: p.redLineStatuses.map(redLineStatus),
  };
}

/** `{kind, statement | actor | position}`, keys in a fixed order. */
export function shownJson(shown: Shown): string {
  if (shown.kind === 'statement') {
    return jsonText({ kind: shown.kind, statement: statementJson(shown.statement) });
  }
  if (shown.kind === 'actor') return jsonText({ kind: shown.kind, actor: actorJson(shown.actor) });
  return jsonText({ kind: shown.kind, position: positionJson(shown.position) });
}
