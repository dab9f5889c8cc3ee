import type { ChunkStatement } from '../validate/origin';
import type { References } from '../validate/references';
import { planDefinitions } from './definition-rows';
import { planStatement } from './statement-rows';
import { emptyPlan } from './write-plan';
import type { WritePlan } from './write-plan';

/**
 * The rows of the documents: definitions, then statements; undefined when they have issues
 * (`refs.issues`). Planning the same records again (a retried transaction) gives the same rows:
 * a record is written where it first occurs.
 */
export function planDocuments(refs: References): WritePlan | undefined {
  const before = refs.issues.length;
  const plan = emptyPlan();
  planDefinitions(refs, plan);
  refs.forEach('statements', (s, o) => planStatement(refs, plan, s, o));
  return refs.issues.length > before ? undefined : plan;
}

/** The rows of a chunk of NDJSON statements, or undefined when the chunk has issues. */
export function planChunk(refs: References, chunk: ChunkStatement[]): WritePlan | undefined {
  const before = refs.issues.length;
  const plan = emptyPlan();
  for (const { statement, origin } of chunk) {
    const id = planStatement(refs, plan, statement, origin);
    refs.forgetExisting('statement', id);
  }
  return refs.issues.length > before ? undefined : plan;
}
