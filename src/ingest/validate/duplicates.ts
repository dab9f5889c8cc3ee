import type { StatementInput } from '../format';
import { IssueCode } from '../issues';
import type { Origin } from './origin';
import type { References } from './references';

/**
 * The same statement under two ids: a record whose fingerprint (speaker, date, on-behalf-of
 * actors, quotes: src/model/ids.ts) is another statement's, in the run or standing in the graph,
 * is refused as DUPLICATE_STATEMENT naming the other, unless its `distinctFrom` names it (two
 * look-alikes that are distinct statements, e.g. the same words said twice on one day). Without
 * this, the second id silently doubles its months' counts.
 */
export class DuplicateStatements {
  /**
   * fingerprint → the first statement of the run with it: its id, or with the ids it is distinct
   * from when it names any. One entry per statement of the run, so the common case is a string.
   */
  private readonly seen = new Map<
    string,
    string | { id: string; distinctFrom: readonly string[] }
  >();

  check(refs: References, s: StatementInput, id: string, o: Origin): void {
    const fingerprint = refs.fingerprintOf(s);
    const seen = this.seen.get(fingerprint);
    if (seen === undefined)
      this.seen.set(fingerprint, s.distinctFrom.length ? { id, distinctFrom: s.distinctFrom } : id);
    const first = typeof seen === 'string' ? { id: seen, distinctFrom: [] } : seen;
    // Within a run either record may say the two are distinct; against the graph, the new one.
    const inRun = first?.distinctFrom.includes(id) ? undefined : first?.id;
    // A statement standing in the graph under its own id is ingested again (its content is
    // checked as CONFLICTS_WITH_GRAPH): its look-alikes there were accepted beside it, and the
    // graph answers one of them only, maybe not the one whose distinctFrom names it.
    const inGraph = refs.statementInGraph(id) ? undefined : refs.graphStatementWith(fingerprint);
    for (const other of [inRun, inGraph]) {
      if (other === undefined || other === id || s.distinctFrom.includes(other)) continue;
      refs.issue(
        o,
        [],
        IssueCode.DUPLICATE_STATEMENT,
        `the same speaker, date, actors and quotes as statement "${other}" (${inRun === other ? 'in this run' : 'in the graph'}); if it is another statement, say so with distinctFrom: ["${other}"]`,
      );
      return;
    }
  }
}
