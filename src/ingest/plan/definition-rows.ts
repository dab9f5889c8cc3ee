import { contentHash, stableJson } from '../../model/ids';
import { parsePartialDate } from '../../model/partial-date';
import type { ActorInput, PositionInput } from '../format';
import { IssueCode } from '../issues';
import type { Origin } from '../validate/origin';
import type { References } from '../validate/references';
import {
  actorHashes,
  documentHashes,
  eventHashes,
  placeHashes,
  positionHashes,
} from './definition-hashes';
import type { PositionRow } from './definition-hashes';
import type { WritePlan } from './write-plan';

/**
 * The rows of the documents' definitions (everything but statements), each with its content
 * hash, added to the plan where the definition first occurs and only when the graph lacks it.
 */
export function planDefinitions(refs: References, plan: WritePlan): void {
  refs.forEach('actors', (a, o) => planActor(refs, plan, a, o));
  refs.forEach('topics', (t, o) => {
    const row = { id: t.id, name: t.name, description: t.description ?? null };
    const hash = contentHash(row);
    if (refs.define('topic', t.id, hash, o)) plan.topics.push({ ...row, contentHash: hash });
  });
  refs.forEach('places', (p, o) => {
    const within = p.within ? refs.resolvePlaceOrActor(p.within, o, ['within']) : null;
    const row = { id: p.id, name: p.name, aliases: p.aliases, within };
    const { hash, legacy } = placeHashes(row);
    if (refs.define('place', p.id, hash, o, legacy))
      plan.places.push({ ...row, contentHash: hash });
  });
  refs.forEach('events', (e, o) => {
    const date = parsePartialDate(e.date)!;
    const row = {
      id: e.id,
      date: date.date,
      datePrecision: date.precision,
      description: e.description,
      places: e.places.filter((id, i) => refs.exists('place', id, o, ['places', i])),
      topics: e.topics.filter((id, i) => refs.exists('topic', id, o, ['topics', i])),
    };
    const { hash, legacy } = eventHashes(row);
    if (refs.define('event', e.id, hash, o, legacy))
      plan.events.push({ ...row, contentHash: hash });
  });
  refs.forEach('sources', (s, o) => {
    const row = { id: s.id, name: s.name, url: s.url ?? null };
    const hash = contentHash(row);
    if (refs.define('source', s.id, hash, o)) plan.sources.push({ ...row, contentHash: hash });
  });
  refs.forEach('documents', (d, o) => planDocument(refs, plan, d, o));
  planPositionTypes(refs, plan);
  refs.forEach('positions', (p, o) => planPosition(refs, plan, p, o));
}

/** Position types, parents first; a parent must be defined, and parents form no loop. */
function planPositionTypes(refs: References, plan: WritePlan): void {
  const tree = refs.positionTypes();
  refs.forEach('positionTypes', (t, o) => {
    const parent = t.parent ?? null;
    if (parent !== null) {
      if (!refs.positionTypeExists(parent, o, ['parent'])) return;
      const loop = tree.cycleFrom(t.id);
      if (loop !== null) {
        refs.issue(
          o,
          ['parent'],
          IssueCode.SCHEMA_VIOLATION,
          `position type "${t.id}" is its own ancestor (through "${loop}")`,
        );
        return;
      }
    }
    const row = { id: t.id, label: t.label, description: t.description ?? null, parent };
    // Cues are part of the definition (their order too: a type's first cue that matches wins),
    // so cues added or changed later conflict like any other change. A type without cues hashes
    // as before cues were kept (stableJson leaves an undefined member out).
    const cues = t.cues?.length ? t.cues : undefined;
    const hash = contentHash({ ...row, cues });
    if (refs.define('positionType', t.id, hash, o))
      plan.positionTypes.push({ ...row, cues: cues ? stableJson(cues) : null, contentHash: hash });
  });
  const depth = (id: string): number => {
    const parent = tree.get(id)?.parent ?? null;
    return parent === null ? 0 : 1 + depth(parent);
  };
  plan.positionTypes.sort((a, b) => depth(a.id) - depth(b.id));
}

