// The operations of the load benchmark (scripts/bench-load.mjs): each a GraphQL request body
// for its n-th call, rotating over actors (or search words) so that no one answer is cached.
import { ACTOR_GROUPS, BENCH_POSITIONS, SEARCH_TEXTS } from './synthetic-comparison.mjs';

const FROM = '2020-01';
const TO = '2024-12';
const body = (query, variables) => JSON.stringify({ query, variables });

/** A statements page as a reader's list shows it: 20 statements, their actors and stances. */
const STATEMENTS = `query Page($actor: ID!) {
  statements(filter: { actor: $actor }, first: 20) {
    edges { node { id date kind onBehalfOf { id name }
      stances { stance act modality position { id label } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** bench:compare's matrix: 10 actors × 20 positions × 60 months as 12,000 cells with evidence. */
const MATRIX = `query Matrix($actors: [ID!]!, $positions: [ID!], $from: String!, $to: String!) {
  positionMatrix(actors: $actors, positions: $positions, from: $from, to: $to, interval: MONTH) {
    buckets { key }
    cells {
      actor { id } position { id } bucket stance carried mixed statedOn supports opposes neutral
      evidence { statementId quoteId date stance act }
    }
  }
}`;

const AGREEMENT = `query Agreement($actors: [ID!]!, $positions: [ID!], $from: String!, $to: String!) {
  agreement(actors: $actors, positions: $positions, from: $from, to: $to, interval: MONTH,
            measure: S_SCORE) {
    buckets { key }
    pairs { actorA { id } actorB { id } bucket { key } score n reason }
  }
}`;

const SEARCH = `query Search($text: String!) {
  search(text: $text, first: 20) { edges { node { fragment matchedIn score } } }
}`;

/** The searches bench:peer asks, in turn (words the generated quotes hold: each finds hits). */
const searchText = (i) => SEARCH_TEXTS[i % SEARCH_TEXTS.length];

const comparison = (i) => ({
  actors: ACTOR_GROUPS[i % ACTOR_GROUPS.length],
  positions: BENCH_POSITIONS,
  from: FROM,
  to: TO,
});

export const LOAD_OPERATIONS = {
  statements: {
    label: 'statements page (20, by actor)',
    body: (i) => body(STATEMENTS, { actor: ACTOR_GROUPS[0][i % ACTOR_GROUPS[0].length] }),
  },
  matrix: {
    label: 'positionMatrix, 12,000 cells',
    body: (i) => body(MATRIX, comparison(i)),
  },
  agreement: {
    label: 'agreement, 2,700 pairs',
    body: (i) => body(AGREEMENT, comparison(i)),
  },
  search: {
    label: 'search (20 hits)',
    body: (i) => body(SEARCH, { text: searchText(i) }),
  },
};
