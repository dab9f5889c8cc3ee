import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { loadConfig } from '../../../src/config/config';
import type { Config } from '../../../src/config/config';
import { ErrorCode } from '../../../src/errors';
import { exportGraph } from '../../../src/export/export';
import { bulkImport } from '../../../src/import/bulk-import';
import {
  ingestedNodes,
  snapshotNodes,
  snapshotRelationships,
} from '../../../src/import/import.queries';
import { expandInputs, ingest, validateInputs } from '../../../src/ingest/ingest';
import type { IngestInput } from '../../../src/ingest/ingest';
import { SEED_DIR } from '../../../src/ingest/seed';
import { Database } from '../../../src/neo4j/database';
import { acquireNeo4j } from '../../../src/neo4j/neo4j-target';
import { openTestDatabase, resetAndMigrate } from '../../support/database';
import { testConnection } from '../../support/test-neo4j-env';
import { testLogger } from '../../support/test-logger';

// Each import starts and stops an embedded Neo4j of its own twice, and the first test starts
// one twice more: about 2 minutes on a quiet machine, over 15 at a load average of 45.
jest.setTimeout(2_400_000);

const FIXTURES = path.resolve(__dirname, '../../fixtures');
const INPUTS = (): IngestInput[] =>
  expandInputs([
    SEED_DIR,
    path.join(FIXTURES, 'realistic', 'karabakh.yaml'),
    path.join(FIXTURES, 'comparison', 'comparison.yaml'),
  ]);

/** The embedded Neo4j on a data directory of its own, on free ports. */
function embeddedConfig(dataDir: string): Config {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DIPLOGRAPH_NEO4J_DATA_DIR: dataDir,
    DIPLOGRAPH_NEO4J_BOLT_PORT: '0',
    DIPLOGRAPH_NEO4J_HTTP_PORT: '0',
    DIPLOGRAPH_NEO4J_HEAP: '512m',
    // Other test runs may load the machine: a start may take minutes.
    DIPLOGRAPH_NEO4J_START_TIMEOUT: '600',
  };
  delete env.NEO4J_URI;
  return loadConfig(env);
}

async function withEmbedded<T>(config: Config, use: (db: Database) => Promise<T>): Promise<T> {
  const target = await acquireNeo4j(config, testLogger);
  const db = new Database(target.connection);
  try {
    await db.waitUntilAvailable(config.localNeo4j.startTimeoutMs);
    return await use(db);
  } finally {
    await db.close();
    await target.release();
  }
}

async function exported(db: Database): Promise<string> {
  let text = '';
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  await exportGraph(db, 'json', out);
  return text;
}

/** Moments of writing differ between two loads; everything else must not. */
const TIMES = new Set(['recordedAt', 'appliedAt']);

/**
 * The whole graph as sorted text: every node's labels and typed properties, every relationship
 * with its ends' (so ids, types, empty lists and month summaries all count).
 */
async function graphText(db: Database): Promise<string> {
  const nodes = new Map<string, string>();
  for (const node of await db.rows(snapshotNodes)) {
    const properties = node.properties
      .filter((p) => !TIMES.has(p.key))
      .sort((a, b) => a.key.localeCompare(b.key));
    nodes.set(node.elementId, JSON.stringify([[...node.labels].sort(), properties]));
  }
  const relationships = (await db.rows(snapshotRelationships)).map((r) =>
    JSON.stringify([
      nodes.get(r.startId),
      r.type,
      nodes.get(r.endId),
      [...r.properties].sort((a, b) => a.key.localeCompare(b.key)),
    ]),
  );
  return [...[...nodes.values()].sort(), ...relationships.sort()].join('\n');
}

describe('diplograph import (bulk load through neo4j-admin database import)', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'diplograph-import-'));
    dirs.push(dir);
    return dir;
  };
  let shared: Database;
  beforeAll(() => {
    shared = openTestDatabase();
  });
  afterAll(async () => {
    await shared.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('builds the graph ingest builds: same export, same nodes and relationships; then refuses a second import, and a re-ingest writes nothing', async () => {
    await resetAndMigrate(shared);
    const ingested = await ingest(shared, INPUTS());
    const expectedExport = await exported(shared);
    const expectedGraph = await graphText(shared);

    const config = embeddedConfig(tempDir());
    const report = await bulkImport(config, testLogger, INPUTS());
    expect(report.statementsNew).toBe(ingested.statementsNew);
    expect(report.statementsNew).toBeGreaterThan(30);

    await withEmbedded(config, async (db) => {
      expect(await exported(db)).toBe(expectedExport);
      expect(await graphText(db)).toBe(expectedGraph);
      const again = await ingest(db, INPUTS());
      expect(again.statementsNew).toBe(0);
      expect(again.counters).toEqual({
        nodesCreated: 0,
        relationshipsCreated: 0,
        propertiesSet: 0,
        labelsAdded: 0,
      });
    });

    await expect(bulkImport(config, testLogger, INPUTS())).rejects.toMatchObject({
      code: ErrorCode.DATABASE_NOT_EMPTY,
    });
  });

  it('fails bad input as ingest does (same issues), writing nothing', async () => {
    const bad = expandInputs(
      ['bad-timestamp.yaml', 'duplicate-key.yaml', 'impossible-date.yaml'].map((f) =>
        path.join(FIXTURES, 'bad-input', f),
      ),
    );
    await resetAndMigrate(shared);
    const byIngest = await validateInputs(shared, bad).catch((e: unknown) => e);
    expect(byIngest).toMatchObject({ code: ErrorCode.INGEST_INVALID });

    const config = embeddedConfig(tempDir());
    const byImport = await bulkImport(config, testLogger, bad).catch((e: unknown) => e);
    expect(byImport).toMatchObject({ code: ErrorCode.INGEST_INVALID });
    expect((byImport as Error).message).toBe((byIngest as Error).message);
    await withEmbedded(config, async (db) => {
      expect(await db.rows(ingestedNodes)).toEqual([{ nodes: 0 }]);
    });
  });

  it('refuses a server named by NEO4J_URI: the importer writes store files', async () => {
    const config = { ...embeddedConfig(tempDir()), neo4j: testConnection() };
    await expect(bulkImport(config, testLogger, INPUTS())).rejects.toMatchObject({
      code: ErrorCode.IMPORT_NEEDS_EMBEDDED,
    });
  });
});
