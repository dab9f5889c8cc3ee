import { documentId, positionId, statementFingerprint } from '../../model/ids';
import { PositionTypeTree } from '../../model/position-type-tree';
import type { PositionTypeNode } from '../../model/position-type-tree';
import type { EntityKind, Found } from '../entity-kinds';
import type { IngestDocument, PositionInput, StatementInput } from '../format';
import { speakersOf } from '../format-sources';
import { IssueCode } from '../issues';
import type { IngestIssue } from '../issues';
import { ActorIndex } from './actor-index';
import type { NamedActor } from './actor-index';
import { closestValues } from './closest';
import { Definitions } from './definitions';
import { DuplicateStatements } from './duplicates';
import type { Defined } from './definitions';
import type { Origin } from './origin';
import { describePath } from './structure';
import type { CheckedFile } from './structure';

type Section = Exclude<keyof IngestDocument, 'format'>;
type Path = (string | number)[];

/**
 * What the batch and the graph define, and every reference resolved against them: actors by id,
 * name or alias, places, topics, events, documents, positions; the ids records leave out; each
 * definition recorded where it first occurs, refusing duplicates and conflicts with the graph.
 * It builds no row (that is the planner's work, src/ingest/plan) and holds every issue found.
 * Pure: the graph's answers come in as arguments (`useGraphActors`, `addExisting`).
 */
export class References {
  readonly issues: IngestIssue[] = [];
  private readonly actorIndex = new ActorIndex();
  readonly duplicates = new DuplicateStatements();
  private readonly defined = new Definitions<EntityKind>();
  /**
   * `${kind}:${id}` → content hash in the graph (null for nodes without one, e.g. states).
   * Statements stay here only while their chunk is planned.
   */
  private readonly existing = new Map<string, string | null>();

  constructor(readonly files: readonly CheckedFile[]) {}

  /** With the graph's actors known, ids can be resolved and derived. */
  useGraphActors(actors: Iterable<NamedActor>): void {
    for (const actor of actors) this.actorIndex.add(actor);
    this.forEach('actors', (actor) => this.actorIndex.add(actor));
  }

  private graphPositionTypes: PositionTypeNode[] = [];
  private positionTypeTree: PositionTypeTree | undefined;

  /** Every position type of the graph (they are few): types resolve and suggest from them. */
  usePositionTypes(types: readonly (PositionTypeNode & { hash: string | null })[]): void {
    this.graphPositionTypes = [...types];
    this.positionTypeTree = undefined;
    this.addExisting(types.map(({ id, hash }) => ({ kind: 'positionType' as const, id, hash })));
  }

  /** The graph's position types with the batch's (a batch's definition wins for its id). */
  positionTypes(): PositionTypeTree {
    if (!this.positionTypeTree) {
      const types = new Map(this.graphPositionTypes.map((t) => [t.id, t]));
      this.forEach('positionTypes', (t) =>
        types.set(t.id, { id: t.id, label: t.label, parent: t.parent ?? null }),
      );
      this.positionTypeTree = new PositionTypeTree(types.values());
    }
    return this.positionTypeTree;
  }

  /** Whether a position type is defined in the batch or the graph; an issue when not. */
  positionTypeExists(id: string, o: Origin, path: Path): boolean {
    const tree = this.positionTypes();
    if (tree.has(id)) return true;
    this.issue(
      o,
      path,
      IssueCode.UNKNOWN_REFERENCE,
      `"${id}" is not a position type of the graph or of positionTypes in the batch`,
      tree.suggestionsFor(id),
    );
    return false;
  }

  /** What the graph holds of the ids looked up (kind, id, content hash). */
  addExisting(found: Iterable<Found>): void {
    for (const { kind, id, hash } of found) this.existing.set(`${kind}:${id}`, hash);
  }

  /** A statement's chunk is planned: whether the graph held it is known from `defined` now. */
  forgetExisting(kind: EntityKind, id: string): void {
    this.existing.delete(`${kind}:${id}`);
  }

  /** Every record of a section of the documents, with where it comes from. */
  forEach<S extends Section>(
    section: S,
    visit: (item: IngestDocument[S][number], origin: Origin) => void,
  ): void {
    for (const file of this.files) {
      (file.document[section] as IngestDocument[S][number][]).forEach((item, index) =>
        visit(item, { file: file.file, path: [section, index], locate: file.locate }),
      );
    }
  }

  // --- ids -------------------------------------------------------------------------------

  documentIdOf(d: IngestDocument['documents'][number]): string {
    return d.id ?? documentId(d.url, d.title, d.source);
  }

  positionIdOf(p: PositionInput): string {
    const subjects = p.subjects.map((ref) => this.subjectIdQuiet(ref));
    return positionId(p.type, subjects, p.qualifier);
  }

  /** Fingerprints hash the quotes: asked for at lookup and again at planning, hash once. */
  private readonly fingerprints = new WeakMap<StatementInput, string>();

  /** Speakers, date, actors and quotes hashed (model/ids.ts): the derived id is made of it. */
  fingerprintOf(s: StatementInput): string {
    const known = this.fingerprints.get(s);
    if (known) return known;
    const actor = (ref: string) => {
      const found = this.actorIndex.resolve(ref);
      return found.ok ? found.id : ref;
    };
    const fingerprint = statementFingerprint({
      speakers: speakersOf(s).map((sp) => actor(sp.actor)),
      date: s.date,
      onBehalfOf: s.onBehalfOf.map(actor),
      quotes: s.quotes.map((q) => q.text),
      summary: s.summary,
    });
    this.fingerprints.set(s, fingerprint);
    return fingerprint;
  }

