// The operations of scripts/bench-peer.mjs, each asked three ways: through Diplograph's GraphQL
// API, through the peer (@neo4j/graphql, scripts/lib/peer-server.mjs) and by the hand-written
// query in cypher/bench/. Each way's answer is normalised to the same shape (statements in
// order, each with its speakers and roles, actors, topics, stances and quotes as sorted lists;
// search hits as quote ids with their scores and the ids of the statements in force that cite
// them), so that the benchmark checks they are equal before timing.
// Each operation rotates over a few arguments (variants) so that no single answer is all that
// is measured.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SEARCH_TEXTS } from './synthetic-comparison.mjs';

const cypherDir = path.join(import.meta.dirname, '..', '..', 'cypher', 'bench');
const texts = new Map();
/** A hand-written query's text, read once (not on every timed call). */
export const handText = (name) => {
  if (!texts.has(name))
    texts.set(name, readFileSync(path.join(cypherDir, `${name}.cypher`), 'utf8'));
  return texts.get(name);
};

/** What a page shows; the peer's and the hand query's fields are the same data. */
export const DIPLOGRAPH_PAGE = `query Page($filter: StatementFilter, $first: Int!) {
  statements(filter: $filter, first: $first) { edges { node {
    id date kind
    onBehalfOf { id name }
    speakers { actor { id name } role }
    topics { id }
    stances { stance act modality position { id label } quote { id } }
    quotes { ref quote { id text } }
  } } }
}`;
const PEER_PAGE = `query Page($where: StatementWhere, $first: Int!) {
  statements(where: $where, limit: $first, sort: [{ date: DESC }, { id: DESC }]) {
    id date kind
    onBehalfOf { id name }
    speakersConnection { edges { properties { role } node { id name } } }
    topics { id }
    stancesConnection { edges { properties { stance act modality quoteId } node { id label } } }
    quotesConnection { edges { properties { ref } node { id text } } }
  }
}`;
const DIPLOGRAPH_SEARCH = `query Search($text: String!, $first: Int!) {
  search(text: $text, first: $first) {
    edges { node { score matchedIn fragment quoteId statementIds } }
  }
}`;
// The peer searches quotes only (Diplograph also searches statement summaries: the benchmark's
// data has none, so the hits are the same); like Diplograph it keeps a quote only if a statement
// in force cites it, and lists only those statements.
const PEER_SEARCH = `query Search($text: String!, $first: Int!) {
  quoteSearch(phrase: $text, first: $first, sort: [{ score: DESC }],
      where: { node: { statements: { some: { status: { eq: null } } } } }) {
    edges { score node { id text statements(where: { status: { eq: null } }) { id } } }
  }
}`;

const sorted = (list) => [...list].sort();
const statement = (s) => ({
  id: s.id,
  date: s.date,
  kind: s.kind ?? null,
  onBehalfOf: sorted(s.onBehalfOf),
  speakers: sorted(s.speakers),
  topics: sorted(s.topics),
  stances: sorted(s.stances),
  quotes: sorted(s.quotes),
});

const fromDiplograph = (data) =>
  data.statements.edges.map(({ node: s }) =>
    statement({
      ...s,
      onBehalfOf: s.onBehalfOf.map((a) => a.id),
      speakers: s.speakers.map((p) => `${p.actor.id}:${p.role}`),
      topics: s.topics.map((t) => t.id),
      stances: s.stances.map((r) => `${r.position.id}:${r.stance}:${r.quote.id}`),
      quotes: s.quotes.map((q) => `${q.ref}:${q.quote.id}`),
    }),
  );
const fromPeer = (data) =>
  data.statements.map((s) =>
    statement({
      ...s,
      onBehalfOf: s.onBehalfOf.map((a) => a.id),
      speakers: s.speakersConnection.edges.map((e) => `${e.node.id}:${e.properties.role}`),
      topics: s.topics.map((t) => t.id),
      stances: s.stancesConnection.edges.map(
        (e) => `${e.node.id}:${e.properties.stance}:${e.properties.quoteId}`,
      ),
      quotes: s.quotesConnection.edges.map((e) => `${e.properties.ref}:${e.node.id}`),
    }),
  );
const fromHand = (rows) =>
  rows.map((s) =>
    statement({
      ...s,
      onBehalfOf: s.onBehalfOf.map((a) => a.id),
      speakers: s.speakers.map((p) => `${p.id}:${p.role}`),
      stances: s.stances.map((r) => `${r.position.id}:${r.stance}:${r.quoteId}`),
      quotes: s.quotes.map((q) => `${q.ref}:${q.id}`),
    }),
  );
