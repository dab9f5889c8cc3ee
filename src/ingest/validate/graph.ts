import type { Database } from '../../neo4j/database';
import { ENTITY_KINDS } from '../entity-kinds';
import type { Found } from '../entity-kinds';
import type { NamedActor } from './actor-index';
import { catalogActors, catalogExisting, catalogPositionTypes } from './graph.queries';
import type { PositionTypeCatalogRow } from './graph.queries';
import type { IdsToLookUp } from './lookups';

/**
 * What validation asks of the graph: its actors (references resolve by name and alias), its
 * position types (a type may be defined in the graph or the batch), and
 * which ids it holds already, with their content hash. Reads go to the graph as it was before
 * the run (a read transaction): what this run writes is known to validation already.
 */
export interface GraphCatalog {
  actors(): Promise<NamedActor[]>;
  positionTypes(): Promise<PositionTypeCatalogRow[]>;
  lookUp(ids: IdsToLookUp): Promise<Found[]>;
}

export function graphCatalog(db: Database): GraphCatalog {
  return {
    actors: () => db.rows(catalogActors),
    positionTypes: () => db.rows(catalogPositionTypes),
    async lookUp(ids) {
      if (ENTITY_KINDS.every((kind) => ids[kind].length === 0) && ids.fingerprints.length === 0)
        return [];
      const params = Object.fromEntries(ENTITY_KINDS.map((kind) => [`${kind}s`, ids[kind]]));
      return db.rows(catalogExisting, { ...params, fingerprints: ids.fingerprints });
    },
  };
}
