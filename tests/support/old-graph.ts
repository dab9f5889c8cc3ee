import { legacyStatementHash } from '../../src/ingest/plan/statement-hash';
import { contentHash } from '../../src/model/ids';
import type { Database } from '../../src/neo4j/database';
import { planFile } from './plan-file';

/**
 * Makes a graph ingested by this version look as one written before migration 008 and before
 * lists were hashed as sets: each record of `file` gets the hash the old planner gave it (its
 * lists in the file's order, computed from this planner's rows as the old one did: the whole row
 * hashed as given), statements lose their fingerprint, and the data migrations' records go, as
 * the old version had none. What is simulated: the stored values; the rest of the graph is what
 * both versions write alike. Without `file`, only fingerprints and records go. Returns how many
 * hashes differ from the new ones.
 */
export async function makeOld(db: Database, file?: string): Promise<number> {
  await db.write('MATCH (s:Statement) REMOVE s.fingerprint');
  await db.write('MATCH (m:Migration) WHERE m.version IN [9, 10] DELETE m');
  if (file === undefined) return 0;
  const { resolver, plan } = planFile(file);
  if (!plan) throw new Error(JSON.stringify(resolver.issues));
  const rows: { label: string; id: string; hash: string; legacy: string }[] = [];
  const add = (label: string, id: string, hash: string, legacy: string) =>
    rows.push({ label, id, hash, legacy });
  for (const { contentHash: hash, ...row } of plan.actors) {
    const roles = plan.roles.filter((r) => r.personId === row.id);
    add('Actor', row.id, hash, contentHash({ ...row, roles }));
  }
  for (const { contentHash: hash, ...row } of plan.places)
    add('Place', row.id, hash, contentHash(row));
  for (const { contentHash: hash, ...row } of plan.events)
    add('Event', row.id, hash, contentHash(row));
  for (const { contentHash: hash, ...row } of plan.documents)
    add('Document', row.id, hash, contentHash(row));
  for (const { contentHash: hash, ...row } of plan.positions)
    add('Position', row.id, hash, contentHash(row));
  for (const { contentHash: hash, ...row } of plan.statements)
    add('Statement', row.id, hash, legacyStatementHash(row));
  const { records } = await db.write<{ set: number }>(
    `UNWIND $rows AS row
     MATCH (n {id: row.id}) WHERE row.label IN labels(n) AND n.contentHash = row.hash
     SET n.contentHash = row.legacy
     RETURN count(n) AS set`,
    { rows },
  );
  if (records[0]!.get('set') !== rows.length) throw new Error('not every record was found');
  return rows.filter((r) => r.hash !== r.legacy).length;
}
