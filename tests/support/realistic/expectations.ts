import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * tests/fixtures/realistic/expected.yaml, read and checked for its own consistency. Nothing here
 * comes from src/: the expectations are written by hand and must stay independent of the code
 * they check.
 */

export const REALISTIC_DIR = path.resolve(__dirname, '..', '..', 'fixtures', 'realistic');

export type StanceValue = 'SUPPORTS' | 'OPPOSES' | 'NEUTRAL';
const STANCES: readonly string[] = ['SUPPORTS', 'OPPOSES', 'NEUTRAL'];

export interface ExpectedStance {
  position: string;
  stance: StanceValue;
  act: string | null;
  modality: string;
}

export interface ExpectedSpeaker {
  actor: string;
  role: string | null;
}

export interface ExpectedStatement {
  id: string;
  date: string;
  kind: string | null;
  /** In the order given; expected.yaml writes a lone speaker with no role as `speaker`. */
  speakers: ExpectedSpeaker[];
  onBehalfOf: string[];
  /** The addresses of the documents it is reported in (url-only sources among them), sorted. */
  urls: string[];
  stances: ExpectedStance[];
}

export type RedLineStatusValue = 'DECLARED' | 'RESTATED' | 'INVOKED' | 'DECLARED_CROSSED';
const RED_LINE_STATUSES: readonly string[] = [
  'DECLARED',
  'RESTATED',
  'INVOKED',
  'DECLARED_CROSSED',
];

export interface ExpectedRedLineStatus {
  date: string;
  status: RedLineStatusValue;
  /** Actor ids, in the order given. */
  by: string[];
  statement: string;
  /** The quote's text, verbatim. */
  quote: string;
}

export interface ExpectedRedLine {
  /** The RED_LINE position's id. */
  id: string;
  declaredBy: string[];
  condition: string;
  threatenedResponse: string | null;
  /** A topic the red line is found under (`redLines(topic:)`). */
  topic: string;
  /** Oldest first. */
  statuses: ExpectedRedLineStatus[];
  latestStatus: RedLineStatusValue | null;
}

export interface ExpectedPair {
  actors: [string, string];
  /** Position ids, sorted. */
  positions: string[];
  /** Measure → a fraction ("-2/3", "0") or `null REASON`. */
  measures: Record<string, string>;
}

export interface AgreementSpec {
  actors: string[];
  topic: string;
  from: string;
  to: string;
  missing: 'EXCLUDE' | 'NEUTRAL';
  pairs: ExpectedPair[];
}

export interface ExpectedCell {
  actor: string;
  position: string;
  bucket: string;
  stance: StanceValue | null;
  carried: boolean;
  statedOn: string | null;
  supports: number;
  opposes: number;
  neutral: number;
  evidence: string[];
}

export interface MatrixSpec {
  actors: string[];
  /** Position ids. */
  positions: string[];
  from: string;
  to: string;
  cells: ExpectedCell[];
}

export interface Expectations {
  files: string[];
  /** Position id → its type. */
  typeOf: Map<string, string>;
  typeParents: Record<string, string>;
  names: { kind: 'actor' | 'topic' | 'place' | 'position'; name: string; id: string }[];
  statements: ExpectedStatement[];
  redLines: ExpectedRedLine[];
  agreement: AgreementSpec[];
  matrix: MatrixSpec[];
}

interface RawFile {
  files: string[];
  positions: Record<string, { id: string; type: string }>;
  typeParents: Record<string, string>;
  names: Expectations['names'];
  statements: Record<
    string,
    Omit<ExpectedStatement, 'id' | 'stances' | 'speakers' | 'urls'> & {
      speaker?: string | null;
      speakers?: { actor: string; role?: string }[];
      urls?: string[];
      stances: string[];
    }
  >;
  redLines?: ExpectedRedLine[];
  agreement: (Omit<AgreementSpec, 'pairs'> & {
    pairs: ({ actors: [string, string]; positions: string[] } & Record<string, unknown>)[];
  })[];
  matrix: (Omit<MatrixSpec, 'cells'> & { cells: (ExpectedCell & { bucket: unknown })[] })[];
}

const MEASURES = ['S_SCORE', 'AGREEMENT_INDEX', 'COHEN_KAPPA', 'SCOTT_PI'];

function fail(message: string): never {
  throw new Error(`expected.yaml: ${message}`);
}

/** "CF SUPPORTS CALLS_FOR [MODALITY]" with its short position name made an id. */
function stanceLine(line: string, idOf: (short: string) => string, where: string): ExpectedStance {
  const [short, stance, act, modality, ...rest] = line.trim().split(/\s+/);
  if (!short || !stance || !act || rest.length > 0 || !STANCES.includes(stance)) {
    fail(`${where}: "${line}" is not "POSITION STANCE ACT [MODALITY]"`);
  }
  return {
    position: idOf(short),
    stance: stance as StanceValue,
    act: act === '-' ? null : act,
    modality: modality ?? 'ASSERTED',
  };
}

/** A red line as written, its statuses checked to be red line statuses. */
function redLine(line: ExpectedRedLine): ExpectedRedLine {
  const statuses = [...line.statuses.map((s) => s.status), line.latestStatus ?? 'DECLARED'];
  for (const status of statuses) {
    if (!RED_LINE_STATUSES.includes(status)) fail(`${line.id}: "${status}" is no red line status`);
  }
  return line;
}

export function loadExpectations(): Expectations {
  const raw = parse(readFileSync(path.join(REALISTIC_DIR, 'expected.yaml'), 'utf8')) as RawFile;
  const idOf = (short: string) => raw.positions[short]?.id ?? fail(`no position "${short}"`);
  const statements = Object.entries(raw.statements).map(
    ([id, { speaker, speakers, urls, stances, ...s }]): ExpectedStatement => ({
      ...s,
      id,
      speakers: speakers
        ? speakers.map((sp) => ({ actor: sp.actor, role: sp.role ?? null }))
        : speaker
          ? [{ actor: speaker, role: null }]
          : [],
      urls: [...(urls ?? [])].sort(),
      stances: stances.map((line) => stanceLine(line, idOf, id)),
    }),
  );
  const agreement = raw.agreement.map((spec) => ({
    ...spec,
    pairs: spec.pairs.map((pair) => ({
      actors: pair.actors,
      positions: pair.positions.map(idOf).sort(),
      measures: Object.fromEntries(
        MEASURES.filter((m) => m in pair).map((m) => [m, String(pair[m])]),
      ),
    })),
  }));
  const matrix = raw.matrix.map((spec) => ({
    ...spec,
    positions: spec.positions.map(idOf),
    cells: spec.cells.map((cell) => ({
      ...cell,
      position: idOf(cell.position),
      // YAML reads 2020-10 as a string, but be sure.
      bucket: String(cell.bucket),
    })),
  }));
  return {
    files: raw.files,
    typeOf: new Map(Object.values(raw.positions).map((p) => [p.id, p.type])),
    typeParents: raw.typeParents,
    names: raw.names,
    statements,
    redLines: (raw.redLines ?? []).map(redLine),
    agreement,
    matrix,
  };
}

/** A type and every type under it, from typeParents. */
export function typeWithDescendants(expectations: Expectations, type: string): Set<string> {
  const found = new Set([type]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [child, parent] of Object.entries(expectations.typeParents)) {
      if (found.has(parent) && !found.has(child)) {
        found.add(child);
        grew = true;
      }
    }
  }
  return found;
}
