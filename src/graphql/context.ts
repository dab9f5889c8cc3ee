import type { Database } from '../neo4j/database';
import type { Loaders } from './loaders';

export interface ApiContext {
  db: Database;
  loaders: Loaders;
}
