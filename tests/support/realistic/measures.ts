import type { ExpectedStatement, StanceValue } from './expectations';

/**
 * A small calculator of its own for the realistic fixture's expected numbers, written from
 * /work/shared/DESIGN.md §3 and docs/measures.md (not from src/analysis): stances in force,
 * month cells, and S, the agreement index, Cohen's κ and Scott's π in exact fractions.
 */

export class Fraction {
  readonly n: number;
  readonly d: number;
  constructor(n: number, d = 1) {
    if (d === 0) throw new Error('division by zero');
    const g = gcd(Math.abs(n), Math.abs(d)) || 1;
    const sign = d < 0 ? -1 : 1;
    this.n = (sign * n) / g;
    this.d = (sign * d) / g;
  }
  static parse(text: string): Fraction {
    const [n, d] = text.replace('−', '-').split('/');
    return new Fraction(Number(n), d === undefined ? 1 : Number(d));
  }
  plus(o: Fraction): Fraction {
    return new Fraction(this.n * o.d + o.n * this.d, this.d * o.d);
  }
  minus(o: Fraction): Fraction {
    return new Fraction(this.n * o.d - o.n * this.d, this.d * o.d);
  }
  times(o: Fraction): Fraction {
    return new Fraction(this.n * o.n, this.d * o.d);
  }
  over(o: Fraction): Fraction {
    return new Fraction(this.n * o.d, this.d * o.n);
  }
  toString(): string {
    return this.d === 1 ? String(this.n) : `${this.n}/${this.d}`;
  }
  valueOf(): number {
    return this.n / this.d;
  }
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

const VALUE: Record<StanceValue, number> = { SUPPORTS: 1, NEUTRAL: 0, OPPOSES: -1 };

interface Said {
  statement: string;
  date: string;
  stance: StanceValue;
}

/** Every ASSERTED stance of `actor` on `position`, oldest first. */
function said(statements: readonly ExpectedStatement[], actor: string, position: string): Said[] {
  const found: Said[] = [];
  for (const s of statements) {
    if (!s.onBehalfOf.includes(actor)) continue;
    for (const st of s.stances) {
      if (st.position === position && st.modality === 'ASSERTED') {
        found.push({ statement: s.id, date: s.date, stance: st.stance });
      }
    }
  }
  return found.sort((a, b) => a.date.localeCompare(b.date));
}

export interface InForce {
  /** null: never stated by then, or a mixed day. */
  stance: StanceValue | null;
  mixed: boolean;
  date: string | null;
  evidence: string[];
}

/** The stance of the latest day at or before `day`; a day whose stances differ is mixed. */
export function inForce(
  statements: readonly ExpectedStatement[],
  actor: string,
  position: string,
  day: string,
): InForce {
  const before = said(statements, actor, position).filter((s) => s.date <= day);
  const last = before.at(-1);
  if (!last) return { stance: null, mixed: false, date: null, evidence: [] };
  const thatDay = before.filter((s) => s.date === last.date);
  const stances = new Set(thatDay.map((s) => s.stance));
  const evidence = [...new Set(thatDay.map((s) => s.statement))].sort();
  const mixed = stances.size > 1;
  return { stance: mixed ? null : last.stance, mixed, date: last.date, evidence };
}

export interface Cell {
  stance: StanceValue | null;
  carried: boolean;
  statedOn: string | null;
  supports: number;
  opposes: number;
  neutral: number;
  evidence: string[];
}

/** The last day of a month `YYYY-MM`. */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
}

/** A month's cell: the stance in force at its end and the statements of the month by stance. */
export function monthCell(
  statements: readonly ExpectedStatement[],
  actor: string,
  position: string,
  month: string,
): Cell {
  const end = monthEnd(month);
  const held = inForce(statements, actor, position, end);
  const inMonth = said(statements, actor, position).filter((s) => s.date.startsWith(`${month}-`));
  const count = (stance: StanceValue) =>
    new Set(inMonth.filter((s) => s.stance === stance).map((s) => s.statement)).size;
  return {
    stance: held.stance,
    carried: held.stance !== null && inMonth.length === 0,
    statedOn: held.date,
    supports: count('SUPPORTS'),
    opposes: count('OPPOSES'),
    neutral: count('NEUTRAL'),
    evidence: held.evidence,
  };
}

export interface Agreement {
  /** The measure's value, or the reason there is none. */
  value: Fraction | string;
  positions: string[];
}

/**
 * Agreement of two actors over the stances in force at `day` on `positions` (interval NONE,
 * basis IN_FORCE): EXCLUDE counts the positions both addressed, NEUTRAL those either did, silence
 * as 0. A mixed day counts as not addressed.
 */
export function agreement(
  statements: readonly ExpectedStatement[],
  pair: readonly [string, string],
  positions: readonly string[],
  day: string,
  missing: 'EXCLUDE' | 'NEUTRAL',
  measure: string,
): Agreement {
  const xs: number[] = [];
  const ys: number[] = [];
  const counted: string[] = [];
  for (const position of positions) {
    const a = inForce(statements, pair[0], position, day).stance;
    const b = inForce(statements, pair[1], position, day).stance;
    const use = missing === 'EXCLUDE' ? a !== null && b !== null : a !== null || b !== null;
    if (!use) continue;
    xs.push(a === null ? 0 : VALUE[a]);
    ys.push(b === null ? 0 : VALUE[b]);
    counted.push(position);
  }
  const n = xs.length;
  if (n === 0) return { value: 'NO_OVERLAP', positions: counted };
  const distance = xs.reduce((sum, x, i) => sum + Math.abs(x - ys[i]!), 0);
  const sorted = [...counted].sort();
  if (measure === 'S_SCORE')
    return { value: new Fraction(n * 2 - 2 * distance, n * 2), positions: sorted };
  if (measure === 'AGREEMENT_INDEX')
    return { value: new Fraction(n * 2 - distance, n * 2), positions: sorted };
  const share = (values: number[], c: number) =>
    new Fraction(values.filter((v) => v === c).length, n);
  const observed = new Fraction(xs.filter((x, i) => x === ys[i]).length, n);
  let expected = new Fraction(0);
  for (const c of [-1, 0, 1]) {
    const [a, b] = [share(xs, c), share(ys, c)];
    const term =
      measure === 'COHEN_KAPPA'
        ? a.times(b)
        : a
            .plus(b)
            .over(new Fraction(2))
            .times(a.plus(b).over(new Fraction(2)));
    expected = expected.plus(term);
  }
  if (expected.n === expected.d) {
    return { value: 'UNDEFINED_EXPECTED_AGREEMENT_IS_ONE', positions: sorted };
  }
  const one = new Fraction(1);
  return { value: observed.minus(expected).over(one.minus(expected)), positions: sorted };
}
