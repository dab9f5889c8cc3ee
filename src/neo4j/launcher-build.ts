import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../config/logger';
import { fromRoot } from '../config/paths';
import { DiplographError, ErrorCode } from '../errors';

const LAUNCHER_DIR = fromRoot('neo4j-local');
const TARGET_DIR = path.join(LAUNCHER_DIR, 'target');
const STAMP_FILE = path.join(TARGET_DIR, 'diplograph-build.sha256');
const JAR = path.join(TARGET_DIR, 'neo4j-local-1.0.0.jar');
/** APOC Core, copied here by the build (neo4j-local/pom.xml). */
export const PLUGINS_DIR = path.join(TARGET_DIR, 'plugins');
/** Diplograph's guide, style and connect page, packed into the launcher beside Browser. */
const SITE_DIR = fromRoot('cypher', 'browser', 'site');
const MIN_JAVA = 17;

const NO_JAVA_HINT =
  'install a Java 17+ JDK with Maven (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless maven), ' +
  'or set NEO4J_URI to a Neo4j 5.26 server of your own (docker compose up starts one)';

/**
 * Ensures the launcher is built from the current sources and returns its Java classpath.
 * `env` is where java and mvn are looked up (PATH, JAVA_HOME, MAVEN_OPTS).
 */
export async function ensureLauncherBuilt(
  log: Logger,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  checkJava(env);
  // APOC's extension (its configuration) is found on the classpath, its procedures in the plugins
  // directory: Neo4j's own start script puts plugins/ on the classpath for the same reason.
  const classpath = [JAR, path.join(TARGET_DIR, 'lib', '*'), path.join(PLUGINS_DIR, '*')].join(
    path.delimiter,
  );
  const digest = sourceDigest();
  if (isBuilt(digest)) return classpath;

  checkMaven(env);
  log.info('building the embedded Neo4j launcher (Maven; the first build downloads Neo4j)');
  const started = Date.now();
  await runMaven(['-B', '-q', '-f', path.join(LAUNCHER_DIR, 'pom.xml'), 'clean', 'package'], env);
  writeFileSync(STAMP_FILE, `${digest}\n`);
  log.info({ seconds: (Date.now() - started) / 1000 }, 'embedded Neo4j launcher built');
  return classpath;
}

function isBuilt(digest: string): boolean {
  if (!existsSync(JAR) || !existsSync(STAMP_FILE)) return false;
  return readFileSync(STAMP_FILE, 'utf8').trim() === digest;
}

/** A rebuild is needed exactly when the pom, a Java source or a page it serves changed. */
function sourceDigest(): string {
  const hash = createHash('sha256');
  const files = [
    path.join(LAUNCHER_DIR, 'pom.xml'),
    ...filesUnder(path.join(LAUNCHER_DIR, 'src'), (name) => name.endsWith('.java')),
    ...filesUnder(SITE_DIR, () => true),
  ];
  for (const file of files.sort()) {
    hash.update(path.relative(LAUNCHER_DIR, file)).update('\0').update(readFileSync(file));
  }
  return hash.digest('hex');
}

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && keep(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

export function parseJavaMajorVersion(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const major = Number(match[1]);
  // Java 8 and older report themselves as 1.x.
  return major === 1 ? Number(match[2]) : major;
}

function checkJava(env: NodeJS.ProcessEnv): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8', env });
  if (result.error) {
    throw new DiplographError(ErrorCode.JAVA_NOT_FOUND, 'Java was not found on the PATH', {
      hint: NO_JAVA_HINT,
    });
  }
  const major = parseJavaMajorVersion(`${result.stderr}${result.stdout}`);
  if (major === undefined || major < MIN_JAVA) {
    throw new DiplographError(
      ErrorCode.JAVA_NOT_FOUND,
      `Java ${MIN_JAVA} or newer is needed for the embedded Neo4j, found ${major ?? 'an unknown version'}`,
      { hint: NO_JAVA_HINT },
    );
  }
}

function checkMaven(env: NodeJS.ProcessEnv): void {
  const result = spawnSync('mvn', ['-v'], { encoding: 'utf8', env });
  if (result.error) {
    throw new DiplographError(
      ErrorCode.MAVEN_NOT_FOUND,
      'Maven (mvn) was not found on the PATH; it builds the embedded Neo4j launcher once',
      { hint: NO_JAVA_HINT },
    );
  }
}

function runMaven(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) return resolve();
      reject(
        new DiplographError(
          ErrorCode.LAUNCHER_BUILD_FAILED,
          `building neo4j-local/ with Maven failed (exit ${code}):\n${output.split('\n').slice(-30).join('\n')}`,
          {
            hint: 'Maven Central must be reachable for the first build; or set NEO4J_URI to a server of your own',
          },
        ),
      );
    });
  });
}
