// Month summaries read from their index (docs/benchmarks.md, "Comparisons"): a position matrix
// reads thousands of :StanceMonth nodes, and reading each one's counts and last day from the
// store was most of its time (137,282 db hits for 22,847 summaries at 1M statements). This index
// holds them beside the key, so cypher/queries/stance-months.cypher takes them from the index
// entry. The evidence stays out: a list of statement ids has no bound, and an index entry has
// one (about 8 kB); a write past it would fail.
CREATE INDEX stance_month_counts IF NOT EXISTS
FOR (m:StanceMonth) ON (m.positionId, m.actorId, m.modality, m.month, m.supports, m.opposes,
                        m.neutral, m.lastDay);
