import path from 'node:path';
import type { WritePlan } from '../../../src/ingest/plan/write-plan';
import {
  actorRecordHashes,
  documentRecordHashes,
  eventRecordHashes,
  placeRecordHashes,
  positionRecordHashes,
  statementRecordHashes,
} from '../../../src/migrations/data/content-hash-rows';
import { fingerprintOfRow } from '../../../src/migrations/data/statement-fingerprints';
import { planFile } from '../../support/plan-file';

const ROOT = path.resolve(__dirname, '../../..');
const FILES = [
  'data/seed/presstv-2020-10-05-iran-karabakh-plan.yaml',
  'tests/fixtures/comparison/comparison.yaml',
  'tests/fixtures/red-lines/red-lines.yaml',
].map((file) => path.join(ROOT, file));

/** Lists as the graph may give them: relationships come in no promised order. */
const shuffled = <T>(list: readonly T[]): T[] => [...list].reverse();
const hashed = (id: string) => ({ node: `node-of-${id}`, contentHash: 'an old hash' });

type Statement = WritePlan['statements'][number];

/** A planned statement as cypher/data-migrations/hash-statements.cypher returns it. */
function asGraphRow(s: Statement) {
  const omitId = <T extends { statementId: string }>({ statementId: _, ...rest }: T) => rest;
  return {
    ...hashed(s.id),
    id: s.id,
    date: s.date,
    datePrecision: s.datePrecision,
    kind: s.kind,
    speakers: shuffled(s.speakers.map((sp, ord) => ({ ...sp, ord }))),
    onBehalfOf: shuffled(s.onBehalfOf),
    topics: shuffled(s.topics),
    summary: s.summary,
    language: s.language,
    location: s.location,
    respondsTo: shuffled(s.respondsTo),
    reportedIn: shuffled(s.reportedIn),
    distinctFrom: shuffled(s.distinctFrom),
    quotes: shuffled(s.quotes.map(omitId)),
    stances: shuffled(s.stances.map(omitId)),
    planStatuses: shuffled(s.planStatuses.map(omitId)),
    redLineStatuses: shuffled(s.redLineStatuses.map(omitId)),
  };
}

describe('records rebuilt from the graph (data migrations 009 and 010)', () => {
  const plans = FILES.map((file) => {
    const { resolver, plan } = planFile(file);
    expect(resolver.issues).toEqual([]);
    return plan!;
  });

  it('hash statements as ingestion does, whatever the order of their lists, and fingerprint them', () => {
    const statements = plans.flatMap((plan) => plan.statements);
    expect(statements.length).toBeGreaterThan(20);
    for (const s of statements) {
      const row = asGraphRow(s);
      expect([s.id, statementRecordHashes(row).hashes.hash]).toEqual([s.id, s.contentHash]);
      const quotes = row.quotes.map((q) => q.text);
      const identity = { ...row, speakers: row.speakers.map((sp) => sp.actor), quotes };
      expect([s.id, fingerprintOfRow(identity)]).toEqual([s.id, s.fingerprint]);
    }
  });

  it('hash definitions as ingestion does, whatever the order of their lists', () => {
    let checked = 0;
    const expectSame = (id: string, hash: string, planned: string) => {
      expect([id, hash]).toEqual([id, planned]);
      checked += 1;
    };
    for (const plan of plans) {
      for (const { contentHash, ...a } of plan.actors) {
        const roles = shuffled(plan.roles.filter((r) => r.personId === a.id));
        const row = { ...hashed(a.id), ...a, aliases: a.aliases, roles };
        expectSame(a.id, actorRecordHashes(row).hashes.hash, contentHash);
      }
      for (const { contentHash, ...p } of plan.places)
        expectSame(p.id, placeRecordHashes({ ...hashed(p.id), ...p }).hashes.hash, contentHash);
      for (const { contentHash, ...e } of plan.events) {
        const row = {
          ...hashed(e.id),
          ...e,
          places: shuffled(e.places),
          topics: shuffled(e.topics),
        };
        expectSame(e.id, eventRecordHashes(row).hashes.hash, contentHash);
      }
      for (const { contentHash, ...d } of plan.documents) {
        const row = { ...hashed(d.id), ...d, republishedBy: shuffled(d.republishedBy) };
        expectSame(d.id, documentRecordHashes(row).hashes.hash, contentHash);
      }
      for (const { contentHash, ...p } of plan.positions) {
        const plan = p.peacePlan && {
          ...p.peacePlan,
          proposedBy: shuffled(p.peacePlan.proposedBy),
          principles: shuffled(p.peacePlan.principles),
          partners: shuffled(p.peacePlan.partners),
        };
        const redLine = p.redLine && { ...p.redLine, declaredBy: shuffled(p.redLine.declaredBy) };
        const row = { ...hashed(p.id), ...p, peacePlan: plan, redLine };
        expectSame(p.id, positionRecordHashes(row).hashes.hash, contentHash);
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('tell a record with a list of two members from one whose hash cannot depend on order', () => {
    const row = { ...hashed('p'), id: 'p', name: 'P', within: null };
    expect(placeRecordHashes({ ...row, aliases: ['a'] }).orderFreeLists).toEqual([['a']]);
    expect(placeRecordHashes({ ...row, aliases: ['b', 'a'] }).hashes.hash).toBe(
      placeRecordHashes({ ...row, aliases: ['a', 'b'] }).hashes.hash,
    );
  });
});
