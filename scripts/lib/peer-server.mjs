// The benchmark's peer (scripts/bench-peer.mjs): @neo4j/graphql, Neo4j's own GraphQL library,
// on a plain @apollo/server, over the same Neo4j as Diplograph. Its type definitions model the
// stored graph as docs/model.md describes it (labels, relationship types and directions,
// relationship properties), only the part the benchmark reads; the library generates the
// queries, filters and sorting from them. Nothing of Diplograph's is used.
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';

export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Statement @node {
    id: ID!
    date: Date!
    kind: String
    status: String
    onBehalfOf: [Actor!]! @relationship(type: "ON_BEHALF_OF", direction: OUT)
    speakers: [Actor!]! @relationship(type: "MADE", direction: IN, properties: "Made")
    topics: [Topic!]! @relationship(type: "CONCERNS", direction: OUT)
    quotes: [Quote!]! @relationship(type: "QUOTES", direction: OUT, properties: "Quotes")
    stances: [Position!]!
      @relationship(type: "TAKES_STANCE", direction: OUT, properties: "TakesStance")
  }
  type Made @relationshipProperties {
    role: String
  }
  type Quotes @relationshipProperties {
    ref: String!
  }
  type TakesStance @relationshipProperties {
    stance: String!
    act: String
    modality: String
    quoteId: String!
  }
  type Actor @node {
    id: ID!
    name: String!
  }
  type Topic @node {
    id: ID!
    name: String!
  }
  type Position @node {
    id: ID!
    label: String!
    type: String!
  }
  type Quote
    @node
    @fulltext(
      indexes: [{ indexName: "quote_and_summary_text", queryName: "quoteSearch", fields: ["text"] }]
    ) {
    id: ID!
    text: String!
    statements: [Statement!]! @relationship(type: "QUOTES", direction: IN)
  }
`;

/** Starts the peer on a free port over `driver`; returns its URL and a stop function. */
export async function startPeer(driver) {
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async () => ({ sessionConfig: { database: 'neo4j' } }),
  });
  return { url, stop: () => server.stop() };
}
