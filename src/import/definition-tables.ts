import type { WritePlan } from '../ingest/plan/write-plan';
import { nodeKey } from './import-state';
import type { ImportState } from './import-state';

/**
 * A plan's definitions (actors to positions) as import rows: what write-01 to write-09 of
 * cypher/ingest would create in an empty graph, in their order.
 */
export function addDefinitions(state: ImportState, plan: WritePlan): void {
  addActors(state, plan);
  addSimpleNodes(state, plan);
  addPlaces(state, plan);
  addEvents(state, plan);
  addDocuments(state, plan);
  addPositionTypes(state, plan);
  addPositions(state, plan);
  for (const position of plan.positions) addPositionLinks(state, position);
}

function link(state: ImportState, start: string, type: string, end: string): void {
  if (state.isNewLink(start, type, end)) state.tables.links.add([start, end, type]);
}

const ACTOR_KIND_LABELS: Record<string, string> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  AUTHORITY: 'Authority',
};

function addActors(state: ImportState, plan: WritePlan): void {
  const { actors, roles } = state.tables;
  for (const a of plan.actors) {
    const key = nodeKey('Actor', a.id);
    if (state.isNewNode(key)) {
      const kindLabel = ACTOR_KIND_LABELS[a.kind];
      state.noteEmptyLists('Actor', a.id, { aliases: a.aliases });
      actors.add([
        key,
        a.id,
        a.name,
        a.aliases,
        a.kind,
        a.wikidataId,
        a.orgKind,
        a.contentHash,
        state.recordedAt,
        kindLabel === undefined ? ['Actor'] : ['Actor', kindLabel],
      ]);
    }
    if (a.partOf !== null) link(state, key, 'PART_OF', nodeKey('Actor', a.partOf));
  }
  for (const r of plan.roles) {
    const person = nodeKey('Actor', r.personId);
    const actor = nodeKey('Actor', r.actorId);
    if (state.isNewLink(person, 'HOLDS_ROLE', actor, r.title)) {
      roles.add([person, actor, 'HOLDS_ROLE', r.title, r.from, r.to]);
    }
  }
}

function addSimpleNodes(state: ImportState, plan: WritePlan): void {
  for (const t of plan.topics) {
    const key = nodeKey('Topic', t.id);
    if (state.isNewNode(key)) {
      state.tables.topics.add([key, t.id, t.name, t.description, t.contentHash, ['Topic']]);
    }
  }
  for (const s of plan.sources) {
    const key = nodeKey('Source', s.id);
    if (state.isNewNode(key)) {
      state.tables.sources.add([key, s.id, s.name, s.url, s.contentHash, ['Source']]);
    }
  }
}

function addPlaces(state: ImportState, plan: WritePlan): void {
  for (const p of plan.places) {
    const key = nodeKey('Place', p.id);
    if (state.isNewNode(key)) {
      state.noteEmptyLists('Place', p.id, { aliases: p.aliases });
      state.tables.places.add([key, p.id, p.name, p.aliases, p.contentHash, ['Place']]);
    }
    if (p.within === null) continue;
    // write-04 links the place to a Place and to an Actor of that id, whichever there are.
    for (const label of ['Place', 'Actor']) {
      const within = nodeKey(label, p.within);
      if (state.nodes.has(within)) link(state, key, 'WITHIN', within);
    }
  }
}

function addEvents(state: ImportState, plan: WritePlan): void {
  for (const e of plan.events) {
    const key = nodeKey('Event', e.id);
    if (state.isNewNode(key)) {
      const row = [key, e.id, e.date, e.datePrecision, e.description, e.contentHash, ['Event']];
      state.tables.events.add(row);
    }
    for (const placeId of e.places) {
      // write-05 MERGEs the place: one that is nowhere else is created bare.
      const place = nodeKey('Place', placeId);
      if (state.isNewNode(place))
        state.tables.places.add([place, placeId, null, null, null, ['Place']]);
      link(state, key, 'AT', place);
    }
    for (const topicId of e.topics) {
      const topic = nodeKey('Topic', topicId);
      if (state.isNewNode(topic))
        state.tables.topics.add([topic, topicId, null, null, null, ['Topic']]);
      link(state, key, 'CONCERNS', topic);
    }
  }
}

function addDocuments(state: ImportState, plan: WritePlan): void {
  for (const d of plan.documents) {
    const key = nodeKey('Document', d.id);
    if (state.isNewNode(key)) {
      state.noteEmptyLists('Document', d.id, { framing: d.framing });
      const table = d.publishedAtZoneKnown
        ? state.tables.documentsZoned
        : state.tables.documentsLocal;
      table.add([
        key,
        d.id,
        d.title,
        d.url,
        d.publishedAt,
        d.publishedAtZoneKnown,
        d.retrievedAt,
        d.language,
        d.framing,
        d.contentHash,
        ['Document'],
      ]);
    }
    link(state, key, 'PUBLISHED_BY', nodeKey('Source', d.source));
    for (const r of d.republishedBy) link(state, key, 'REPUBLISHED_BY', nodeKey('Source', r));
  }
}

function addPositionTypes(state: ImportState, plan: WritePlan): void {
  for (const t of plan.positionTypes) {
    const key = nodeKey('PositionType', t.id);
    if (state.isNewNode(key)) {
      const row = [
        key,
        t.id,
        t.label,
        t.description,
        t.parent,
        t.cues,
        t.contentHash,
        ['PositionType'],
      ];
      state.tables.positionTypes.add(row);
    }
    if (t.parent !== null) link(state, key, 'SUBTYPE_OF', nodeKey('PositionType', t.parent));
  }
}

function addPositions(state: ImportState, plan: WritePlan): void {
  for (const p of plan.positions) {
    const key = nodeKey('Position', p.id);
    if (!state.isNewNode(key)) continue;
    const { peacePlan: plan_, redLine } = p;
    const labels = ['Position'];
    if (plan_) labels.push('PeacePlan');
    if (redLine) labels.push('RedLine');
    if (plan_) {
      state.noteEmptyLists('Position', p.id, {
        consultationDescriptions: plan_.partnerDescriptions,
      });
    }
    state.tables.positions.add([
      key,
      p.id,
      p.type,
      p.label,
      p.qualifier,
      p.contentHash,
      plan_?.name,
      plan_?.status,
      plan_?.partnerDescriptions,
      redLine?.condition,
      redLine?.threatenedResponse,
      labels,
    ]);
  }
}

function addPositionLinks(state: ImportState, p: WritePlan['positions'][number]): void {
  const key = nodeKey('Position', p.id);
  for (const subject of p.subjects) {
    const target = nodeKey(subject.label, subject.id);
    if (state.isNewLink(key, 'ABOUT', target)) {
      state.tables.about.add([key, target, 'ABOUT', subject.ord]);
    }
  }
  const plan = p.peacePlan;
  for (const id of plan?.principles ?? []) link(state, key, 'INCLUDES', nodeKey('Position', id));
  for (const id of plan?.proposedBy ?? []) link(state, key, 'PROPOSED_BY', nodeKey('Actor', id));
  for (const id of plan?.partners ?? []) {
    link(state, key, 'IN_CONSULTATION_WITH', nodeKey('Actor', id));
  }
  for (const id of p.redLine?.declaredBy ?? []) {
    link(state, key, 'DECLARED_BY', nodeKey('Actor', id));
  }
  const trigger = p.redLine?.triggerEvent;
  if (trigger) link(state, key, 'TRIGGERED_BY', nodeKey('Event', trigger));
}
