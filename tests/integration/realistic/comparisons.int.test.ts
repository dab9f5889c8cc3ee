import type { Database } from '../../../src/neo4j/database';
import { startTestApi } from '../../support/api';
import type { TestApi } from '../../support/api';
import { buildDist, runCli } from '../../support/cli-process';
import { openTestDatabase, resetAndMigrate } from '../../support/database';
import { loadExpectations } from '../../support/realistic/expectations';
import type { AgreementSpec, ExpectedCell, MatrixSpec } from '../../support/realistic/expectations';
import { Fraction } from '../../support/realistic/measures';
import { loadRealistic } from '../../support/realistic/load';

/**
 * The comparisons over the realistic fixture, exactly as expected.yaml gives them (computed by
 * hand; tests/unit/realistic checks the arithmetic), through GraphQL and through the CLI's
 * `--format json`, actors and topics given by name as an analyst writes them.
 */
const expectations = loadExpectations();

/** One pair's answer, whichever face gave it. */
interface PairResult {
  actors: string[];
  value: number | null;
  reason: string | null;
  positions: string[];
}
type CellResult = Omit<ExpectedCell, never>;

const sorted = (values: Iterable<string>) => [...values].sort();

/** Each expected pair and measure against what a face answered for the spec. */
function checkPairs(spec: AgreementSpec, measure: string, got: readonly PairResult[]): void {
  for (const pair of spec.pairs) {
    const text = pair.measures[measure];
    if (text === undefined) continue;
    const label = `${pair.actors.join('–')} ${measure} ${spec.missing} to ${spec.to}`;
    const found = got.filter((p) => sorted(p.actors).join() === sorted(pair.actors).join());
    expect({ label, count: found.length }).toEqual({ label, count: 1 });
    const result = found[0]!;
    expect({ label, positions: sorted(result.positions) }).toEqual({
      label,
      positions: pair.positions,
    });
    if (text.startsWith('null')) {
      expect({ label, value: result.value, reason: result.reason }).toEqual({
        label,
        value: null,
        reason: text.split(' ')[1],
      });
    } else {
      expect({ label, reason: result.reason }).toEqual({ label, reason: null });
      expect(result.value).toBeCloseTo(Fraction.parse(text).valueOf(), 12);
    }
  }
}

function checkCells(spec: MatrixSpec, got: readonly CellResult[]): void {
  for (const want of spec.cells) {
    const label = `${want.actor} ${want.position} ${want.bucket}`;
    const found = got.filter(
      (c) => c.actor === want.actor && c.position === want.position && c.bucket === want.bucket,
    );
    expect({ label, cells: found }).toEqual({ label, cells: [want] });
  }
}

const measuresOf = (spec: AgreementSpec) =>
  sorted(new Set(spec.pairs.flatMap((pair) => Object.keys(pair.measures))));

