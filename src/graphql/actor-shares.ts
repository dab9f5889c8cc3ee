import { LRUCache } from 'lru-cache';
import type { Logger } from '../config/logger';
import type { Database } from '../neo4j/database';
import { actorShare } from './counts.queries';
import type { ActorShare } from './counts.queries';

/**
 * Whether a page of `limit` statements of an actor alone is cheaper read from the date index
 * (newest first, checking each statement for the actor: about 10 db hits a statement read, and
 * about `limit × total / statements` read) than from the actor (reading and sorting all of its
 * statements: about 2 db hits each). The two meet at `statements² = 5 × limit × total`: about
 * 3,200 statements of 100,000 for a page of 20 (bench:peer, docs/benchmarks.md).
 */
export function readsFewerFromDate(share: ActorShare, limit: number): boolean {
  return share.statements * share.statements > 5 * limit * share.total;
}

/** How long a count is trusted: a stale one changes where a page starts, never its answer. */
const KEPT_MS = 10 * 60 * 1000;

/**
 * The counts the statements page plans with, kept by the process for every request. They are
 * asked for off the request path: a page for an actor not counted yet starts from the actor
 * (its cost bounded by the actor's statements) and sets the count going for the pages after,
 * so that a page stays one round-trip.
 */
export class ActorShares {
  private readonly known = new LRUCache<string, ActorShare>({ max: 10_000, ttl: KEPT_MS });
  private readonly asking = new Set<string>();

  constructor(
    private readonly db: Database,
    private readonly log: Logger,
  ) {}

  /** The actor's share if it is known; if not, undefined, and it is asked for. */
  of(actor: string): ActorShare | undefined {
    const share = this.known.get(actor);
    if (share === undefined) this.ask(actor);
    return share;
  }

  /** The count for `actor`, asked for at most once at a time; a failure is only logged. */
  private ask(actor: string): void {
    if (this.asking.has(actor)) return;
    this.asking.add(actor);
    this.db.rows(actorShare, { actor }).then(
      ([row]) => {
        if (row !== undefined) this.known.set(actor, row);
        this.asking.delete(actor);
      },
      (error: unknown) => {
        this.log.warn({ err: error, actor }, 'could not count the statements of an actor');
        this.asking.delete(actor);
      },
    );
  }
}
