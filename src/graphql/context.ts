import type { ApiKeyIdentity } from '../auth/api-keys';
import type { Database } from '../neo4j/database';
import type { Loaders } from './loaders';

export interface ApiContext {
  db: Database;
  loaders: Loaders;
  /** Who presented a valid API key; undefined for anonymous requests. */
  caller: ApiKeyIdentity | undefined;
}
