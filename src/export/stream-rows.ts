import neo4j from 'neo4j-driver';
import type { RecordShape } from 'neo4j-driver';
import type { Database, Params } from '../neo4j/database';
import { fromDriverError } from '../neo4j/driver-errors';
import { toPlain } from '../neo4j/plain-values';
import type { QueryFile } from '../neo4j/query-file';

/** Records fetched from the server at a time: what the export holds in memory, whatever the graph. */
const FETCH_SIZE = 1000;

/**
 * A declared query's rows one at a time, as the server sends them: the driver pulls the next
 * batch only when the consumer has taken the last, so memory stays flat however many rows there
 * are. An auto-commit read (not a retried transaction): a retry would repeat rows already written.
 */
export async function* streamRows<Row extends RecordShape>(
  db: Database,
  query: QueryFile<Row>,
  params: Params = {},
): AsyncGenerator<Row> {
  const session = db.driver.session({
    database: db.name,
    defaultAccessMode: neo4j.session.READ,
    fetchSize: FETCH_SIZE,
  });
  try {
    for await (const record of session.run<Row>(query.text(), params)) {
      const row = record.toObject();
      const values: RecordShape = row;
      for (const key of Object.keys(values)) values[key] = toPlain(values[key]);
      yield row;
    }
  } catch (error) {
    throw fromDriverError(error, `exporting (cypher/${query.file})`);
  } finally {
    await session.close();
  }
}
