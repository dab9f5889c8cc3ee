import { quoteId } from '../../model/ids';
import { parsePartialDate } from '../../model/partial-date';
import type { StatementInput } from '../format';
import { speakersOf } from '../format-sources';
import { IssueCode } from '../issues';
import type { Origin } from '../validate/origin';
import type { References } from '../validate/references';
import { redLineStatusRows } from './red-line-status-rows';
import { legacyStatementHash, statementContentHash } from './statement-hash';
import { planUrlDocuments } from './url-documents';
import type { WritePlan } from './write-plan';

type PlannedStatement = WritePlan['statements'][number];

/**
 * A statement's row, with the quotes, stances, plan and red line statuses it owns, added to the plan when
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
    speakers: speakerRows(refs, s, o),
    onBehalfOf: s.onBehalfOf.map((r, i) => refs.resolveActor(r, o, ['onBehalfOf', i]) ?? r),
    topics: s.topics.filter((t, i) => refs.exists('topic', t, o, ['topics', i])),
    summary: s.summary ?? null,
    language: s.language ?? null,
    location: s.location ?? null,
    respondsTo: s.respondsTo.filter((e, i) => refs.exists('event', e, o, ['respondsTo', i])),
    reportedIn: reportedIn(refs, plan, s, o),
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
    const planOk = refs.isPositionOfType('PEACE_PLAN', ps.plan, o, ['planStatuses', i, 'plan']);
    if (!quote || !planOk) return [];
    return [{ planId: ps.plan, quoteId: quote, statementId: id, status: ps.status }];
  });
  const redLineStatuses = redLineStatusRows(refs, s, o, row, refIds);
  const content = { ...row, quotes, stances, planStatuses, redLineStatuses };
  // Planned again (the write pass after validation): the hash is known, hashing is costly.
  const hash = refs.sameRecordDefinition('statement', id, o)?.hash ?? statementContentHash(content);
  const legacy = () => legacyStatementHash(content);
  if (refs.define('statement', id, hash, o, legacy))
    plan.statements.push({ ...content, contentHash: hash });
  return id;
}

/**
 * Who spoke, in the order given, each actor resolved like `speaker` (whose shorthand it is);
 * `speaker` and `speakers` together, or one actor twice, is an issue.
 */
function speakerRows(refs: References, s: StatementInput, o: Origin): PlannedStatement['speakers'] {
  if (s.speaker !== undefined && s.speakers !== undefined)
    refs.issue(
      o,
      ['speakers'],
      IssueCode.CONFLICTING_FIELDS,
      'give either speaker (one person) or speakers (several, with roles), not both',
    );
  const seen = new Set<string>();
  return speakersOf(s).flatMap((sp, i) => {
    const path = s.speakers === undefined ? ['speaker'] : ['speakers', i, 'actor'];
    const actor = refs.resolveActor(sp.actor, o, path);
    if (actor === undefined) return [];
    if (seen.has(actor))
      refs.issue(o, path, IssueCode.DUPLICATE_ID, `"${sp.actor}" is a speaker twice`);
    seen.add(actor);
    return [{ actor, role: sp.role ?? null }];
  });
}

/** The documents that report it: those it names, then those its urls stand for, each once. */
function reportedIn(refs: References, plan: WritePlan, s: StatementInput, o: Origin): string[] {
  const named = s.reportedIn.filter((d, i) => refs.exists('document', d, o, ['reportedIn', i]));
  const fromUrls = planUrlDocuments(refs, plan, s, o).filter((d) => !named.includes(d));
  return [...named, ...new Set(fromUrls)];
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
