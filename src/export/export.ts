import neo4j from 'neo4j-driver';
import type { RecordShape } from 'neo4j-driver';
import type { Writable } from 'node:stream';
import type { Database } from '../neo4j/database';
import type { QueryFile } from '../neo4j/query-file';
import {
  exportActors,
  exportDocuments,
  exportEvents,
  exportPlaces,
  exportPositions,
  exportPositionTypes,
  exportSources,
  exportStatements,
  exportTopics,
} from './export.queries';
import {
  actorRecord,
  compact,
  documentRecord,
  eventRecord,
  positionRecord,
  positionTypeRecord,
  statementRecord,
} from './records';

export type ExportFormat = 'json' | 'ndjson';

const PAGE = 1000;

interface Section {
  name: string;
  records: (db: Database) => Promise<Record<string, unknown>[]>;
}

/** A section of the json export: the records of one query's rows. */
function section<Row extends RecordShape>(
  name: string,
  query: QueryFile<Row>,
  toRecord: (row: Row) => Record<string, unknown>,
): Section {
  return { name, records: async (db) => (await db.rows(query)).map((row) => toRecord(row)) };
}

const SECTIONS: Section[] = [
  section('actors', exportActors, actorRecord),
  section('topics', exportTopics, compact),
  section('places', exportPlaces, compact),
  section('events', exportEvents, eventRecord),
  section('sources', exportSources, compact),
  section('documents', exportDocuments, documentRecord),
  section('positionTypes', exportPositionTypes, positionTypeRecord),
  section('positions', exportPositions, positionRecord),
];

/**
 * Writes the graph in the ingestion format. json: one document with every section; ndjson:
 * statements only, one a line (their actors, positions … come from a json export or the
 * graph they are ingested into). Statements are read a page at a time, so memory stays flat.
 */
export async function exportGraph(
  db: Database,
  format: ExportFormat,
  out: Writable,
): Promise<number> {
  const write = (text: string) =>
    new Promise<void>((resolve, reject) =>
      out.write(text, (error) => (error ? reject(error) : resolve())),
    );
  let count = 0;
  if (format === 'json') {
    await write('{\n  "format": "diplograph/v1"');
    for (const section of SECTIONS) {
      const items = (await section.records(db)).map((record) => JSON.stringify(record));
      await write(
        `,\n  "${section.name}": [${items.length ? `\n    ${items.join(',\n    ')}\n  ` : ''}]`,
      );
    }
    await write(',\n  "statements": [');
  }
  let after = '';
  for (;;) {
    const rows = await db.rows(exportStatements, { after, limit: neo4j.int(PAGE) });
    for (const row of rows) {
      const line = JSON.stringify(statementRecord(row));
      await write(format === 'json' ? `${count === 0 ? '\n' : ',\n'}    ${line}` : `${line}\n`);
      count += 1;
    }
    const last = rows.at(-1);
    if (rows.length < PAGE || last === undefined) break;
    after = last.id;
  }
  if (format === 'json') await write(`${count ? '\n  ' : ''}]\n}\n`);
  return count;
}
