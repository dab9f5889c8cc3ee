import { createHash } from 'node:crypto';
import type { StanceMonthSummary } from './month-summaries';
import type { ImportTables } from './import-tables';

/** A node's key in the import files: its key label and id (ids are unique per label only). */
export function nodeKey(label: string, id: string): string {
  return `${label}|${id}`;
}

/** A list property the importer cannot write empty; set to [] after the import (empty-lists). */
export interface EmptyList {
  label: string;
  id: string;
  property: string;
}

/**
 * What the tables of one import have been given so far: the import file holds each node once
 * and each relationship the online writer MERGEs once, as MERGE would leave them.
 */
export class ImportState {
  /** Keys of the nodes written, but statements', quotes' and months'. */
  readonly nodes = new Set<string>();
  private readonly merged = new Set<string>();
  /** A quote's id, and a digest of the text it was first written with (QUOTES.text). */
  private readonly quotes = new Map<string, string>();
  private readonly months = new Map<string, StanceMonthSummary>();
  readonly emptyLists: EmptyList[] = [];

  constructor(
    readonly tables: ImportTables,
    /** datetime() of the online writer: the moment the import began, for every node. */
    readonly recordedAt: string,
  ) {}

  /** A node new to the import; false when it is there already (MERGE … ON CREATE sets nothing). */
  isNewNode(key: string): boolean {
    if (this.nodes.has(key)) return false;
    this.nodes.add(key);
    return true;
  }

  /** A relationship MERGEd online: false when it is there already. */
  isNewLink(start: string, type: string, end: string, distinct = ''): boolean {
    const key = `${start}\u0000${type}\u0000${end}\u0000${distinct}`;
    if (this.merged.has(key)) return false;
    this.merged.add(key);
    return true;
  }

  /** Lists that are empty, noted to be set after the import. */
  noteEmptyLists(
    label: string,
    id: string,
    lists: Record<string, readonly unknown[] | null>,
  ): void {
    for (const [property, value] of Object.entries(lists)) {
      if (value !== null && value.length === 0) this.emptyLists.push({ label, id, property });
    }
  }

  /**
   * A quote as MERGE (q:Quote {id}) ON CREATE SET q.text leaves it: whether it is new, and the
   * text QUOTES carries (the statement's own spelling where it differs from the node's).
   */
  quote(id: string, text: string): { isNew: boolean; ownText: string | null } {
    const digest = createHash('sha1').update(text).digest('base64');
    const first = this.quotes.get(id);
    if (first === undefined) {
      this.quotes.set(id, digest);
      return { isNew: true, ownText: null };
    }
    return { isNew: false, ownText: first === digest ? null : text };
  }

  /**
   * Adds summaries as cypher/statements/add-to-stance-months.cypher adds them to a month: counts
   * add up; a later last day replaces the evidence, the same day extends it.
   */
  addMonths(summaries: readonly StanceMonthSummary[]): void {
    for (const summary of summaries) {
      const key = [summary.positionId, summary.actorId, summary.modality, summary.month].join('\0');
      const month = this.months.get(key);
      if (month === undefined) {
        this.months.set(key, { ...summary, evidence: [...summary.evidence] });
        continue;
      }
      month.supports += summary.supports;
      month.opposes += summary.opposes;
      month.neutral += summary.neutral;
      if (summary.lastDay > month.lastDay) {
        month.lastDay = summary.lastDay;
        month.evidence = [...summary.evidence];
      } else if (summary.lastDay === month.lastDay) {
        month.evidence.push(...summary.evidence);
      }
    }
  }

  monthSummaries(): IterableIterator<StanceMonthSummary> {
    return this.months.values();
  }
}