  statementIdOf(s: StatementInput): string {
    return s.id ?? `statement:${this.fingerprintOf(s)}`;
  }

  /** Whether a statement of this id stands in the graph already (a re-ingest). */
  statementInGraph(id: string): boolean {
    return this.existing.has(`statement:${id}`);
  }

  /** The standing statement of the graph with this fingerprint, if the lookups found one. */
  graphStatementWith(fingerprint: string): string | undefined {
    return this.existing.get(`fingerprint:${fingerprint}`) ?? undefined;
  }

  /** A subject id as written when it names a place or topic, else the resolved actor id. */
  private subjectIdQuiet(ref: string): string {
    if (this.isDefinedOrExisting('place', ref) || this.isDefinedOrExisting('topic', ref))
      return ref;
    const found = this.actorIndex.resolve(ref);
    return found.ok ? found.id : ref;
  }

  // --- references ------------------------------------------------------------------------

  resolveSubject(ref: string, o: Origin, path: Path, ord: number) {
    if (this.isDefinedOrExisting('place', ref)) return { id: ref, label: 'Place' as const, ord };
    if (this.isDefinedOrExisting('topic', ref)) return { id: ref, label: 'Topic' as const, ord };
    const id = this.resolveActor(ref, o, path, 'an actor, place or topic');
    return id ? { id, label: 'Actor' as const, ord } : undefined;
  }

  resolvePlaceOrActor(ref: string, o: Origin, path: Path): string | null {
    if (this.isDefinedOrExisting('place', ref)) return ref;
    return this.resolveActor(ref, o, path, 'a place or state') ?? null;
  }

  resolveActor(ref: string, o: Origin, path: Path, what = 'an actor'): string | undefined {
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

  /** Whether the batch or the graph has this id; an issue when neither has. */
  exists(kind: EntityKind, id: string, o: Origin, path: Path): boolean {
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

  /**
   * A reference to a position of one type (a peace plan, a red line) in the batch or the graph.
   * A position's id begins with its type, so the id alone tells.
   */
  isPositionOfType(type: 'PEACE_PLAN' | 'RED_LINE', id: string, o: Origin, path: Path): boolean {
    const prefix = `${type}:`;
    if (!id.startsWith(prefix)) {
      const ofType = [...this.definitionIds('position')].filter((p) => p.startsWith(prefix));
      const what = type === 'PEACE_PLAN' ? 'a peace plan' : 'a red line';
      this.issue(
        o,
        path,
        IssueCode.UNKNOWN_REFERENCE,
        `"${id}" is not ${what} (a position of type ${type})`,
        closestValues(id, ofType),
      );
      return false;
    }
    return this.exists('position', id, o, path);
  }

  /** The id of the quote a ref names within its statement; an issue when there is none. */
  quoteOf(refs: ReadonlyMap<string, string>, ref: string, o: Origin, path: Path) {
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

  isDefinedOrExisting(kind: EntityKind, id: string): boolean {
    return this.definitionIds(kind).has(id) || this.existing.has(`${kind}:${id}`);
  }

  /** Whether a statement was met in an earlier pass (it knows then whether the graph holds it). */
  wasDefined(kind: EntityKind, id: string): boolean {
    return this.defined.has(kind, id);
  }

  private readonly definitionCache = new Map<EntityKind, Set<string>>();

  /** Ids the batch defines, before any row is planned (references may point forward). */
  private definitionIds(kind: EntityKind): Set<string> {
    let ids = this.definitionCache.get(kind);
    if (!ids) {
      const found = new Set<string>();
      const add = (id: string) => found.add(id);
      if (kind === 'actor') this.forEach('actors', (a) => add(a.id));
      if (kind === 'topic') this.forEach('topics', (t) => add(t.id));
      if (kind === 'place') this.forEach('places', (p) => add(p.id));
      if (kind === 'event') this.forEach('events', (e) => add(e.id));
      if (kind === 'source') this.forEach('sources', (s) => add(s.id));
      if (kind === 'document') this.forEach('documents', (d) => add(this.documentIdOf(d)));
      if (kind === 'positionType') this.forEach('positionTypes', (t) => add(t.id));
      if (kind === 'position') this.forEach('positions', (p) => add(this.positionIdOf(p)));
      this.definitionCache.set(kind, (ids = found));
    }
    return ids;
  }

  // --- definitions -----------------------------------------------------------------------

  /** The definition recorded for this id when it was met in this same record (a second pass). */
  sameRecordDefinition(kind: EntityKind, id: string, origin: Origin): Defined | undefined {
    const earlier = this.defined.get(kind, id);
    const record = describePath(origin.path).record;
    return earlier?.file === origin.file && earlier.record === record ? earlier : undefined;
  }

  /**
   * Records a definition. True when its rows are to be written: where it first occurs in the
   * batch, and only when the graph does not hold it yet. Writes can therefore create rather
   * than merge what a definition owns (a statement, its quotes links and stances).
   */
  define(
    kind: EntityKind,
    id: string,
    hash: string,
    origin: Origin,
    legacyHash?: () => string,
  ): boolean {
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
    const held = this.existing.get(key);
    // A graph written before lists were hashed as sets holds the hash of the file's order.
    if (inGraph && held !== hash && (legacyHash === undefined || held !== legacyHash())) {
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

  issue(o: Origin, field: Path, code: IssueCode, message: string, closest?: string[]): void {
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
}
