import type { Act, Modality, PlanStatus, RedLineStatus, Stance } from '../../model/vocabulary';

/**
 * The write plan: flat rows, one array per UNWIND query in cypher/ingest/write-*.cypher. Every
 * reference in them is already resolved to an id that exists in the batch or the graph.
 */
export interface WritePlan {
  actors: {
    id: string;
    kind: string;
    name: string;
    aliases: string[];
    wikidataId: string | null;
    orgKind: string | null;
    partOf: string | null;
    contentHash: string;
  }[];
  roles: {
    personId: string;
    actorId: string;
    title: string;
    from: string | null;
    to: string | null;
  }[];
  topics: { id: string; name: string; description: string | null; contentHash: string }[];
  places: {
    id: string;
    name: string;
    aliases: string[];
    within: string | null;
    contentHash: string;
  }[];
  events: {
    id: string;
    date: string;
    datePrecision: string;
    description: string;
    places: string[];
    topics: string[];
    contentHash: string;
  }[];
  sources: { id: string; name: string; url: string | null; contentHash: string }[];
  documents: {
    id: string;
    source: string;
    /** null: a document made from a url alone (a statement's `urls`). */
    title: string | null;
    url: string | null;
    publishedAt: string | null;
    publishedAtZoneKnown: boolean;
    retrievedAt: string | null;
    republishedBy: string[];
    language: string | null;
    framing: string[];
    contentHash: string;
  }[];
  /** Parents before their children, so that each row finds its parent. */
  positionTypes: {
    id: string;
    label: string;
    description: string | null;
    parent: string | null;
    /** The type's drafting cues as JSON (a property holds no maps), or null. */
    cues: string | null;
    contentHash: string;
  }[];
  positions: {
    id: string;
    type: string;
    label: string;
    qualifier: string | null;
    subjects: { id: string; label: 'Actor' | 'Place' | 'Topic'; ord: number }[];
    peacePlan: {
      name: string;
      status: string;
      proposedBy: string[];
      principles: string[];
      partners: string[];
      partnerDescriptions: string[];
    } | null;
    redLine: {
      declaredBy: string[];
      condition: string;
      threatenedResponse: string | null;
      triggerEvent: string | null;
    } | null;
    contentHash: string;
  }[];
  statements: {
    id: string;
    date: string;
    datePrecision: string;
    /** null: the source does not say. */
    kind: string | null;
    /** Who spoke, in the order given; each actor once. */
    speakers: { actor: string; role: string | null }[];
    onBehalfOf: string[];
    topics: string[];
    summary: string | null;
    language: string | null;
    location: string | null;
    respondsTo: string[];
    reportedIn: string[];
    /** Look-alike statements this one is distinct from (DUPLICATE_STATEMENT), sorted. */
    distinctFrom: string[];
    /** Speakers, date, actors and quotes hashed (src/model/ids.ts): not part of the content hash. */
    fingerprint: string;
    contentHash: string;
    /** A statement is written with what it owns: its quotes and stances. */
    quotes: { statementId: string; ref: string; id: string; text: string }[];
    stances: {
      statementId: string;
      positionId: string;
      quoteId: string;
      stance: Stance;
      /** null: the source does not say. */
      act: Act | null;
      modality: Modality;
      target: string | null;
    }[];
    /** Peace plans' status as the statement reports it, each carried by one of its quotes. */
    planStatuses: { statementId: string; planId: string; status: PlanStatus; quoteId: string }[];
    /**
     * Red lines the statement declares, restates, invokes or declares crossed, each carried by
     * one of its quotes; `by` the actors who do it (sorted ids). Keys in sorted order: hashed.
     */
    redLineStatuses: {
      by: string[];
      quoteId: string;
      redLineId: string;
      statementId: string;
      status: RedLineStatus;
    }[];
  }[];
}

export function emptyPlan(): WritePlan {
  return {
    actors: [],
    roles: [],
    topics: [],
    places: [],
    events: [],
    sources: [],
    documents: [],
    positionTypes: [],
    positions: [],
    statements: [],
  };
}
