import type { Shown } from '../../catalog/catalog';
import type {
  ActorShowRow,
  IdName,
  PositionShowRow,
  StatementShowRow,
} from '../../catalog/catalog.queries';
import { textOf } from './text';

const named = (nodes: readonly IdName[]) =>
  nodes.map((node) => `${node.id} (${node.name})`).join(', ') || '—';

const quoted = (text: string | null) => (text === null ? '' : `  “${text}”`);

/** An act or kind the source does not give: shown as such, never guessed. */
const UNSPECIFIED = 'unspecified';

/** Each speaker on a line of its own, with the role they spoke in. */
function speakerLines(speakers: StatementShowRow['speakers']): string[] {
  if (speakers.length === 0) return ['  speaker      —'];
  return speakers.map(
    (sp, i) =>
      `  ${i === 0 ? (speakers.length > 1 ? 'speakers' : 'speaker').padEnd(12) : ' '.repeat(12)} ${sp.id} (${sp.name})${sp.role === null ? '' : `, ${sp.role}`}`,
  );
}

/** Where it was reported: the url (or the id), then the title when there is one. */
function documentLines(documents: StatementShowRow['documents']): string[] {
  return documents.map(
    (d, i) =>
      `  ${(i === 0 ? 'reported in' : '').padEnd(12)} ${d.url ?? d.id}${d.title === null ? '' : `  “${d.title}”`}`,
  );
}

function statementText(s: StatementShowRow): string[] {
  const lines = [
    `statement ${s.id}${s.status ? `  [${s.status.toLowerCase()}]` : ''}`,
    `  date         ${s.date}`,
    `  kind         ${s.kind ?? UNSPECIFIED}`,
    ...speakerLines(s.speakers),
    `  on behalf of ${named(s.onBehalfOf)}`,
    ...documentLines(s.documents),
  ];
  if (s.summary) lines.push(`  summary      ${s.summary}`);
  lines.push('', 'stances');
  for (const st of s.stances) {
    const how = [st.act ?? `act ${UNSPECIFIED}`, st.modality]
      .filter((part) => part !== null)
      .join(', ');
    lines.push(`  ${st.stance.padEnd(8)} ${st.position} (${st.label ?? '—'})  ${how}`);
    if (st.quote !== null) lines.push(`           ${quoted(st.quote).trim()}`);
  }
  lines.push('', 'quotes');
  for (const quote of s.quotes) lines.push(`  “${quote}”`);
  return lines;
}

function actorText(a: ActorShowRow): string[] {
  const lines = [`actor ${a.id} (${a.name})${a.kind ? `  ${a.kind}` : ''}`];
  if (a.aliases.length > 0) lines.push(`  also called ${a.aliases.join('; ')}`);
  lines.push('', a.statements.length > 0 ? 'recent statements' : 'no statements');
  for (const s of a.statements) {
    lines.push(`  ${s.date}  ${s.id}  ${s.stances} stance${s.stances === 1 ? '' : 's'}`);
    if (s.summary) lines.push(`              ${s.summary}`);
  }
  return lines;
}

function positionText(p: PositionShowRow): string[] {
  const lines = [`position ${p.id} (${p.label ?? '—'})  ${p.type}`];
  if (p.about.length > 0) lines.push(`  about ${p.about.join(', ')}`);
  lines.push('', p.stances.length > 0 ? 'stances, actor by actor, newest first' : 'no stances');
  for (const st of p.stances) {
    const actor = st.actor === null ? '—' : `${st.actor} (${st.actorName})`;
    lines.push(`  ${actor}  ${st.stance}  ${st.date}  ${st.statement}${quoted(st.quote)}`);
  }
  if (p.redLineStatuses.length > 0) lines.push('', 'red line statuses, oldest first');
  for (const rs of p.redLineStatuses) {
    const by = rs.by.join(', ') || '—';
    lines.push(
      `  ${rs.date}  ${rs.status.padEnd(16)}  by ${by}  ${rs.statement}${quoted(rs.quote)}`,
    );
  }
  return lines;
}

/** `diplograph show` as text: what was found, then what shows it. */
export function shownText(shown: Shown): string {
  if (shown.kind === 'statement') return textOf(statementText(shown.statement));
  if (shown.kind === 'actor') return textOf(actorText(shown.actor));
  return textOf(positionText(shown.position));
}
