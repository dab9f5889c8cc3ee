import path from 'node:path';
import { loadConfig } from '../../../src/config/config';
import { projectRoot } from '../../../src/config/paths';
import { DiplographError } from '../../../src/errors';

describe('loadConfig', () => {
  it('defaults to the embedded Neo4j on loopback and the API on 127.0.0.1:4000', () => {
    const config = loadConfig({});
    expect(config.neo4j).toBeUndefined();
    expect(config.http).toEqual({ host: '127.0.0.1', port: 4000 });
    expect(config.localNeo4j).toMatchObject({ boltPort: 7687, httpPort: 7474, heap: '1g' });
    expect(config.localNeo4j.dataDir).toBe(path.join(projectRoot(), '.data', 'neo4j'));
    expect(config.mode).toBe('development');
  });

  it('uses NEO4J_URI with its credentials when set', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://example.databases.neo4j.io',
      NEO4J_USER: 'analyst',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'graph',
    });
    expect(config.neo4j).toEqual({
      uri: 'neo4j+s://example.databases.neo4j.io',
      user: 'analyst',
      password: 'secret',
      database: 'graph',
    });
  });

  it.each([
    'bolt://h:7687',
    'bolt+s://h',
    'bolt+ssc://h',
    'neo4j://h',
    'neo4j+s://h',
    'neo4j+ssc://h',
  ])('accepts %s', (uri) => expect(loadConfig({ NEO4J_URI: uri }).neo4j?.uri).toBe(uri));

  it('refuses a URI of another scheme, naming the variable', () => {
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrow(/NEO4J_URI/);
  });

  it('refuses a port that is not a port, with the CONFIG_INVALID code', () => {
    let caught: unknown;
    try {
      loadConfig({ DIPLOGRAPH_PORT: '70000' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DiplographError);
    expect(caught).toMatchObject({
      code: 'CONFIG_INVALID',
      message: expect.stringContaining('DIPLOGRAPH_PORT'),
    });
  });

  it('lets explicit overrides win over the environment', () => {
    const config = loadConfig(
      { DIPLOGRAPH_PORT: '5000', NEO4J_URI: 'bolt://env:7687', LOG_LEVEL: 'warn' },
      { http: { port: 6000 }, neo4jUri: 'bolt://flag:7687', logLevel: 'debug' },
    );
    expect(config.http.port).toBe(6000);
    expect(config.neo4j?.uri).toBe('bolt://flag:7687');
    expect(config.logLevel).toBe('debug');
  });

  it('takes production mode from DIPLOGRAPH_MODE or NODE_ENV', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).mode).toBe('production');
    expect(loadConfig({ NODE_ENV: 'production', DIPLOGRAPH_MODE: 'development' }).mode).toBe(
      'development',
    );
  });

  it('resolves a relative data directory against the project root, and keeps an absolute one', () => {
    expect(loadConfig({ DIPLOGRAPH_NEO4J_DATA_DIR: 'x/y' }).localNeo4j.dataDir).toBe(
      path.join(projectRoot(), 'x', 'y'),
    );
    expect(loadConfig({ DIPLOGRAPH_NEO4J_DATA_DIR: '/srv/neo4j' }).localNeo4j.dataDir).toBe(
      '/srv/neo4j',
    );
  });

  it('refuses a heap size that Java would not understand', () => {
    expect(() => loadConfig({ DIPLOGRAPH_NEO4J_HEAP: '1 GB' })).toThrow(/DIPLOGRAPH_NEO4J_HEAP/);
  });
});
