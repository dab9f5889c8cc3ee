import type { IngestDocument } from '../ingest/format';
import { CORE_POSITION_CUES } from '../model/position-cues';
import type { PositionCue, PositionTypeCues, SubjectRule } from '../model/position-cues';
import { positionId } from '../model/ids';
import type { NamedNode } from '../names/match';
import type { ProposedActor } from './speakers';
import { stateNamed } from './states';

/** An actor a draft can name as speaker: a person, organisation or authority of the graph. */
export interface KnownActor extends NamedNode {
  kind: string;
  /** The state it speaks for: its own, through its roles, or the one it is part of. */
  state: string | null;
  /** Set when the draft proposed this actor itself, earlier in the same text. */
  proposed?: ProposedActor;
}

export interface KnownPlace extends NamedNode {
  within: string | null;
}

/**
 * What a draft resolves names against: the graph's actors (states are reference data, see
 * states.ts), places, topics and positions, and the cues of every position type.
 */
export interface Directory {
  actors: KnownActor[];
  places: KnownPlace[];
  topics: NamedNode[];
  positions: ReadonlySet<string>;
  cues: ReadonlyMap<string, PositionTypeCues>;
}

export function coreCues(): Map<string, PositionTypeCues> {
  return new Map(Object.entries(CORE_POSITION_CUES));
}

/** A position type that brings cues of its own: defined in a file, or kept in the graph. */
export interface TypeWithCues {
  id: string;
  parent: string | null;
  cues: readonly PositionCue[];
}

const DEFAULT_SUBJECTS: readonly (readonly SubjectRule[])[] = [['topic', 'state']];

/**
 * `cues` with the given types' own added. A type's subjects are its nearest ancestor's with cues
 * (a narrower MEDIATION is about what MEDIATION is about), else the article's topic or a state.
 */
export function addTypeCues(
  cues: Map<string, PositionTypeCues>,
  types: readonly TypeWithCues[],
): Map<string, PositionTypeCues> {
  const byId = new Map(types.map((t) => [t.id, t]));
  const subjectsOf = (id: string | null, depth = 0): PositionTypeCues['subjects'] => {
    if (id === null || depth > byId.size) return DEFAULT_SUBJECTS;
    return cues.get(id)?.subjects ?? subjectsOf(byId.get(id)?.parent ?? null, depth + 1);
  };
  const added = types
    .filter((type) => type.cues.length > 0)
    .map((type) => [type.id, { cues: type.cues, subjects: subjectsOf(type.parent) }] as const);
  for (const [id, entry] of added) cues.set(id, entry);
  return cues;
}

const isStateId = (ref: string) => /^[A-Z]{3}$/.test(ref) || stateNamed(ref) !== undefined;
const stateOf = (ref: string) => (/^[A-Z]{3}$/.test(ref) ? ref : (stateNamed(ref) ?? null));

/**
 * The directory ingestion files describe (the gold set's known graph, `draft --with FILE`):
 * their actors, places, topics and positions, and the cues their position types bring.
 */
export function directoryOf(documents: IngestDocument[], base?: Directory): Directory {
  const actors = [...(base?.actors ?? [])];
  const all = documents.flatMap((d) => d.actors);
  const partOf = new Map(all.map((a) => [a.id, a.partOf]));
  for (const actor of all) {
    const viaRole = actor.roles.map((r) => r.of).map((of) => (isStateId(of) ? of : partOf.get(of)));
    const state = [actor.partOf, ...viaRole].find((ref) => ref !== undefined);
    actors.push({
      id: actor.id,
      name: actor.name,
      aliases: actor.aliases,
      kind: actor.kind,
      state: state ? stateOf(state) : null,
    });
  }
  const cues = addTypeCues(
    new Map(base?.cues ?? coreCues()),
    documents
      .flatMap((d) => d.positionTypes)
      .map((t) => ({ id: t.id, parent: t.parent ?? null, cues: t.cues ?? [] })),
  );
  return {
    actors,
    places: [
      ...(base?.places ?? []),
      ...documents.flatMap((d) =>
        d.places.map((p) => ({
          id: p.id,
          name: p.name,
          aliases: p.aliases,
          within: p.within ?? null,
        })),
      ),
    ],
    topics: [
      ...(base?.topics ?? []),
      ...documents.flatMap((d) => d.topics.map((t) => ({ id: t.id, name: t.name, aliases: [] }))),
    ],
    positions: new Set([...(base?.positions ?? []), ...documents.flatMap(positionIds)]),
    cues,
  };
}

function positionIds(document: IngestDocument): string[] {
  return document.positions.map((p) => positionId(p.type, p.subjects, p.qualifier));
}
