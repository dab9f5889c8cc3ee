import neo4j from 'neo4j-driver';
import type { Writable } from 'node:stream';
import { cypher } from '../neo4j/cypher-files';
import type { Database } from '../neo4j/database';
import {
  actorRecord,
  compact,
  documentRecord,
  eventRecord,
  positionRecord,
  statementRecord,
} from './records';

export type ExportFormat = 'json' | 'ndjson';

const PAGE = 1000;

const SECTIONS: {
  name: string;
  file: string;
  toRecord: (row: Record<string, unknown>) => Record<string, unknown>;
}[] = [
  { name: 'actors', file: 'export/actors.cypher', toRecord: actorRecord },
  { name: 'topics', file: 'export/topics.cypher', toRecord: compact },
  { name: 'places', file: 'export/places.cypher', toRecord: compact },
  { name: 'events', file: 'export/events.cypher', toRecord: eventRecord },
  { name: 'sources', file: 'export/sources.cypher', toRecord: compact },
  { name: 'documents', file: 'export/documents.cypher', toRecord: documentRecord },
  { name: 'positions', file: 'export/positions.cypher', toRecord: positionRecord },
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
      const { records } = await db.read(cypher(section.file));
      const items = records.map((r) => JSON.stringify(section.toRecord(r.toObject())));
      await write(
        `,\n  "${section.name}": [${items.length ? `\n    ${items.join(',\n    ')}\n  ` : ''}]`,
      );
    }
    await write(',\n  "statements": [');
  }
  let after = '';
  for (;;) {
    const { records } = await db.read(cypher('export/statements.cypher'), {
      after,
      limit: neo4j.int(PAGE),
    });
    for (const record of records) {
      const line = JSON.stringify(statementRecord(record.toObject()));
      await write(format === 'json' ? `${count === 0 ? '\n' : ',\n'}    ${line}` : `${line}\n`);
      count += 1;
    }
    if (records.length < PAGE) break;
    after = records[records.length - 1]!.get('id') as string;
  }
  if (format === 'json') await write(`${count ? '\n  ' : ''}]\n}\n`);
  return count;
}
