import { Neo4jContainer } from '@testcontainers/neo4j';
import type { StartedNeo4jContainer } from '@testcontainers/neo4j';
import { getContainerRuntimeClient } from 'testcontainers';
import { LocalNeo4j } from '../../src/neo4j/local-neo4j';
import { testLogger } from './test-logger';
import { TEST_ENV } from './test-neo4j-env';

export interface TestNeo4jHandle {
  stop(): Promise<void>;
}

declare global {
  var diplographTestNeo4j: TestNeo4jHandle | undefined;
}

/**
 * One real Neo4j for the whole run: NEO4J_URI if set; else a neo4j:5.26-community container
 * when a container runtime answers; else the embedded launcher with a throw-away database.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) {
    publish('NEO4J_URI', process.env.NEO4J_URI, process.env.NEO4J_USER, process.env.NEO4J_PASSWORD);
    process.env[TEST_ENV.database] = process.env.NEO4J_DATABASE ?? 'neo4j';
    return;
  }
  if (await containerRuntimeAnswers()) {
    // APOC as the embedded Neo4j and compose have it: the Browser guide's queries use it.
    const container: StartedNeo4jContainer = await new Neo4jContainer('neo4j:5.26-community')
      .withApoc()
      .start();
    publish(
      'testcontainers',
      container.getBoltUri(),
      container.getUsername(),
      container.getPassword(),
    );
    globalThis.diplographTestNeo4j = { stop: async () => void (await container.stop()) };
    return;
  }
  const server = await LocalNeo4j.start(
    {
      boltPort: 0,
      httpPort: 0,
      heap: process.env.DIPLOGRAPH_NEO4J_HEAP ?? '1g',
      pageCache: '128m',
      startTimeoutMs: 300_000,
      lifetime: 'attached',
    },
    testLogger,
  );
  // The generated password: the tests connect as the API does.
  publish('embedded', server.boltUri, server.credentials.user, server.credentials.password);
  globalThis.diplographTestNeo4j = { stop: () => server.stop() };
}

function publish(source: string, uri: string, user = 'neo4j', password = ''): void {
  process.env[TEST_ENV.source] = source;
  process.env[TEST_ENV.uri] = uri;
  process.env[TEST_ENV.user] = user;
  process.env[TEST_ENV.password] = password;
  process.stderr.write(`\nintegration tests use Neo4j from ${source}: ${uri}\n`);
}

async function containerRuntimeAnswers(): Promise<boolean> {
  try {
    await getContainerRuntimeClient();
    return true;
  } catch {
    // "Could not find a working container runtime strategy": no Docker engine on this machine.
    return false;
  }
}
