import path from 'node:path';
import { z } from 'zod';
import { DiplographError, ErrorCode } from '../errors';
import { loadApiKeysFile, parseApiKeysEnv } from '../auth/api-keys';
import type { ApiKeyEntry } from '../auth/api-keys';
import { projectRoot } from './paths';

const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

const port = z.coerce.number().int().min(0).max(65535);
const memorySize = z.string().regex(/^\d+[kmgKMG]?$/, 'a size such as 512m or 1g');

/** Each environment variable, its default and its validation; .env.example lists the same. */
const envSchema = z.object({
  DIPLOGRAPH_MODE: z.enum(['development', 'production']).optional(),
  NODE_ENV: z.string().optional(),
  DIPLOGRAPH_HOST: z.string().min(1).default('127.0.0.1'),
  DIPLOGRAPH_PORT: port.default(4000),
  LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),
  NEO4J_URI: z
    .string()
    .refine(
      (uri) => NEO4J_SCHEMES.includes(uri.split('://')[0] ?? ''),
      `a URI starting with ${NEO4J_SCHEMES.map((s) => `${s}://`).join(', ')}`,
    )
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  DIPLOGRAPH_NEO4J_DATA_DIR: z.string().min(1).default('.data/neo4j'),
  DIPLOGRAPH_NEO4J_BOLT_PORT: port.default(7687),
  DIPLOGRAPH_NEO4J_HTTP_PORT: port.default(7474),
  DIPLOGRAPH_NEO4J_HEAP: memorySize.default('1g'),
  DIPLOGRAPH_NEO4J_PAGECACHE: memorySize.default('256m'),
  DIPLOGRAPH_NEO4J_START_TIMEOUT: z.coerce.number().positive().default(180),
  DIPLOGRAPH_NEO4J_AUTH: z.enum(['password', 'none']).default('password'),
  DIPLOGRAPH_API_KEYS: z.string().optional(),
  DIPLOGRAPH_API_KEYS_FILE: z.string().min(1).optional(),
  DIPLOGRAPH_READS_NEED_KEY: z.enum(['true', 'false']).optional(),
});

export type Mode = 'development' | 'production';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface LocalNeo4jSettings {
  dataDir: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  startTimeoutMs: number;
  /** password: a generated one, in the data directory; none: no authentication (opt-out). */
  auth: 'password' | 'none';
}

export interface Config {
  mode: Mode;
  logLevel: string;
  http: { host: string; port: number };
  /** Set when NEO4J_URI names a server; otherwise the embedded default is used. */
  neo4j: Neo4jConnection | undefined;
  credentials: { user: string; password: string; database: string };
  localNeo4j: LocalNeo4jSettings;
  api: {
    /** Hashed keys with their roles (docs/api-keys.md); empty: mutations are refused. */
    keys: ApiKeyEntry[];
    /** Reads need a key too; by default only in production mode. */
    readsNeedKey: boolean;
  };
}

/** Values given explicitly (CLI flags, tests) win over the environment. */
export interface ConfigOverrides {
  http?: Partial<Config['http']>;
  neo4jUri?: string;
  localNeo4j?: Partial<LocalNeo4jSettings>;
  logLevel?: string;
}

export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: ConfigOverrides = {},
): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new DiplographError(
      ErrorCode.CONFIG_INVALID,
      `invalid configuration: ${problems.join('; ')}`,
      {
        hint: 'fix the environment variable(s) named above; .env.example lists them all',
        details: { problems },
      },
    );
  }
  const e = parsed.data;
  const credentials = {
    user: e.NEO4J_USER,
    password: e.NEO4J_PASSWORD,
    database: e.NEO4J_DATABASE,
  };
  const uri = overrides.neo4jUri ?? e.NEO4J_URI;
  const mode = e.DIPLOGRAPH_MODE ?? (e.NODE_ENV === 'production' ? 'production' : 'development');
  const keys = [
    ...(e.DIPLOGRAPH_API_KEYS ? parseApiKeysEnv(e.DIPLOGRAPH_API_KEYS) : []),
    ...(e.DIPLOGRAPH_API_KEYS_FILE
      ? loadApiKeysFile(path.resolve(projectRoot(), e.DIPLOGRAPH_API_KEYS_FILE))
      : []),
  ];
  return {
    mode,
    logLevel: overrides.logLevel ?? e.LOG_LEVEL,
    http: { host: e.DIPLOGRAPH_HOST, port: e.DIPLOGRAPH_PORT, ...overrides.http },
    neo4j: uri ? { uri, ...credentials } : undefined,
    credentials,
    localNeo4j: {
      dataDir: path.resolve(projectRoot(), e.DIPLOGRAPH_NEO4J_DATA_DIR),
      boltPort: e.DIPLOGRAPH_NEO4J_BOLT_PORT,
      httpPort: e.DIPLOGRAPH_NEO4J_HTTP_PORT,
      heap: e.DIPLOGRAPH_NEO4J_HEAP,
      pageCache: e.DIPLOGRAPH_NEO4J_PAGECACHE,
      startTimeoutMs: e.DIPLOGRAPH_NEO4J_START_TIMEOUT * 1000,
      auth: e.DIPLOGRAPH_NEO4J_AUTH,
      ...overrides.localNeo4j,
    },
    api: {
      keys,
      readsNeedKey: (e.DIPLOGRAPH_READS_NEED_KEY ?? String(mode === 'production')) === 'true',
    },
  };
}
