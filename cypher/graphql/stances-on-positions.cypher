// Stances taken on positions, newest first, at most $limit per position, for a list of positions
// at once. Params: $ids (position ids), $limit, $includeRetracted.
MATCH (p:Position) WHERE p.id IN $ids
CALL (p) {
  MATCH (s:Statement)-[r:TAKES_STANCE]->(p)
  WHERE $includeRetracted OR s.status IS NULL
  WITH s, r ORDER BY s.date DESC, s.id DESC LIMIT $limit
  RETURN collect({statementId: s.id, positionId: p.id, quoteId: r.quoteId, stance: r.stance,
                  act: r.act, modality: r.modality, target: r.target}) AS stances
}
RETURN p.id AS id, stances
