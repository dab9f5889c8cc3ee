import { setTimeout as sleep } from 'node:timers/promises';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { DiplographError, ErrorCode } from '../../errors';
import { ingest } from '../../ingest/ingest';
import { applyStatusChange } from '../../statements/status';
import type { StatusChange } from '../../statements/status';
import { requireRole } from '../auth';
import type { ApiContext } from '../context';
import { apiError } from '../errors';
import type { Entity } from '../loaders';
import { Statement } from '../types/entities';
import { IngestInput, IngestReport } from '../types/ingest-report';

const EXTENSION = { YAML: 'yaml', JSON: 'json', NDJSON: 'ndjson' } as const;

/** Attempts of an ingest that collides with a concurrent one before CONFLICT reaches the client. */
const CONFLICT_ATTEMPTS = 4;

/**
 * Two clients sending the same statement at once collide on its uniqueness constraint; the
 * loser rolled back whole. Planned again, it finds the winner's nodes and merges onto them, so
 * the API retries (with a little jitter) rather than hand every client a retry loop. The text of
 * a request can be read again; a CLI stream could not, which is why this lives here.
 */
async function retryingConflicts<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const conflict = error instanceof DiplographError && error.code === ErrorCode.CONFLICT;
      if (!conflict || attempt >= CONFLICT_ATTEMPTS) throw error;
      await sleep(20 * attempt + Math.random() * 50);
    }
  }
}

@Resolver()
export class MutationResolver {
  @Mutation(() => IngestReport, {
    description:
      'Validates and writes statements exactly as `diplograph ingest` does: all or nothing. Needs the ingest role.',
  })
  async ingestStatements(
    @Arg('input', () => IngestInput) input: IngestInput,
    @Ctx() context: ApiContext,
  ): Promise<IngestReport> {
    requireRole(context.caller, 'ingest');
    try {
      return await retryingConflicts(() =>
        ingest(context.db, [{ name: `request.${EXTENSION[input.format]}`, text: input.text }], {
          dryRun: input.dryRun,
        }),
      );
    } catch (error) {
      if (error instanceof DiplographError && error.code === ErrorCode.INGEST_INVALID) {
        // The same issues, with the same codes and locations, as the CLI prints.
        throw apiError('BAD_USER_INPUT', error.message, {
          reason: ErrorCode.INGEST_INVALID,
          issues: (error.details as { issues?: unknown } | undefined)?.issues ?? [],
        });
      }
      throw error;
    }
  }

  @Mutation(() => Statement, {
    description:
      'Marks a statement retracted: kept, with the reason, out of lists and comparisons. Needs the ingest role.',
  })
  async retractStatement(
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
    @Ctx() context: ApiContext,
  ): Promise<Entity | null> {
    const caller = requireRole(context.caller, 'ingest');
    await this.change(context, { kind: 'RETRACT', id, reason, by: caller.name });
    return context.loaders.entity('statement', id);
  }

  @Mutation(() => Statement, {
    description:
      'Marks a statement superseded by another one already in the graph, linking the two. Needs the ingest role.',
  })
  async supersedeStatement(
    @Arg('id', () => ID) id: string,
    @Arg('by', () => ID, { description: 'The replacing statement (ingest it first).' })
    by: string,
    @Arg('reason') reason: string,
    @Ctx() context: ApiContext,
  ): Promise<Entity | null> {
    const caller = requireRole(context.caller, 'ingest');
    await this.change(context, {
      kind: 'SUPERSEDE',
      id,
      replacement: by,
      reason,
      by: caller.name,
    });
    return context.loaders.entity('statement', id);
  }

  /** The CLI's retract and supersede take the same path (src/statements/status.ts). */
  private async change(context: ApiContext, change: StatusChange): Promise<void> {
    await applyStatusChange(context.db, change);
  }
}
