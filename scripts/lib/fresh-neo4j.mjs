// A fresh ephemeral Neo4j for a benchmark (heap 2 GiB, page cache 512 MiB), migrated, given to
// `use(db, server)` and stopped afterwards whatever happens. Needs `npm run build` first.
// Options: `dataDir` keeps the database in that folder instead (created if need be, reused if
// there: a loaded benchmark data set survives the run); `heap` and `pageCache` override the sizes.
import path from 'node:path';

const dist = (p) => path.join(import.meta.dirname, '..', '..', 'dist', 'src', p);

export async function withFreshNeo4j(use, options = {}) {
  const { LocalNeo4j } = await import(dist('neo4j/local-neo4j.js'));
  const { Database } = await import(dist('neo4j/database.js'));
  const { migrate } = await import(dist('migrations/migrator.js'));
  const pino = (await import('pino')).default;
  const log = pino({ level: 'silent' });
  const server = await LocalNeo4j.start(
    {
      boltPort: 0,
      httpPort: 0,
      heap: options.heap ?? '2g',
      pageCache: options.pageCache ?? '512m',
      startTimeoutMs: 300_000,
      lifetime: 'attached',
      // A benchmark's database is thrown away, and other scripts connect to it without a password.
      auth: 'none',
      ...(options.dataDir === undefined ? {} : { dataDir: path.resolve(options.dataDir) }),
    },
    log,
  );
  const db = new Database({ uri: server.boltUri, user: 'neo4j', password: '', database: 'neo4j' });
  try {
    await migrate(db, log);
    return await use(db, server);
  } finally {
    await db.close();
    await server.stop();
  }
}