describe('comparisons over the realistic fixture', () => {
  let db: Database;
  let api: TestApi;

  const data = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const { body } = await api.query(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data as T;
  };
  const cliJson = async <T>(args: string[]): Promise<T> => {
    const run = await runCli([...args, '--format', 'json']);
    expect({ args, status: run.status, stderr: run.stderr }).toEqual({
      args,
      status: 0,
      stderr: '',
    });
    return JSON.parse(run.stdout) as T;
  };

  beforeAll(async () => {
    buildDist();
    db = openTestDatabase();
    await resetAndMigrate(db);
    await loadRealistic(db, expectations);
    api = await startTestApi(db);
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  it.each(
    expectations.agreement.map(
      (spec) => [spec.actors.join(','), spec.missing, spec.to, spec] as const,
    ),
  )('agreement of %s (%s, to %s) through GraphQL', async (_actors, _missing, _to, spec) => {
    for (const measure of measuresOf(spec)) {
      const { agreement } = await data<{
        agreement: {
          pairs: {
            actorA: { id: string };
            actorB: { id: string };
            score: number | null;
            reason: string | null;
            positions: { id: string }[];
          }[];
        };
      }>(
        `query ($actors: [ID!]!, $topic: ID, $from: String!, $to: String!,
                  $measure: AgreementMeasure!, $missing: MissingStance!) {
            agreement(actors: $actors, topic: $topic, from: $from, to: $to, interval: NONE,
                      measure: $measure, missing: $missing) {
              pairs { actorA { id } actorB { id } score reason positions { id } } } }`,
        { ...spec, measure },
      );
      checkPairs(
        spec,
        measure,
        agreement.pairs.map((p) => ({
          actors: [p.actorA.id, p.actorB.id],
          value: p.score,
          reason: p.reason,
          positions: p.positions.map((q) => q.id),
        })),
      );
    }
  });

  it.each(
    expectations.agreement.map(
      (spec) => [spec.actors.join(','), spec.missing, spec.to, spec] as const,
    ),
  )('agreement of %s (%s, to %s) through the CLI', async (_actors, _missing, _to, spec) => {
    for (const measure of measuresOf(spec)) {
      const result = await cliJson<{
        pairs: {
          actorA: string;
          actorB: string;
          result: { value: number | null; reason?: string; positions: string[] };
        }[];
      }>([
        'agreement',
        ...['--actors', spec.actors.join(','), '--topic', spec.topic],
        ...['--from', spec.from, '--to', spec.to, '--interval', 'none'],
        ...[
          '--measure',
          measure.toLowerCase().replace(/_/g, '-'),
          '--missing',
          spec.missing.toLowerCase(),
        ],
      ]);
      checkPairs(
        spec,
        measure,
        result.pairs.map((p) => ({
          actors: [p.actorA, p.actorB],
          value: p.result.value,
          reason: p.result.reason ?? null,
          positions: p.result.positions,
        })),
      );
    }
  });

  it.each(expectations.matrix.map((spec) => [spec.actors.join(','), spec] as const))(
    'position matrix of %s through GraphQL and the CLI (compare)',
    async (_actors, spec) => {
      const { positionMatrix } = await data<{
        positionMatrix: {
          cells: (Omit<CellResult, 'actor' | 'position' | 'evidence'> & {
            actor: { id: string };
            position: { id: string };
            mixed: boolean;
            evidence: { statementId: string }[];
          })[];
        };
      }>(
        `query ($actors: [ID!]!, $positions: [ID!], $from: String!, $to: String!) {
          positionMatrix(actors: $actors, positions: $positions, from: $from, to: $to, interval: MONTH) {
            cells { actor { id } position { id } bucket stance carried mixed statedOn supports opposes
                    neutral evidence { statementId } } } }`,
        { actors: spec.actors, positions: spec.positions, from: spec.from, to: spec.to },
      );
      const evidence = (e: { statementId: string }[]) =>
        sorted(new Set(e.map((x) => x.statementId)));
      checkCells(
        spec,
        positionMatrix.cells.map(({ mixed, ...c }) => {
          expect(mixed).toBe(false);
          return {
            ...c,
            actor: c.actor.id,
            position: c.position.id,
            evidence: evidence(c.evidence),
          };
        }),
      );
      const cli = await cliJson<{
        cells: (Omit<CellResult, 'actor' | 'position' | 'bucket' | 'evidence'> & {
          actorId: string;
          positionId: string;
          bucket: { key: string };
          mixed: boolean;
          evidence: { statementId: string }[];
        })[];
      }>([
        'compare',
        ...['--actors', spec.actors.join(','), '--positions', spec.positions.join(',')],
        ...['--from', spec.from, '--to', spec.to, '--interval', 'month'],
      ]);
      checkCells(
        spec,
        cli.cells.map(({ actorId, positionId, bucket, mixed, ...c }) => {
          expect(mixed).toBe(false);
          return {
            ...c,
            actor: actorId,
            position: positionId,
            bucket: bucket.key,
            evidence: evidence(c.evidence),
          };
        }),
      );
    },
  );
});
