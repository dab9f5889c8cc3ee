import type { Request, Response } from 'express';
import { isDiplographError } from '../errors';
import type { Database } from '../neo4j/database';

export interface HealthDeps {
  db: Database;
  databaseKind: string;
  version: string;
}

export type HealthReport =
  | {
      status: 'ok';
      version: string;
      database: {
        status: 'up';
        kind: string;
        neo4jVersion: string;
        edition: string;
        latencyMs: number;
      };
    }
  | {
      status: 'degraded';
      version: string;
      database: { status: 'down'; kind: string; error: { code: string; message: string } };
    };

/** Asks the database on every call, so the answer follows it down and back up. */
export async function checkHealth(deps: HealthDeps): Promise<HealthReport> {
  try {
    const info = await deps.db.ping();
    return {
      status: 'ok',
      version: deps.version,
      database: {
        status: 'up',
        kind: deps.databaseKind,
        neo4jVersion: info.version,
        edition: info.edition,
        latencyMs: info.latencyMs,
      },
    };
  } catch (error) {
    const code = isDiplographError(error) ? error.code : 'INTERNAL';
    const message = isDiplographError(error) ? error.message : 'health check failed';
    return {
      status: 'degraded',
      version: deps.version,
      database: { status: 'down', kind: deps.databaseKind, error: { code, message } },
    };
  }
}

export function healthHandler(deps: HealthDeps) {
  return async (_req: Request, res: Response): Promise<void> => {
    const report = await checkHealth(deps);
    res.status(report.status === 'ok' ? 200 : 503).json(report);
  };
}
