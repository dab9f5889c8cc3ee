import { queryFile } from '../../neo4j/query-file';
import type { NoRow } from '../../statements/stance-months.queries';

/** The write queries of cypher/ingest, in dependency order; each takes `$rows` and returns none. */
const step = (file: string) => queryFile<NoRow>(`ingest/${file}`, {});

export const writeActors = step('write-01-actors.cypher');
export const writeRoles = step('write-02-roles.cypher');
export const writeTopics = step('write-03-topics.cypher');
export const writePlaces = step('write-04-places.cypher');
export const writeEvents = step('write-05-events.cypher');
export const writeSources = step('write-06-sources.cypher');
export const writeDocuments = step('write-07-documents.cypher');
export const writePositionTypes = step('write-07b-position-types.cypher');
export const writePositions = step('write-08-positions.cypher');
export const writePlansAndRedLines = step('write-08b-plans-and-red-lines.cypher');
export const writePositionLinks = step('write-09-position-links.cypher');
export const writeStatements = step('write-10-statements.cypher');
