import { parseJavaMajorVersion } from '../../../src/neo4j/launcher-build';
import {
  findReadyLine,
  javaArguments,
  MAIN_CLASS,
  READY_PREFIX,
} from '../../../src/neo4j/launcher-protocol';

describe('launcher protocol', () => {
  const base = {
    classpath: 'a.jar:lib/*',
    boltPort: 7687,
    httpPort: 7474,
    heap: '1g',
    pageCache: '256m',
  };

  it('caps the heap and passes ports and the data directory', () => {
    const args = javaArguments({ ...base, dataDir: '/data/neo4j', exitWithParent: true });
    expect(args).toContain('-Xmx1g');
    expect(args.slice(args.indexOf(MAIN_CLASS))).toEqual([
      MAIN_CLASS,
      '--host',
      '127.0.0.1',
      '--bolt-port',
      '7687',
      '--http-port',
      '7474',
      '--page-cache',
      '256m',
      '--data-dir',
      '/data/neo4j',
      '--exit-with-parent',
    ]);
  });

  it('asks for an ephemeral database when no data directory is given', () => {
    const args = javaArguments({ ...base, exitWithParent: false });
    expect(args).toContain('--ephemeral');
    expect(args).not.toContain('--data-dir');
    expect(args).not.toContain('--exit-with-parent');
  });

  it('finds the ready line among Neo4j log lines', () => {
    const output = [
      '2026-11-27 13:41:28.121+0000 INFO  Started.',
      `${READY_PREFIX}{"pid":42,"boltPort":40001,"httpPort":40002,"host":"127.0.0.1","ephemeral":true,"dataDir":""}`,
      '',
    ].join('\n');
    expect(findReadyLine(output)).toEqual({
      pid: 42,
      boltPort: 40001,
      httpPort: 40002,
      host: '127.0.0.1',
      ephemeral: true,
      dataDir: '',
    });
  });

  it('reports nothing while the server is still starting', () => {
    expect(findReadyLine('2026-11-27 INFO  Starting...\n')).toBeUndefined();
  });

  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_381"', 8],
    ['nothing useful', undefined],
  ])('reads the Java major version from %s', (output, major) => {
    expect(parseJavaMajorVersion(output)).toBe(major);
  });
});
