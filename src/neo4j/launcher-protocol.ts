/** What the Java launcher (neo4j-local/) takes on its command line and says when it is ready. */

export const READY_PREFIX = 'DIPLOGRAPH_NEO4J_READY ';
export const MAIN_CLASS = 'org.diplograph.neo4jlocal.Launcher';

export interface LauncherArgs {
  classpath: string;
  /** Omit for an ephemeral database, removed when the launcher stops. */
  dataDir?: string;
  host?: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  /** Stop when our stdin closes, i.e. when the parent process is gone, however it died. */
  exitWithParent: boolean;
  /** The neo4j user's password, in an owner-only file; omitted: authentication off. */
  passwordFile?: string;
  /** Where APOC's jar is (Neo4j loads procedures from there). */
  pluginsDir?: string;
}

export interface ReadyInfo {
  pid: number;
  boltPort: number;
  httpPort: number;
  host: string;
  ephemeral: boolean;
  dataDir: string;
  /** Launchers older than authentication say nothing: they ran without it. */
  auth?: 'password' | 'none';
}

export function javaArguments(args: LauncherArgs): string[] {
  const result = [
    `-Xmx${args.heap}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-cp',
    args.classpath,
    MAIN_CLASS,
    '--host',
    args.host ?? '127.0.0.1',
    '--bolt-port',
    String(args.boltPort),
    '--http-port',
    String(args.httpPort),
    '--page-cache',
    args.pageCache,
  ];
  if (args.dataDir === undefined) result.push('--ephemeral');
  else result.push('--data-dir', args.dataDir);
  if (args.exitWithParent) result.push('--exit-with-parent');
  if (args.passwordFile !== undefined) result.push('--password-file', args.passwordFile);
  if (args.pluginsDir !== undefined) result.push('--plugins-dir', args.pluginsDir);
  return result;
}

/** Finds the ready line in launcher output; undefined while Neo4j is still starting. */
export function findReadyLine(output: string): ReadyInfo | undefined {
  for (const line of output.split('\n')) {
    if (!line.startsWith(READY_PREFIX)) continue;
    const info = JSON.parse(line.slice(READY_PREFIX.length)) as ReadyInfo;
    if (typeof info.pid === 'number' && typeof info.boltPort === 'number') return info;
  }
  return undefined;
}
