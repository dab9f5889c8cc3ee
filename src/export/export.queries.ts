import { queryFile } from '../neo4j/query-file';

/** The queries under cypher/export/, one a section of the ingestion format, and their rows. */

/** The ids of the nodes a row links to. */
type Ids = string[];

/** Text fields the ingestion format leaves out when absent: null in a row. */
type OptionalText<Field extends string> = Record<Field, string | null>;

export type ActorExportRow = OptionalText<'wikidataId' | 'orgKind' | 'partOf'> & {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  roles: { title: string; of: string; from: string | null; to: string | null }[];
};

export const exportActors = queryFile<ActorExportRow>('export/actors.cypher', {
  id: true,
  kind: true,
  name: true,
  aliases: true,
  wikidataId: true,
  orgKind: true,
  partOf: true,
  roles: true,
});

export interface TopicExportRow {
  id: string;
  name: string;
  description: string | null;
}

export const exportTopics = queryFile<TopicExportRow>('export/topics.cypher', {
  id: true,
  name: true,
  description: true,
});

export interface PlaceExportRow {
  id: string;
  name: string;
  aliases: string[];
  within: string | null;
}

export const exportPlaces = queryFile<PlaceExportRow>('export/places.cypher', {
  id: true,
  name: true,
  aliases: true,
  within: true,
});

export interface EventExportRow {
  id: string;
  date: string;
  datePrecision: string;
  description: string;
  places: Ids;
  topics: Ids;
}

export const exportEvents = queryFile<EventExportRow>('export/events.cypher', {
  id: true,
  date: true,
  datePrecision: true,
  description: true,
  places: true,
  topics: true,
});

export interface SourceExportRow {
  id: string;
  name: string;
  url: string | null;
}

export const exportSources = queryFile<SourceExportRow>('export/sources.cypher', {
  id: true,
  name: true,
  url: true,
});

/** Times as ISO 8601 text: with the offset for a datetime, without for a local one. */
export type DocumentExportRow = OptionalText<'url' | 'publishedAt' | 'retrievedAt' | 'language'> & {
  id: string;
  source: string;
  title: string;
  republishedBy: Ids;
  framing: string[];
};

export const exportDocuments = queryFile<DocumentExportRow>('export/documents.cypher', {
  id: true,
  source: true,
  title: true,
  url: true,
  publishedAt: true,
  retrievedAt: true,
  language: true,
  republishedBy: true,
  framing: true,
});

export interface PositionExportRow {
  id: string;
  type: string;
  subjects: Ids;
  qualifier: string | null;
  label: string;
  peacePlan: {
    name: string;
    status: string;
    proposedBy: Ids;
    principles: Ids;
    partners: Ids;
    partnerDescriptions: string[];
  } | null;
  redLine: {
    declaredBy: Ids;
    condition: string;
    threatenedResponse: string | null;
    triggerEvent: string | null;
  } | null;
}

export const exportPositions = queryFile<PositionExportRow>('export/positions.cypher', {
  id: true,
  type: true,
  subjects: true,
  qualifier: true,
  label: true,
  peacePlan: true,
  redLine: true,
});

export type StatementExportRow = OptionalText<'kind' | 'summary' | 'language' | 'location'> & {
  id: string;
  /** In the order given (ord; a lone speaker's MADE has none: 0). */
  speakers: { actor: string; role: string | null; ord: number }[];
  /** The documents it is reported in that were made from a url alone. */
  urls: { url: string; source: string }[];
  date: string;
  datePrecision: string;
  onBehalfOf: Ids;
  topics: Ids;
  respondsTo: Ids;
  reportedIn: Ids;
  quotes: { ref: string; id: string; text: string }[];
  stances: {
    position: string;
    stance: string;
    act: string | null;
    modality: string;
    quoteId: string;
    target: string | null;
  }[];
  planStatuses: { plan: string; status: string; quoteId: string }[];
  redLineStatuses: { redLine: string; status: string; quoteId: string; by: Ids }[];
  distinctFrom: Ids;
};

/** A page of statements by id. Params: $after (the last id of the page before, or ''), $limit. */
export const exportStatements = queryFile<StatementExportRow>('export/statements.cypher', {
  id: true,
  date: true,
  datePrecision: true,
  kind: true,
  speakers: true,
  onBehalfOf: true,
  distinctFrom: true,
  topics: true,
  summary: true,
  language: true,
  location: true,
  respondsTo: true,
  reportedIn: true,
  urls: true,
  quotes: true,
  stances: true,
  planStatuses: true,
  redLineStatuses: true,
});

export interface PositionTypeExportRow {
  id: string;
  label: string;
  description: string | null;
  parent: string | null;
  /** The cues as JSON text. */
  cues: string | null;
}

export const exportPositionTypes = queryFile<PositionTypeExportRow>(
  'export/position-types.cypher',
  { id: true, label: true, description: true, parent: true, cues: true },
);
