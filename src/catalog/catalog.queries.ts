import { queryFile } from '../neo4j/query-file';

/**
 * What the terminal finds things with (diplograph actors, topics, positions, search, show):
 * each query with the row it returns.
 */

export interface ActorListRow {
  id: string;
  name: string;
  kind: string | null;
  statements: number;
}

export const actorList = queryFile<ActorListRow>('catalog/actors.cypher', {
  id: true,
  name: true,
  kind: true,
  statements: true,
});

export interface TopicListRow {
  id: string;
  name: string | null;
  positions: number;
  statements: number;
}

export const topicList = queryFile<TopicListRow>('catalog/topics.cypher', {
  id: true,
  name: true,
  positions: true,
  statements: true,
});

export interface PositionListRow {
  id: string;
  type: string;
  label: string | null;
  /** The names of what it is about, in order. */
  about: string[];
  stances: number;
}

export const positionList = queryFile<PositionListRow>('catalog/positions.cypher', {
  id: true,
  type: true,
  label: true,
  about: true,
  stances: true,
});

export interface SearchHitRow {
  statement: string;
  date: string;
  speakers: string[];
  onBehalfOf: string[];
  kind: 'quote' | 'summary';
  text: string;
  score: number;
}

export const searchHits = queryFile<SearchHitRow>('catalog/search.cypher', {
  statement: true,
  date: true,
  speakers: true,
  onBehalfOf: true,
  kind: true,
  text: true,
  score: true,
});

export interface IdName {
  id: string;
  name: string;
}

export interface StatementStance {
  position: string;
  label: string | null;
  stance: string;
  act: string | null;
  modality: string | null;
  quote: string | null;
}

export interface StatementShowRow {
  /** In the order given, each with the role they spoke in (null: not given). */
  id: string;
  date: string;
  kind: string | null;
  summary: string | null;
  status: string | null;
  speakers: (IdName & { role: string | null })[];
  onBehalfOf: IdName[];
  /** Where it was reported: title null for a document made from a url alone. */
  documents: { id: string; title: string | null; url: string | null }[];
  stances: StatementStance[];
  quotes: string[];
}

export const statementShow = queryFile<StatementShowRow>('catalog/show-statement.cypher', {
  id: true,
  date: true,
  kind: true,
  summary: true,
  status: true,
  speakers: true,
  onBehalfOf: true,
  documents: true,
  stances: true,
  quotes: true,
});

export interface RecentStatement {
  id: string;
  date: string;
  summary: string | null;
  stances: number;
}

export interface ActorShowRow {
  id: string;
  name: string;
  kind: string | null;
  aliases: string[];
  statements: RecentStatement[];
}

export const actorShow = queryFile<ActorShowRow>('catalog/show-actor.cypher', {
  id: true,
  name: true,
  kind: true,
  aliases: true,
  statements: true,
});

export interface ActorStance {
  actor: string | null;
  actorName: string | null;
  stance: string;
  act: string | null;
  modality: string | null;
  date: string;
  statement: string;
  quote: string | null;
}

/** A red line's status as one statement reported it (`by`: actor ids). */
export interface RedLineStatusShown {
  status: string;
  date: string;
  statement: string;
  by: string[];
  quote: string | null;
}

export interface PositionShowRow {
  id: string;
  type: string;
  label: string | null;
  about: string[];
  stances: ActorStance[];
  /** Empty but for red lines that statements reported a status of. */
  redLineStatuses: RedLineStatusShown[];
}

export const positionShow = queryFile<PositionShowRow>('catalog/show-position.cypher', {
  id: true,
  type: true,
  label: true,
  about: true,
  stances: true,
  redLineStatuses: true,
});
