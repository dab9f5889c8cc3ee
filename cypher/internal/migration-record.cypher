// Records one applied migration. Params: $version, $name, $file, $checksum.
MERGE (m:Migration {version: $version})
ON CREATE SET m.name = $name, m.file = $file, m.checksum = $checksum, m.appliedAt = datetime()
RETURN m.version AS version
