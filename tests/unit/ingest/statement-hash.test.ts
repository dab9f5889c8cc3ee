import path from 'node:path';
import { asSet, asSetOf } from '../../../src/ingest/plan/content-hash';
import { contentHash } from '../../../src/model/ids';
import { planFile } from '../../support/plan-file';

const ROOT = path.resolve(__dirname, '../../..');
const SEED = path.join(ROOT, 'data/seed/presstv-2020-10-05-iran-karabakh-plan.yaml');
const COMPARISON = path.join(ROOT, 'tests/fixtures/comparison/comparison.yaml');
const RED_LINES = path.join(ROOT, 'tests/fixtures/red-lines/red-lines.yaml');

describe("a statement's content hash", () => {
  it('is the hash of the statement as planned, in canonical JSON (keys sorted)', () => {
    // The planner hashes a statement through a fast path that relies on its keys being written
    // in sorted order; the general contentHash sorts them itself. Both must agree, or graphs
    // ingested before would conflict with the same statements ingested again.
    let withPlanStatuses = 0;
    let withRedLineStatuses = 0;
    for (const file of [SEED, COMPARISON, RED_LINES]) {
      const { resolver, plan } = planFile(file);
      expect(resolver.issues).toEqual([]);
      expect(plan?.statements.length).toBeGreaterThan(0);
      for (const statement of plan?.statements ?? []) {
        // The fingerprint is not content (it is made of it); plan and red line statuses and
        // distinctFrom count only when there are any (statements written before them keep
        // their hash); one speaker with no role is `speaker`, as before speakers had roles,
        // others `speakers`.
        const {
          contentHash: hash,
          planStatuses,
          redLineStatuses,
          distinctFrom,
          speakers,
          ...withFingerprint
        } = statement;
        const rest: Partial<typeof withFingerprint> = { ...withFingerprint };
        delete rest.fingerprint;
        if (planStatuses.length) withPlanStatuses += 1;
        if (redLineStatuses.length) withRedLineStatuses += 1;
        const plain = speakers.length === 1 && speakers[0]!.role === null;
        // Lists whose order carries no meaning are hashed as sets (content-hash.ts).
        const content = {
          ...rest,
          onBehalfOf: asSet(statement.onBehalfOf),
          topics: asSet(statement.topics),
          respondsTo: asSet(statement.respondsTo),
          reportedIn: asSet(statement.reportedIn),
          quotes: asSetOf(statement.quotes),
          stances: asSetOf(statement.stances),
          speaker: plain ? speakers[0]!.actor : null,
          ...(speakers.length && !plain ? { speakers } : {}),
          ...(planStatuses.length ? { planStatuses: asSetOf(planStatuses) } : {}),
          ...(redLineStatuses.length ? { redLineStatuses: asSetOf(redLineStatuses) } : {}),
          ...(distinctFrom.length ? { distinctFrom } : {}),
        };
        expect(hash).toBe(contentHash(content));
      }
    }
    expect(withPlanStatuses).toBeGreaterThan(0);
    expect(withRedLineStatuses).toBeGreaterThan(0);
  });

  it('of the seed article is stable (the hash of its lists as sets)', () => {
    // Graphs written before lists were hashed as sets hold 9aaf59aaa628049366ef8cb117a08a64
    // (tests/unit/ingest/content-hash.test.ts: they take the same file again).
    const { plan } = planFile(SEED);
    expect(plan?.statements.map((s) => [s.id, s.contentHash])).toEqual([
      ['statement:irn-mfa-2020-10-05-press-conference', '1816eb2bb5b4051806a36503b2d1c118'],
    ]);
  });
});