// Search: each hit as its score, quote id and statement ids. All three take the first hits
// the index gives (best first, a tie in the index's order); Diplograph orders a tie within its
// page by id, so the hits are compared in score order, a tie by id.
const hit = (score, id, statements) => ({ score, key: `${id} ${sorted(statements).join(' ')}` });
const hits = (list) =>
  list
    .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((h) => `${h.score.toFixed(5)} ${h.key}`);
const searchFromDiplograph = (data) =>
  hits(data.search.edges.map(({ node: n }) => hit(n.score, n.quoteId, n.statementIds)));
const searchFromPeer = (data) =>
  hits(
    data.quoteSearch.edges.map((e) =>
      hit(
        e.score,
        e.node.id,
        e.node.statements.map((s) => s.id),
      ),
    ),
  );
const searchFromHand = (rows) => hits(rows.map((r) => hit(r.score, r.id, r.statements)));

const BUSY_ACTORS = ['IRN', 'TUR', 'RUS', 'UKR', 'ISR'];
const YEARS = ['2019', '2021', '2023'];

/** A statements page: Diplograph's filter, the peer's where, the hand query's file and params. */
function pageOperation(name, first, variants, hand) {
  return {
    name,
    variants: variants.map((v) => ({
      diplograph: {
        query: DIPLOGRAPH_PAGE,
        variables: { filter: v.filter, first },
        read: fromDiplograph,
      },
      peer: { query: PEER_PAGE, variables: { where: v.where, first }, read: fromPeer },
      hand: { file: hand, params: { ...v.params, first }, read: fromHand },
      filter: v.filter,
    })),
  };
}

const active = { status: { eq: null } };

export function peerOperations() {
  const unfiltered = [{ filter: {}, where: active, params: {} }];
  return [
    ...[10, 50, 100].map((n) => pageOperation(`unfiltered, first ${n}`, n, unfiltered, 'page')),
    pageOperation(
      'actor + one-year window, first 20',
      20,
      BUSY_ACTORS.map((actor, k) => {
        const [from, to] = [`${YEARS[k % 3]}-01-01`, `${YEARS[k % 3]}-12-31`];
        return {
          filter: { actor, from, to },
          where: {
            ...active,
            onBehalfOf: { some: { id: { eq: actor } } },
            date: { gte: from, lte: to },
          },
          params: { actor, from, to },
        };
      }),
      'actor-window',
    ),
    pageOperation(
      'speaker, first 20',
      20,
      [
        'usa-spokesperson-2',
        'rus-foreign-minister-2',
        'chn-spokesperson-2',
        'fra-head-of-state-2',
        'irn-spokesperson-2',
      ].map((slug) => {
        const speaker = `person:${slug}`;
        return {
          filter: { speaker },
          where: { ...active, speakers: { some: { id: { eq: speaker } } } },
          params: { speaker },
        };
      }),
      'speaker',
    ),
    pageOperation(
      'topic, first 20',
      20,
      ['topic-03', 'topic-10', 'topic-25', 'topic-50'].map((topic) => ({
        filter: { topic },
        where: { ...active, topics: { some: { id: { eq: topic } } } },
        params: { topic },
      })),
      'topic',
    ),
    pageOperation(
      'position type, first 20',
      20,
      // The core types have no subtypes: each stands for itself alone.
      ['CEASEFIRE', 'SANCTIONS', 'MEDIATION'].map((type) => ({
        filter: { positionType: type },
        where: { ...active, stancesConnection: { some: { node: { type: { in: [type] } } } } },
        params: { types: [type] },
      })),
      'position-type',
    ),
    pageOperation(
      "actor's statements that SUPPORT a CEASEFIRE, first 20",
      20,
      BUSY_ACTORS.map((actor) => ({
        filter: { actor, positionType: 'CEASEFIRE', stance: 'SUPPORTS' },
        where: {
          ...active,
          onBehalfOf: { some: { id: { eq: actor } } },
          stancesConnection: {
            some: { edge: { stance: { eq: 'SUPPORTS' } }, node: { type: { in: ['CEASEFIRE'] } } },
          },
        },
        params: { actor, stance: 'SUPPORTS', types: ['CEASEFIRE'] },
      })),
      'nested-stance',
    ),
    {
      name: 'full-text search, first 10',
      variants: SEARCH_TEXTS.map((text) => ({
        diplograph: {
          query: DIPLOGRAPH_SEARCH,
          variables: { text, first: 10 },
          read: searchFromDiplograph,
        },
        peer: { query: PEER_SEARCH, variables: { text, first: 10 }, read: searchFromPeer },
        hand: { file: 'search', params: { text, first: 10 }, read: searchFromHand },
      })),
    },
  ];
}
