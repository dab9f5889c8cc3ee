import type { Neo4jConnection } from '../../src/config/config';

/** How global setup hands the run's Neo4j to the test workers, which are separate processes. */
export const TEST_ENV = {
  uri: 'DIPLOGRAPH_TEST_NEO4J_URI',
  user: 'DIPLOGRAPH_TEST_NEO4J_USER',
  password: 'DIPLOGRAPH_TEST_NEO4J_PASSWORD',
  database: 'DIPLOGRAPH_TEST_NEO4J_DATABASE',
  source: 'DIPLOGRAPH_TEST_NEO4J_SOURCE',
} as const;

export function testConnection(): Neo4jConnection {
  const uri = process.env[TEST_ENV.uri];
  if (!uri) throw new Error('no test Neo4j: integration tests run through jest global setup');
  return {
    uri,
    user: process.env[TEST_ENV.user] ?? 'neo4j',
    password: process.env[TEST_ENV.password] ?? '',
    database: process.env[TEST_ENV.database] ?? 'neo4j',
  };
}
