import { readFileSync } from 'node:fs';
import { fromRoot } from '../../src/config/paths';
import { ingest } from '../../src/ingest/ingest';
import type { Database } from '../../src/neo4j/database';
import { changeStatus } from '../../src/statements/status';

/** tests/fixtures/comparison: the YAML, the results computed by hand, and what is retracted. */
export const COMPARISON_DIR = fromRoot('tests', 'fixtures', 'comparison');
export const COMPARISON_YAML = fromRoot('tests', 'fixtures', 'comparison', 'comparison.yaml');
export const RETRACTED_STATEMENT = 'statement:cmp-027';

/** expected.json, typed by the test that reads it. */
export function expectedComparison<T = ExpectedComparison>(): T {
  return JSON.parse(
    readFileSync(fromRoot('tests', 'fixtures', 'comparison', 'expected.json'), 'utf8'),
  ) as T;
}

/**
 * The fixture as the graph holds it after use: ingested like any file, then cmp-027 retracted
 * the way the API retracts (the same code), so every expected result leaves it out.
 */
export async function loadComparisonFixture(db: Database): Promise<void> {
  await ingest(db, [{ file: COMPARISON_YAML }]);
  await changeStatus(db, {
    kind: 'RETRACT',
    id: RETRACTED_STATEMENT,
    reason: 'test fixture: retracted by the speaker',
    by: 'test',
  });
}

type Stance = 'SUPPORTS' | 'OPPOSES' | 'NEUTRAL';

/** A matrix cell of expected.json: evidence as statement ids. */
export interface ExpectedCell {
  stance: Stance | null;
  carried: boolean;
  mixed: boolean;
  statedOn: string | null;
  supports: number;
  opposes: number;
  neutral: number;
  evidence: string[];
}
export interface ExpectedSide {
  stance: Stance;
  statedOn: string;
  evidence: string[];
}
export interface ExpectedMeasure {
  value: string | null;
  decimal: number | null;
  reason?: string;
  n: number;
  positions: string[];
}

/** expected.json, as far as the API and CLI tests read it (the unit test reads more). */
export interface ExpectedComparison {
  actors: string[];
  matrix: {
    actors: string[];
    positions: string[];
    from: string;
    to: string;
    interval: 'MONTH' | 'QUARTER' | 'YEAR' | 'NONE';
    buckets: { key: string; from: string; to: string }[];
    cells: Record<string, Record<string, Record<string, ExpectedCell>>>;
  };
  shifts: {
    actor: string;
    position: string;
    stances: { date: string; stance: Stance | null; mixed: boolean; evidence: string[] }[];
    shifts: {
      from: { date: string; stance: Stance | null; mixed: boolean };
      to: { date: string; stance: Stance | null; mixed: boolean };
    }[];
  }[];
  agreement: {
    from: string;
    to: string;
    interval: 'MONTH' | 'QUARTER' | 'YEAR' | 'NONE';
    bucket: { key: string; from: string; to: string };
    basis: string;
    missing: 'EXCLUDE' | 'NEUTRAL';
    minOverlap: number;
    positions: string[];
    pairs: {
      actorA: string;
      actorB: string;
      comparisons: { position: string; a: ExpectedSide; b: ExpectedSide }[];
      mixedPositions: string[];
      measures: Record<string, ExpectedMeasure>;
    }[];
  };
  divergences: {
    from: string;
    to: string;
    actors: string[];
    positions: string[];
    expressedInWindow: boolean;
    items: {
      position: string;
      from: string;
      to: string;
      supporter: string;
      supporterEvidence: string[];
      opposer: string;
      opposerEvidence: string[];
    }[];
  };
}
