import {
  contentHash,
  contentHashOfSorted,
  documentId,
  positionId,
  quoteId,
  statementId,
} from '../../model/ids';
import { parsePartialDate } from '../../model/partial-date';
import type { ActorInput, IngestDocument, PositionInput, StatementInput } from '../format';
import { IssueCode } from '../issues';
import type { IngestIssue } from '../issues';
import { emptyPlan } from '../write/rows';
import type { WritePlan } from '../write/rows';
import { ActorIndex } from './actor-index';
import type { NamedActor } from './actor-index';
import { closestValues } from './closest';
import { Definitions } from './definitions';
import { describePath } from './structure';
import type { CheckedFile } from './structure';
import type { Location } from '../read/ingest-file';

export const ENTITY_KINDS = [
  'actor',
  'topic',
  'place',
  'event',
  'source',
  'document',
  'position',
  'statement',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Where a record comes from: its file, its path there, and how to find its line. */
export interface Origin {
  file: string;
  path: (string | number)[];
  locate: (path: (string | number)[]) => Location;
}

/** A statement read from an NDJSON chunk, with where it comes from. */
export interface ChunkStatement {
  statement: StatementInput;
  origin: Origin;
}

type Section = Exclude<keyof IngestDocument, 'format'>;

/**
 * Turns structurally valid records into write plans: resolves every reference, derives the ids
 * that records leave out, and refuses duplicates and conflicts. Pure; the graph's answers come
 * in as arguments: `useGraphActors(actors)` → `idsToLookUp()` → `addExisting(found)` →
 * `plan()` for the documents, then per NDJSON chunk `statementIdsToLookUp(chunk)` →
 * `addExisting(found)` → `planStatements(chunk)`. Planning the same records again (a second
 * pass, a retried transaction) gives the same rows: a record is written where it first occurs.
 */
export class BatchResolver {
  readonly issues: IngestIssue[] = [];
  private readonly actorIndex = new ActorIndex();
  private readonly defined = new Definitions<EntityKind>();
  /**
   * `${kind}:${id}` → content hash in the graph (null for nodes without one, e.g. states).
   * Statements stay here only while their chunk is planned.
   */
  private readonly existing = new Map<string, string | null>();

  constructor(private readonly files: CheckedFile[]) {}

  /** Step 1: with the graph's actors known, ids can be resolved and derived. */
  useGraphActors(actors: NamedActor[]): void {
    for (const actor of actors) this.actorIndex.add(actor);
    this.forEach('actors', (actor) => this.actorIndex.add(actor));
  }

  /** Step 2: every id whose existence or content hash in the graph matters. */
  idsToLookUp(): Record<EntityKind, string[]> {
    const ids = emptyIdSets();
    this.forEach('actors', (a) => ids.actor.add(a.id));
    this.forEach('topics', (t) => ids.topic.add(t.id));
    this.forEach('places', (p) => ids.place.add(p.id));
    this.forEach('events', (e) => ids.event.add(e.id));
    this.forEach('sources', (s) => ids.source.add(s.id));
    this.forEach('documents', (d) => ids.document.add(this.documentIdOf(d)));
    this.forEach('positions', (p) => {
      ids.position.add(this.positionIdOf(p));
      p.subjects.forEach((s) => [ids.place, ids.topic].forEach((set) => set.add(s)));
      p.peacePlan?.principles.forEach((id) => ids.position.add(id));
      if (p.redLine?.triggerEvent) ids.event.add(p.redLine.triggerEvent);
    });
    this.forEach('statements', (s) => {
      ids.statement.add(this.statementIdOf(s));
      s.topics.forEach((id) => ids.topic.add(id));
      s.respondsTo.forEach((id) => ids.event.add(id));
      s.reportedIn.forEach((id) => ids.document.add(id));
      s.stances.forEach((st) => ids.position.add(st.position));
      s.planStatuses.forEach((ps) => ids.position.add(ps.plan));
    });
    this.forEach('documents', (d) =>
      [d.source, ...d.republishedBy].forEach((id) => ids.source.add(id)),
    );
    this.forEach('events', (e) => {
      e.places.forEach((id) => ids.place.add(id));
      e.topics.forEach((id) => ids.topic.add(id));
    });
    this.forEach('places', (p) => p.within && ids.place.add(p.within));
    return toLists(ids);
  }

  /** Step 3: what the graph holds of the ids looked up (kind, id, content hash). */
  addExisting(found: Iterable<{ kind: EntityKind; id: string; hash: string | null }>): void {
    for (const { kind, id, hash } of found) this.existing.set(`${kind}:${id}`, hash);
  }

  /** Step 4: the rows of the documents, or issues (see `issues`) and undefined. */
  plan(): WritePlan | undefined {
    const before = this.issues.length;
    const plan = emptyPlan();
    this.planActors(plan);
    this.forEach('topics', (t, o) => {
      const row = { id: t.id, name: t.name, description: t.description ?? null };
      const hash = contentHash(row);
      if (this.define('topic', t.id, hash, o)) plan.topics.push({ ...row, contentHash: hash });
    });
    this.forEach('places', (p, o) => {
      const within = p.within ? this.resolvePlaceOrActor(p.within, o, ['within']) : null;
      const row = { id: p.id, name: p.name, aliases: p.aliases, within };
      const hash = contentHash(row);
      if (this.define('place', p.id, hash, o)) plan.places.push({ ...row, contentHash: hash });
    });
    this.forEach('events', (e, o) => {
      const date = parsePartialDate(e.date)!;
      const row = {
        id: e.id,
        date: date.date,
        datePrecision: date.precision,
        description: e.description,
        places: e.places.filter((id, i) => this.exists('place', id, o, ['places', i])),
        topics: e.topics.filter((id, i) => this.exists('topic', id, o, ['topics', i])),
      };
      const hash = contentHash(row);
      if (this.define('event', e.id, hash, o)) plan.events.push({ ...row, contentHash: hash });
    });
    this.forEach('sources', (s, o) => {
      const row = { id: s.id, name: s.name, url: s.url ?? null };
      const hash = contentHash(row);
      if (this.define('source', s.id, hash, o)) plan.sources.push({ ...row, contentHash: hash });
    });
    this.forEach('documents', (d, o) => {
      this.exists('source', d.source, o, ['source']);
      d.republishedBy.forEach((id, i) => this.exists('source', id, o, ['republishedBy', i]));
      const zoneKnown =
        d.publishedAt !== 'unknown' && /(?:Z|[+-]\d{2}:?\d{2})$/.test(d.publishedAt);
      const row = {
        id: this.documentIdOf(d),
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
      const hash = contentHash(row);
      if (this.define('document', row.id, hash, o))
        plan.documents.push({ ...row, contentHash: hash });
    });
    this.forEach('positions', (p, o) => this.planPosition(plan, p, o));
    this.forEach('statements', (s, o) => this.planStatement(plan, s, o));
    return this.issues.length > before ? undefined : plan;
  }

  /** For a chunk of NDJSON statements: the ids not known yet from earlier lookups. */
  statementIdsToLookUp(chunk: ChunkStatement[]): Record<EntityKind, string[]> {
    const ids = emptyIdSets();
    const add = (kind: EntityKind, id: string) => {
      if (!this.isDefinedOrExisting(kind, id)) ids[kind].add(id);
    };
    for (const { statement: s } of chunk) {
      const id = this.statementIdOf(s);
      // A statement seen in an earlier pass knows already whether the graph holds it.
      if (!this.defined.has('statement', id)) ids.statement.add(id);
      s.topics.forEach((t) => add('topic', t));
      s.respondsTo.forEach((e) => add('event', e));
      s.reportedIn.forEach((d) => add('document', d));
      s.stances.forEach((st) => add('position', st.position));
      s.planStatuses.forEach((ps) => add('position', ps.plan));
    }
    return toLists(ids);
  }

  /** The rows of a chunk of NDJSON statements, or undefined when the chunk has issues. */
  planStatements(chunk: ChunkStatement[]): WritePlan | undefined {
    const before = this.issues.length;
    const plan = emptyPlan();
    for (const { statement, origin } of chunk) {
      const id = this.planStatement(plan, statement, origin);
      this.existing.delete(`statement:${id}`);
    }
    return this.issues.length > before ? undefined : plan;
  }

  private planActors(plan: WritePlan): void {
    this.forEach('actors', (a: ActorInput, o) => {
      const partOf = a.partOf ? (this.resolveActor(a.partOf, o, ['partOf']) ?? null) : null;
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
        actorId: this.resolveActor(r.of, o, ['roles', i, 'of']) ?? r.of,
        title: r.title,
        from: r.from ?? null,
        to: r.to ?? null,
      }));
      const hash = contentHash({ ...row, roles });
      if (this.define('actor', a.id, hash, o)) {
        plan.actors.push({ ...row, contentHash: hash });
        plan.roles.push(...roles);
      }
    });
  }

  private planPosition(plan: WritePlan, p: PositionInput, o: Origin): void {
    const id = this.positionIdOf(p);
    if (p.peacePlan && p.type !== 'PEACE_PLAN')
      this.issue(
        o,
        ['peacePlan'],
        IssueCode.SCHEMA_VIOLATION,
        'peacePlan is only for positions of type PEACE_PLAN',
      );
    if (p.redLine && p.type !== 'RED_LINE')
      this.issue(
        o,
        ['redLine'],
        IssueCode.SCHEMA_VIOLATION,
        'redLine is only for positions of type RED_LINE',
      );
    const subjects = p.subjects.map((ref, ord) =>
      this.resolveSubject(ref, o, ['subjects', ord], ord),
    );
    const plan_ = p.peacePlan;
    const redLine = p.redLine;
    const row = {
      id,
      type: p.type,
      label: p.label,
      qualifier: p.qualifier ?? null,
      subjects: subjects.filter((s): s is NonNullable<typeof s> => s !== undefined),
      peacePlan: plan_
        ? {
            name: plan_.name,
            status: plan_.status,
            proposedBy: plan_.proposedBy.map(
              (r, i) => this.resolveActor(r, o, ['peacePlan', 'proposedBy', i]) ?? r,
            ),
            principles: plan_.principles.filter((pid, i) =>
              this.exists('position', pid, o, ['peacePlan', 'principles', i]),
            ),
            partners: plan_.consultationPartners.flatMap((c, i) =>
              typeof c === 'string'
                ? [this.resolveActor(c, o, ['peacePlan', 'consultationPartners', i]) ?? c]
                : [],
            ),
            partnerDescriptions: plan_.consultationPartners.flatMap((c) =>
              typeof c === 'string' ? [] : [c.description],
            ),
          }
        : null,
      redLine: redLine
        ? {
            declaredBy: redLine.declaredBy.map(
              (r, i) => this.resolveActor(r, o, ['redLine', 'declaredBy', i]) ?? r,
            ),
            condition: redLine.condition,
            threatenedResponse: redLine.threatenedResponse ?? null,
            triggerEvent:
              redLine.triggerEvent &&
              this.exists('event', redLine.triggerEvent, o, ['redLine', 'triggerEvent'])
                ? redLine.triggerEvent
                : null,
          }
        : null,
    };
    const hash = contentHash(row);
    if (this.define('position', id, hash, o)) plan.positions.push({ ...row, contentHash: hash });
  }

  private planStatement(plan: WritePlan, s: StatementInput, o: Origin): string {
    const id = this.statementIdOf(s);
    const date = parsePartialDate(s.date)!;
    const refs = new Map<string, string>();
    s.quotes.forEach((q, i) => {
      if (refs.has(q.ref))
        this.issue(
          o,
          ['quotes', i, 'ref'],
          IssueCode.DUPLICATE_ID,
          `quote ref "${q.ref}" is used twice in this statement`,
        );
      refs.set(q.ref, quoteId(q.text));
    });
    const row = {
      id,
      date: date.date,
      datePrecision: date.precision,
      kind: s.kind,
      speaker: s.speaker ? (this.resolveActor(s.speaker, o, ['speaker']) ?? null) : null,
      onBehalfOf: s.onBehalfOf.map((r, i) => this.resolveActor(r, o, ['onBehalfOf', i]) ?? r),
      topics: s.topics.filter((t, i) => this.exists('topic', t, o, ['topics', i])),
      summary: s.summary ?? null,
      language: s.language ?? null,
      location: s.location ?? null,
      respondsTo: s.respondsTo.filter((e, i) => this.exists('event', e, o, ['respondsTo', i])),
      reportedIn: s.reportedIn.filter((d, i) => this.exists('document', d, o, ['reportedIn', i])),
    };
    // Quotes, stances and plan statuses are hashed as they are made: their keys in sorted order
    // (tests/unit/ingest/statement-hash.test.ts holds the hash equal to contentHash's).
    const quotes = s.quotes.map((q) => ({
      id: refs.get(q.ref) ?? quoteId(q.text),
      ref: q.ref,
      statementId: id,
      text: q.text,
    }));
    const stanceKeys = new Set<string>();
    const stances = s.stances.flatMap((st, i) => {
      const key = JSON.stringify([st.position, st.quote, st.act]);
      if (stanceKeys.has(key))
        this.issue(
          o,
          ['stances', i],
          IssueCode.DUPLICATE_ID,
          'the same position, quote and act are given twice in this statement',
        );
      stanceKeys.add(key);
      const quote = this.quoteOf(refs, st.quote, o, ['stances', i, 'quote']);
      const positionOk = this.exists('position', st.position, o, ['stances', i, 'position']);
      const target = st.target
        ? (this.resolveActor(st.target, o, ['stances', i, 'target']) ?? null)
        : null;
      if (!quote || !positionOk) return [];
      return [
        {
          act: st.act,
          modality: st.modality,
          positionId: st.position,
          quoteId: quote,
          stance: st.stance,
          statementId: id,
          target,
        },
      ];
    });
    const planStatuses = s.planStatuses.flatMap((ps, i) => {
      const quote = this.quoteOf(refs, ps.quote, o, ['planStatuses', i, 'quote']);
      const planOk = this.isPeacePlan(ps.plan, o, ['planStatuses', i, 'plan']);
      if (!quote || !planOk) return [];
      return [{ planId: ps.plan, quoteId: quote, statementId: id, status: ps.status }];
    });
    // Planned again (the write pass after validation): the hash is known, hashing is costly.
    const earlier = this.defined.get('statement', id);
    const hash =
      earlier && earlier.file === o.file && earlier.record === describePath(o.path).record
        ? earlier.hash
        : contentHashOfSorted({
            date: row.date,
            datePrecision: row.datePrecision,
            id,
            kind: row.kind,
            language: row.language,
            location: row.location,
            onBehalfOf: row.onBehalfOf,
            // Only when there are any: statements written before plan statuses keep their hash.
            planStatuses: planStatuses.length ? planStatuses : undefined,
            quotes,
            reportedIn: row.reportedIn,
            respondsTo: row.respondsTo,
            speaker: row.speaker,
            stances,
            summary: row.summary,
            topics: row.topics,
          });
    if (this.define('statement', id, hash, o)) {
      plan.statements.push({
        ...row,
        contentHash: hash,
        quotes,
        stances,
        planStatuses,
      });
    }
    return id;
  }

  /** The id of the quote a ref names within its statement; an issue when there is none. */
  private quoteOf(
    refs: ReadonlyMap<string, string>,
    ref: string,
    o: Origin,
    path: (string | number)[],
  ): string | undefined {
    const quote = refs.get(ref);
    if (!quote) {
      this.issue(
        o,
        path,
        IssueCode.MISSING_QUOTE,
        `no quote with ref "${ref}" in this statement`,
        closestValues(ref, refs.keys()),
      );
    }
    return quote;
  }

  /** A reference to a peace plan: a position of type PEACE_PLAN in the batch or the graph. */
  private isPeacePlan(id: string, o: Origin, path: (string | number)[]): boolean {
    if (!id.startsWith('PEACE_PLAN:')) {
      const plans = [...this.definitionIds('position')].filter((p) => p.startsWith('PEACE_PLAN:'));
      this.issue(
        o,
        path,
        IssueCode.UNKNOWN_REFERENCE,
        `"${id}" is not a peace plan (a position of type PEACE_PLAN)`,
        closestValues(id, plans),
      );
      return false;
    }
    return this.exists('position', id, o, path);
  }

  // --- ids -------------------------------------------------------------------------------

  private documentIdOf(d: IngestDocument['documents'][number]): string {
    return d.id ?? documentId(d.url, d.title, d.source);
  }

  private positionIdOf(p: PositionInput): string {
    const subjects = p.subjects.map((ref) => this.subjectIdQuiet(ref));
    return positionId(p.type, subjects, p.qualifier);
  }

  /** Derived ids hash the quotes: asked for at lookup and again at planning, derive once. */
  private readonly derivedIds = new WeakMap<StatementInput, string>();

  private statementIdOf(s: StatementInput): string {
    if (s.id) return s.id;
    const known = this.derivedIds.get(s);
    if (known) return known;
    const actor = (ref: string) => {
      const found = this.actorIndex.resolve(ref);
      return found.ok ? found.id : ref;
    };
    const id = statementId({
      speaker: s.speaker ? actor(s.speaker) : undefined,
      date: s.date,
      onBehalfOf: s.onBehalfOf.map(actor),
      quotes: s.quotes.map((q) => q.text),
      summary: s.summary,
    });
    this.derivedIds.set(s, id);
    return id;
  }

  /** A subject id as written when it names a place or topic, else the resolved actor id. */
  private subjectIdQuiet(ref: string): string {
    if (this.isDefinedOrExisting('place', ref) || this.isDefinedOrExisting('topic', ref))
      return ref;
    const found = this.actorIndex.resolve(ref);
    return found.ok ? found.id : ref;
  }

  // --- references ------------------------------------------------------------------------

  private resolveSubject(ref: string, o: Origin, path: (string | number)[], ord: number) {
    if (this.isDefinedOrExisting('place', ref)) return { id: ref, label: 'Place' as const, ord };
    if (this.isDefinedOrExisting('topic', ref)) return { id: ref, label: 'Topic' as const, ord };
    const id = this.resolveActor(ref, o, path, 'an actor, place or topic');
    return id ? { id, label: 'Actor' as const, ord } : undefined;
  }

  private resolvePlaceOrActor(ref: string, o: Origin, path: (string | number)[]): string | null {
    if (this.isDefinedOrExisting('place', ref)) return ref;
    return this.resolveActor(ref, o, path, 'a place or state') ?? null;
  }

  private resolveActor(
    ref: string,
    o: Origin,
    path: (string | number)[],
    what = 'an actor',
  ): string | undefined {
    const found = this.actorIndex.resolve(ref);
    if (found.ok) return found.id;
    if (found.reason === 'ambiguous') {
      this.issue(
        o,
        path,
        IssueCode.UNKNOWN_REFERENCE,
        `"${ref}" names more than one actor: use an id`,
        found.candidates,
      );
    } else {
      this.issue(
        o,
        path,
        IssueCode.UNKNOWN_REFERENCE,
        `"${ref}" is not ${what} known to the batch or the graph`,
        found.closest,
      );
    }
    return undefined;
  }

  private exists(kind: EntityKind, id: string, o: Origin, path: (string | number)[]): boolean {
    if (this.isDefinedOrExisting(kind, id)) return true;
    const known = [
      ...this.definitionIds(kind),
      ...[...this.existing.keys()]
        .filter((k) => k.startsWith(`${kind}:`))
        .map((k) => k.slice(kind.length + 1)),
    ];
    this.issue(
      o,
      path,
      IssueCode.UNKNOWN_REFERENCE,
      `no ${kind} "${id}" in the batch or the graph`,
      closestValues(id, known),
    );
    return false;
  }

  private isDefinedOrExisting(kind: EntityKind, id: string): boolean {
    return this.definitionIds(kind).has(id) || this.existing.has(`${kind}:${id}`);
  }

  private readonly definitionCache = new Map<EntityKind, Set<string>>();

  /** Ids the batch defines, before any row is planned (references may point forward). */
  private definitionIds(kind: EntityKind): Set<string> {
    let ids = this.definitionCache.get(kind);
    if (!ids) {
      ids = new Set();
      const add = (id: string) => ids!.add(id);
      if (kind === 'actor') this.forEach('actors', (a) => add(a.id));
      if (kind === 'topic') this.forEach('topics', (t) => add(t.id));
      if (kind === 'place') this.forEach('places', (p) => add(p.id));
      if (kind === 'event') this.forEach('events', (e) => add(e.id));
      if (kind === 'source') this.forEach('sources', (s) => add(s.id));
      if (kind === 'document') this.forEach('documents', (d) => add(this.documentIdOf(d)));
      if (kind === 'position') this.forEach('positions', (p) => add(this.positionIdOf(p)));
      this.definitionCache.set(kind, ids);
    }
    return ids;
  }

  /**
   * Records a definition. True when its rows are to be written: where it first occurs in the
   * batch, and only when the graph does not hold it yet. Writes can therefore create rather
   * than merge what a definition owns (a statement, its quotes links and stances).
   */
  private define(kind: EntityKind, id: string, hash: string, origin: Origin): boolean {
    const key = `${kind}:${id}`;
    const record = describePath(origin.path).record ?? '';
    const earlier = this.defined.get(kind, id);
    if (earlier) {
      const sameRecord = earlier.file === origin.file && earlier.record === record;
      if (sameRecord) return !earlier.inGraph;
      if (earlier.hash !== hash) {
        this.issue(
          origin,
          [],
          IssueCode.DUPLICATE_ID,
          `${kind} "${id}" is defined again with other content (first at ${`${earlier.file} ${earlier.record}`.trim()})`,
        );
      }
      return false;
    }
    const inGraph = this.existing.has(key);
    if (inGraph && this.existing.get(key) !== hash) {
      this.issue(
        origin,
        [],
        IssueCode.CONFLICTS_WITH_GRAPH,
        `${kind} "${id}" is already in the graph with other content; corrections go through supersede, not re-ingest`,
      );
    }
    this.defined.set(kind, id, { hash, file: origin.file, record, inGraph });
    return !inGraph;
  }

  private issue(
    o: Origin,
    field: (string | number)[],
    code: IssueCode,
    message: string,
    closest?: string[],
  ): void {
    const path = [...o.path, ...field];
    const location = o.locate(path);
    this.issues.push({
      code,
      file: o.file,
      ...describePath(path),
      ...(location
        ? { line: location.line, ...(location.column ? { column: location.column } : {}) }
        : {}),
      message,
      ...(closest?.length ? { closest } : {}),
    });
  }

  private forEach<S extends Section>(
    section: S,
    visit: (item: IngestDocument[S][number], origin: Origin) => void,
  ): void {
    for (const file of this.files) {
      (file.document[section] as IngestDocument[S][number][]).forEach((item, index) =>
        visit(item, { file: file.file, path: [section, index], locate: file.locate }),
      );
    }
  }
}

function emptyIdSets(): Record<EntityKind, Set<string>> {
  return Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, new Set<string>()])) as Record<
    EntityKind,
    Set<string>
  >;
}

function toLists(ids: Record<EntityKind, Set<string>>): Record<EntityKind, string[]> {
  return Object.fromEntries(Object.entries(ids).map(([k, v]) => [k, [...v]])) as Record<
    EntityKind,
    string[]
  >;
}
