// Data migration 010: replaces content hashes by the ones recomputed with order-free lists as
// sets, for any kind of node (each row names its node by element id, read in the same run).
// A node whose hash is no longer the one read (changed since) is left alone.
// Param: $rows, each {node (elementId), was (the hash read), contentHash}.
UNWIND $rows AS row
MATCH (n)
WHERE elementId(n) = row.node AND n.contentHash = row.was
SET n.contentHash = row.contentHash
RETURN count(n) AS updated
