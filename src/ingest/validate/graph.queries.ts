import type { Found } from '../entity-kinds';
import type { NamedActor } from './actor-index';
import { queryFile } from '../../neo4j/query-file';

/** Every actor of the graph with the names a reference may use. */
export const catalogActors = queryFile<NamedActor>('ingest/catalog-actors.cypher', {
  id: true,
  name: true,
  aliases: true,
});

/** Which of the given ids the graph holds, with their content hash. */
export const catalogExisting = queryFile<Found>('ingest/catalog-existing.cypher', {
  kind: true,
  id: true,
  hash: true,
});

export interface PositionTypeCatalogRow {
  id: string;
  label: string;
  parent: string | null;
  hash: string | null;
}

/** Every position type of the graph (a few dozen at most). */
export const catalogPositionTypes = queryFile<PositionTypeCatalogRow>(
  'ingest/catalog-position-types.cypher',
  { id: true, label: true, parent: true, hash: true },
);
