// Bulk import (`diplograph import`): how many nodes the graph holds that ingestion wrote. Every
// node a file defines has a content hash, and quotes and month summaries come with statements;
// migrations' reference data (states, core position types) and their records are not counted.
MATCH (n)
WHERE n.contentHash IS NOT NULL OR n:Statement OR n:Quote OR n:StanceMonth
RETURN count(n) AS nodes
