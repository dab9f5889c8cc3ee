import { DiplographError, ErrorCode } from '../errors';
import type { Database } from '../neo4j/database';
import { invalidInput } from '../ingest/issues';
import type { Tally } from '../ingest/plan/plan-stream';
import { planRun } from '../ingest/plan/plan-stream';
import type { IngestInput } from '../ingest/read/inputs';
import { graphCatalog } from '../ingest/validate/graph';
import { validateDocuments } from '../ingest/validate/validation';
import type { CsvTable } from './csv-table';
import { addDefinitions } from './definition-tables';
import { snapshotGraph } from './graph-snapshot';
import { ImportState } from './import-state';
import type { EmptyList } from './import-state';
import { openTables } from './import-tables';
import { ingestedNodes, schemaConstraints, schemaIndexes } from './import.queries';
import { addStanceMonths, addStatements } from './statement-tables';

/** What the import needs once the files are written and the server stopped. */
export interface Prepared {
  files: string[];
  tally: Tally;
  /** Every CSV file: the reference data's and the plan's. */
  tables: CsvTable[];
  referenceTables: CsvTable[];
  /** Statements that make the constraints and indexes of the migrated database again. */
  schema: string[];
  emptyLists: EmptyList[];
  referenceEmptyLists: EmptyList[];
  /** Seconds spent turning plans into CSV rows and writing them. */
  csvSeconds: number;
}

/**
 * Checks the database holds nothing ingested, then reads, validates and plans the inputs with
 * ingest's own stages (against the migrated graph, so reference states resolve as for ingest)
 * and writes the plans as the importer's CSV files in `dir`. Any issue: INGEST_INVALID.
 */
export async function prepareImport(
  db: Database,
  inputs: IngestInput[],
  dir: string,
  batchSize: number,
): Promise<Prepared> {
  const [{ nodes } = { nodes: 0 }] = await db.rows(ingestedNodes);
  if (nodes > 0) {
    throw new DiplographError(
      ErrorCode.DATABASE_NOT_EMPTY,
      `the database already holds ${nodes} ingested node(s); import loads an empty database only`,
      { hint: 'add to it with `diplograph ingest` (the same files, the same validation)' },
    );
  }
  const tables = openTables(dir);
  const state = new ImportState(tables, new Date().toISOString());
  const referenceTables = await snapshotGraph(db, state, dir);
  const referenceEmptyLists = [...state.emptyLists];
  const schema = [
    ...(await db.rows(schemaConstraints)).map((r) => r.statement),
    ...(await db.rows(schemaIndexes)).map((r) => r.statement),
  ];
  const graph = graphCatalog(db);
  const validation = await validateDocuments(inputs, graph);
  const plans = planRun(validation, graph, batchSize);
  const all = [...referenceTables, ...Object.values(tables)];
  let csv = 0;
  for await (const plan of plans) {
    // After an issue planning goes on (every issue is found), but nothing more is written.
    if (validation.issues().length) continue;
    const started = performance.now();
    addDefinitions(state, plan);
    addStatements(state, plan);
    await Promise.all(all.map((t) => t.flush()));
    csv += performance.now() - started;
  }
  const closing = performance.now();
  if (validation.issues().length) {
    await Promise.all(all.map((t) => t.close()));
    throw invalidInput(validation.issues());
  }
  await addStanceMonths(state);
  await Promise.all(all.map((t) => t.close()));
  csv += performance.now() - closing;
  return {
    files: validation.files,
    tally: plans.tally,
    tables: all,
    referenceTables,
    schema,
    emptyLists: state.emptyLists,
    referenceEmptyLists,
    csvSeconds: Math.round(csv / 10) / 100,
  };
}
