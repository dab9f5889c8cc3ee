import { contentHashOfSorted, quoteId } from '../../model/ids';
import { parsePartialDate } from '../../model/partial-date';
import type { StatementInput } from '../format';
import { IssueCode } from '../issues';
import type { Origin } from '../validate/origin';
import type { References } from '../validate/references';
import { asSet, asSetOf } from './content-hash';
import type { WritePlan } from './write-plan';

type PlannedStatement = WritePlan['statements'][number];

/**
 * A statement's row, with the quotes, stances and plan statuses it owns, added to the plan when
 * it is new to the batch and the graph. Returns its id.
 */
export function planStatement(
  refs: References,
  plan: WritePlan,
  s: StatementInput,
  o: Origin,
): string {
  const id = refs.statementIdOf(s);
  refs.duplicates.check(refs, s, id, o);
  const date = parsePartialDate(s.date)!;
  const refIds = quoteIds(refs, s, o);
  const row = {
    id,
    date: date.date,
    datePrecision: date.precision,
    kind: s.kind ?? null,
    speaker: s.speaker ? (refs.resolveActor(s.speaker, o, ['speaker']) ?? null) : null,
    onBehalfOf: s.onBehalfOf.map((r, i) => refs.resolveActor(r, o, ['onBehalfOf', i]) ?? r),
    topics: s.topics.filter((t, i) => refs.exists('topic', t, o, ['topics', i])),
    summary: s.summary ?? null,
    language: s.language ?? null,
    location: s.location ?? null,
    respondsTo: s.respondsTo.filter((e, i) => refs.exists('event', e, o, ['respondsTo', i])),
    reportedIn: s.reportedIn.filter((d, i) => refs.exists('document', d, o, ['reportedIn', i])),
    distinctFrom: [...s.distinctFrom].sort(),
    fingerprint: refs.fingerprintOf(s),
  };
  // Quotes, stances and plan statuses are hashed as they are made: their keys in sorted order
  // (tests/unit/ingest/statement-hash.test.ts holds the hash equal to contentHash's).
  const quotes = s.quotes.map((q) => ({
    id: refIds.get(q.ref) ?? quoteId(q.text),
    ref: q.ref,
    statementId: id,
    text: q.text,
  }));
  const stances = stanceRows(refs, s, o, id, refIds);
  const planStatuses = s.planStatuses.flatMap((ps, i) => {
    const quote = refs.quoteOf(refIds, ps.quote, o, ['planStatuses', i, 'quote']);
    const planOk = refs.isPeacePlan(ps.plan, o, ['planStatuses', i, 'plan']);
    if (!quote || !planOk) return [];
    return [{ planId: ps.plan, quoteId: quote, statementId: id, status: ps.status }];
  });
  const owned = { quotes, stances, planStatuses };
  // Planned again (the write pass after validation): the hash is known, hashing is costly.
  const hash =
    refs.sameRecordDefinition('statement', id, o)?.hash ??
    statementHash(canonicalStatement({ ...row, ...owned }));
  const legacy = () => statementHash({ ...row, ...owned });
  if (refs.define('statement', id, hash, o, legacy))
    plan.statements.push({ ...row, contentHash: hash, ...owned });
  return id;
}

/** The quote id of each ref of the statement; a ref given twice is an issue. */
function quoteIds(refs: References, s: StatementInput, o: Origin): Map<string, string> {
  const ids = new Map<string, string>();
  s.quotes.forEach((q, i) => {
    if (ids.has(q.ref))
      refs.issue(
        o,
        ['quotes', i, 'ref'],
        IssueCode.DUPLICATE_ID,
        `quote ref "${q.ref}" is used twice in this statement`,
      );
    ids.set(q.ref, quoteId(q.text));
  });
  return ids;
}

function stanceRows(
  refs: References,
  s: StatementInput,
  o: Origin,
  id: string,
  refIds: ReadonlyMap<string, string>,
): PlannedStatement['stances'] {
  const stanceKeys = new Set<string>();
  return s.stances.flatMap((st, i) => {
    const key = JSON.stringify([st.position, st.quote, st.act]);
    if (stanceKeys.has(key))
      refs.issue(
        o,
        ['stances', i],
        IssueCode.DUPLICATE_ID,
        'the same position, quote and act are given twice in this statement',
      );
    stanceKeys.add(key);
    const quote = refs.quoteOf(refIds, st.quote, o, ['stances', i, 'quote']);
    const positionOk = refs.exists('position', st.position, o, ['stances', i, 'position']);
    const target = st.target
      ? (refs.resolveActor(st.target, o, ['stances', i, 'target']) ?? null)
      : null;
    if (!quote || !positionOk) return [];
    return [
      {
        act: st.act ?? null,
        modality: st.modality,
        positionId: st.position,
        quoteId: quote,
        stance: st.stance,
        statementId: id,
        target,
      },
    ];
  });
}

type StatementContent = Omit<PlannedStatement, 'contentHash'>;

/**
 * The statement with the lists whose order carries no meaning sorted (see content-hash.ts):
 * who it speaks for, topics, events, documents, quotes, stances and plan statuses.
 */
function canonicalStatement(row: StatementContent): StatementContent {
  return {
    ...row,
    onBehalfOf: asSet(row.onBehalfOf),
    topics: asSet(row.topics),
    respondsTo: asSet(row.respondsTo),
    reportedIn: asSet(row.reportedIn),
    quotes: asSetOf(row.quotes),
    stances: asSetOf(row.stances),
    planStatuses: asSetOf(row.planStatuses),
  };
}

/** contentHash of the statement, its keys written in sorted order (contentHashOfSorted). */
function statementHash(row: StatementContent): string {
  return contentHashOfSorted({
    date: row.date,
    datePrecision: row.datePrecision,
    // Only when there are any: statements written before distinctFrom keep their hash.
    distinctFrom: row.distinctFrom.length ? row.distinctFrom : undefined,
    id: row.id,
    kind: row.kind,
    language: row.language,
    location: row.location,
    onBehalfOf: row.onBehalfOf,
    // Only when there are any: statements written before plan statuses keep their hash.
    planStatuses: row.planStatuses.length ? row.planStatuses : undefined,
    quotes: row.quotes,
    reportedIn: row.reportedIn,
    respondsTo: row.respondsTo,
    speaker: row.speaker,
    stances: row.stances,
    summary: row.summary,
    topics: row.topics,
  });
}