function planActor(refs: References, plan: WritePlan, a: ActorInput, o: Origin): void {
  const partOf = a.partOf ? (refs.resolveActor(a.partOf, o, ['partOf']) ?? null) : null;
  const row = {
    id: a.id,
    kind: a.kind,
    name: a.name,
    aliases: a.aliases,
    wikidataId: a.wikidataId ?? null,
    orgKind: a.orgKind ?? null,
    partOf,
  };
  const roles = a.roles.map((r, i) => ({
    personId: a.id,
    actorId: refs.resolveActor(r.of, o, ['roles', i, 'of']) ?? r.of,
    title: r.title,
    from: r.from ?? null,
    to: r.to ?? null,
  }));
  const { hash, legacy } = actorHashes(row, roles);
  if (refs.define('actor', a.id, hash, o, legacy)) {
    plan.actors.push({ ...row, contentHash: hash });
    plan.roles.push(...roles);
  }
}

function planDocument(
  refs: References,
  plan: WritePlan,
  d: Parameters<References['documentIdOf']>[0],
  o: Origin,
): void {
  refs.exists('source', d.source, o, ['source']);
  d.republishedBy.forEach((id, i) => refs.exists('source', id, o, ['republishedBy', i]));
  const zoneKnown = d.publishedAt !== 'unknown' && /(?:Z|[+-]\d{2}:?\d{2})$/.test(d.publishedAt);
  const row = {
    id: refs.documentIdOf(d),
    source: d.source,
    title: d.title,
    url: d.url ?? null,
    publishedAt: d.publishedAt === 'unknown' ? null : d.publishedAt,
    publishedAtZoneKnown: zoneKnown,
    retrievedAt: d.retrievedAt && d.retrievedAt !== 'unknown' ? d.retrievedAt : null,
    republishedBy: d.republishedBy,
    language: d.language ?? null,
    framing: d.framing,
  };
  const { hash, legacy } = documentHashes(row);
  if (refs.define('document', row.id, hash, o, legacy))
    plan.documents.push({ ...row, contentHash: hash });
}

function planPosition(refs: References, plan: WritePlan, p: PositionInput, o: Origin): void {
  const id = refs.positionIdOf(p);
  refs.positionTypeExists(p.type, o, ['type']);
  if (p.peacePlan && p.type !== 'PEACE_PLAN')
    refs.issue(
      o,
      ['peacePlan'],
      IssueCode.SCHEMA_VIOLATION,
      'peacePlan is only for positions of type PEACE_PLAN',
    );
  if (p.redLine && p.type !== 'RED_LINE')
    refs.issue(
      o,
      ['redLine'],
      IssueCode.SCHEMA_VIOLATION,
      'redLine is only for positions of type RED_LINE',
    );
  const subjects = p.subjects.map((ref, ord) =>
    refs.resolveSubject(ref, o, ['subjects', ord], ord),
  );
  const row: PositionRow = {
    id,
    type: p.type,
    label: p.label,
    qualifier: p.qualifier ?? null,
    subjects: subjects.filter((s): s is NonNullable<typeof s> => s !== undefined),
    peacePlan: peacePlanRow(refs, p, o),
    redLine: redLineRow(refs, p, o),
  };
  const { hash, legacy } = positionHashes(row);
  if (refs.define('position', id, hash, o, legacy))
    plan.positions.push({ ...row, contentHash: hash });
}

function peacePlanRow(refs: References, p: PositionInput, o: Origin): PositionRow['peacePlan'] {
  const plan = p.peacePlan;
  if (!plan) return null;
  return {
    name: plan.name,
    status: plan.status,
    proposedBy: plan.proposedBy.map(
      (r, i) => refs.resolveActor(r, o, ['peacePlan', 'proposedBy', i]) ?? r,
    ),
    principles: plan.principles.filter((pid, i) =>
      refs.exists('position', pid, o, ['peacePlan', 'principles', i]),
    ),
    partners: plan.consultationPartners.flatMap((c, i) =>
      typeof c === 'string'
        ? [refs.resolveActor(c, o, ['peacePlan', 'consultationPartners', i]) ?? c]
        : [],
    ),
    partnerDescriptions: plan.consultationPartners.flatMap((c) =>
      typeof c === 'string' ? [] : [c.description],
    ),
  };
}

function redLineRow(refs: References, p: PositionInput, o: Origin): PositionRow['redLine'] {
  const redLine = p.redLine;
  if (!redLine) return null;
  return {
    declaredBy: redLine.declaredBy.map(
      (r, i) => refs.resolveActor(r, o, ['redLine', 'declaredBy', i]) ?? r,
    ),
    condition: redLine.condition,
    threatenedResponse: redLine.threatenedResponse ?? null,
    triggerEvent:
      redLine.triggerEvent &&
      refs.exists('event', redLine.triggerEvent, o, ['redLine', 'triggerEvent'])
        ? redLine.triggerEvent
        : null,
  };
}
