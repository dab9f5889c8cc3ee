// Which migrations this graph has had, in order.
MATCH (m:Migration)
RETURN m.version AS version, m.name AS name, m.file AS file, m.checksum AS checksum
ORDER BY version
