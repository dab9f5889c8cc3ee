import type {
  ActorRow,
  DocumentRow,
  EventRow,
  PlaceRow,
  PositionRow,
  RoleRow,
} from '../ingest/plan/definition-hashes';
import type { StatementContent } from '../ingest/plan/statement-hash';
import { queryFile } from '../neo4j/query-file';

/** The data migrations' queries (cypher/data-migrations/) and their rows. */

/** What a fingerprint is made of, as the graph holds it (data migration 009). */
export interface FingerprintInputRow {
  id: string;
  /** yyyy-mm-dd, the first day of the period of its precision. */
  date: string;
  datePrecision: string;
  speakers: string[];
  onBehalfOf: string[];
  quotes: string[];
  summary: string | null;
}

export const statementsWithoutFingerprint = queryFile<FingerprintInputRow>(
  'data-migrations/statements-without-fingerprint.cypher',
  {
    id: true,
    date: true,
    datePrecision: true,
    speakers: true,
    onBehalfOf: true,
    quotes: true,
    summary: true,
  },
);

export const setFingerprints = queryFile<{ updated: number }>(
  'data-migrations/set-fingerprints.cypher',
  { updated: true },
);

/** A node to hash again: its element id and the hash it holds. */
interface Hashed {
  node: string;
  contentHash: string;
}

export type ActorHashRow = Hashed & ActorRow & { roles: RoleRow[] };
export type PlaceHashRow = Hashed & PlaceRow;
export type EventHashRow = Hashed & EventRow;
export type DocumentHashRow = Hashed & DocumentRow;
export type PositionHashRow = Hashed & PositionRow;

/** A statement's row as ingestion plans it, but speakers carry their place and owned rows no id. */
export type StatementHashRow = Hashed &
  Omit<StatementContent, 'speakers' | 'quotes' | 'stances' | 'planStatuses' | 'redLineStatuses'> & {
    speakers: { actor: string; role: string | null; ord: number }[];
    quotes: Omit<StatementContent['quotes'][number], 'statementId'>[];
    stances: Omit<StatementContent['stances'][number], 'statementId'>[];
    planStatuses: Omit<StatementContent['planStatuses'][number], 'statementId'>[];
    redLineStatuses: Omit<StatementContent['redLineStatuses'][number], 'statementId'>[];
  };

const hashed = { node: true, contentHash: true, id: true } as const;

export const actorsToHash = queryFile<ActorHashRow>('data-migrations/hash-actors.cypher', {
  ...hashed,
  kind: true,
  name: true,
  aliases: true,
  wikidataId: true,
  orgKind: true,
  partOf: true,
  roles: true,
});

export const placesToHash = queryFile<PlaceHashRow>('data-migrations/hash-places.cypher', {
  ...hashed,
  name: true,
  aliases: true,
  within: true,
});

export const eventsToHash = queryFile<EventHashRow>('data-migrations/hash-events.cypher', {
  ...hashed,
  date: true,
  datePrecision: true,
  description: true,
  places: true,
  topics: true,
});

export const documentsToHash = queryFile<DocumentHashRow>('data-migrations/hash-documents.cypher', {
  ...hashed,
  source: true,
  title: true,
  url: true,
  publishedAt: true,
  publishedAtZoneKnown: true,
  retrievedAt: true,
  republishedBy: true,
  language: true,
  framing: true,
});

export const positionsToHash = queryFile<PositionHashRow>('data-migrations/hash-positions.cypher', {
  ...hashed,
  type: true,
  label: true,
  qualifier: true,
  subjects: true,
  peacePlan: true,
  redLine: true,
});

export const statementsToHash = queryFile<StatementHashRow>(
  'data-migrations/hash-statements.cypher',
  {
    ...hashed,
    date: true,
    datePrecision: true,
    kind: true,
    speakers: true,
    onBehalfOf: true,
    topics: true,
    summary: true,
    language: true,
    location: true,
    respondsTo: true,
    reportedIn: true,
    distinctFrom: true,
    quotes: true,
    stances: true,
    planStatuses: true,
    redLineStatuses: true,
  },
);

/** Params: $rows, each {node, was, contentHash}. */
export const setContentHashes = queryFile<{ updated: number }>(
  'data-migrations/set-content-hashes.cypher',
  { updated: true },
);
