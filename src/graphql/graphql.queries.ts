import { queryFile } from '../neo4j/query-file';
import type { Columns } from '../neo4j/query-file';

/** The queries under cypher/graphql/ the API reads with, and the rows they return. */

export const NODE_KINDS = [
  'actor',
  'position',
  'topic',
  'event',
  'document',
  'source',
  'place',
  'quote',
  'statement',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** A node's properties as the queries project them: temporal values as ISO 8601 text. */
export type NodeProperties = Record<string, unknown> & { id: string; labels?: string[] };

export interface NodeRow {
  kind: NodeKind;
  node: NodeProperties;
}

export const nodesById = queryFile<NodeRow>('graphql/nodes-by-id.cypher', {
  kind: true,
  node: true,
});

export interface StanceRow {
  statementId: string;
  positionId: string;
  quoteId: string;
  stance: string;
  act: string | null;
  modality: string;
  target: string | null;
}

/** One of a statement's speakers: actor id, role, place in the list (0 for a lone speaker). */
export interface SpeakerLink {
  id: string;
  role: string | null;
  ord: number;
}

/** What a statement links to, by id. */
export interface StatementLinks {
  /** In any order: `speakersInOrder` sorts them. */
  speakers: SpeakerLink[];
  onBehalfOf: string[];
  topics: string[];
  respondsTo: string[];
  documents: string[];
  /** `text`: the statement's own spelling (QUOTES.text, docs/reliability.md), else the quote's. */
  quotes: { ref: string; id: string; text: string }[];
  stances: StanceRow[];
  supersededBy: string[];
  /** The statements this one replaces (the other end of their SUPERSEDED_BY). */
  supersedes: string[];
}

/** The lists of a statement's links: in statement-links and in the statements page. */
export const LINK_LIST_COLUMNS: Columns<Omit<StatementLinks, 'speakers'>> = {
  onBehalfOf: true,
  topics: true,
  respondsTo: true,
  documents: true,
  quotes: true,
  stances: true,
  supersededBy: true,
  supersedes: true,
};

export type StatementLinksRow = { id: string } & StatementLinks;

export const statementLinks = queryFile<StatementLinksRow>('graphql/statement-links.cypher', {
  id: true,
  speakers: true,
  ...LINK_LIST_COLUMNS,
});

export interface PositionLinks {
  id: string;
  subjects: { id: string; kind: NodeKind }[];
  proposedBy: string[];
  principles: string[];
  partners: string[];
  declaredBy: string[];
  triggerEvent: string | null;
}

export const positionLinks = queryFile<PositionLinks>('graphql/position-links.cypher', {
  id: true,
  subjects: true,
  proposedBy: true,
  principles: true,
  partners: true,
  declaredBy: true,
  triggerEvent: true,
});

export interface RoleRow {
  title: string;
  of: string;
  from: string | null;
  to: string | null;
}

export interface ActorRoles {
  id: string;
  roles: RoleRow[];
}

export const actorRoles = queryFile<ActorRoles>('graphql/actor-roles.cypher', {
  id: true,
  roles: true,
});

export interface DocumentLinks {
  id: string;
  source: string | null;
  republishedBy: string[];
}

export const documentLinks = queryFile<DocumentLinks>('graphql/document-links.cypher', {
  id: true,
  source: true,
  republishedBy: true,
});

export interface StancesOnPosition {
  id: string;
  stances: StanceRow[];
}

export const stancesOnPositions = queryFile<StancesOnPosition>(
  'graphql/stances-on-positions.cypher',
  { id: true, stances: true },
);

/** A page of ids, by id: what the root lists read before loading the nodes. */
export interface IdRow {
  id: string;
}

export const actorsPage = queryFile<IdRow>('graphql/actors-page.cypher', { id: true });
export const positionsPage = queryFile<IdRow>('graphql/positions-page.cypher', { id: true });
export const topicsPage = queryFile<IdRow>('graphql/topics-page.cypher', { id: true });

export interface SearchRow {
  kind: 'quote' | 'statement';
  id: string;
  text: string | null;
  score: number;
  statements: string[];
}

export const search = queryFile<SearchRow>('graphql/search.cypher', {
  kind: true,
  id: true,
  text: true,
  score: true,
  statements: true,
});
