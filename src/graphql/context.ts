import type { ApiKeyIdentity } from '../auth/api-keys';
import type { Database } from '../neo4j/database';
import type { ActorShares } from './actor-shares';
import type { Loaders } from './loaders';

export interface ApiContext {
  db: Database;
  loaders: Loaders;
  /** Counts the statements page plans with, kept for every request of the process. */
  actorShares: ActorShares;
  /** Who presented a valid API key; undefined for anonymous requests. */
  caller: ApiKeyIdentity | undefined;
}
