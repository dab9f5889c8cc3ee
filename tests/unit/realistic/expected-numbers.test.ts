import { loadExpectations } from '../../support/realistic/expectations';
import { Fraction, agreement, monthCell } from '../../support/realistic/measures';

/**
 * The numbers of tests/fixtures/realistic/expected.yaml agree with the stances listed there, by
 * a calculator written from docs/measures.md alone (tests/support/realistic/measures.ts). When a
 * statement is added, this says which numbers change and what they become.
 */
describe('realistic fixture: the expected numbers follow from the expected stances', () => {
  const expectations = loadExpectations();
  const { statements } = expectations;
  // Every position of the fixture is taken in statements on its one topic (nagorno-karabakh).
  const positions = [...expectations.typeOf.keys()];

  it('holds at least 20 statements, each with a stance or a red line status', () => {
    expect(statements.length).toBeGreaterThanOrEqual(20);
    const reporting = new Set(
      expectations.redLines.flatMap((line) => line.statuses.map((st) => st.statement)),
    );
    for (const s of statements) {
      const says = s.stances.length > 0 || reporting.has(s.id);
      expect({ id: s.id, says }).toEqual({ id: s.id, says: true });
    }
  });

  it('lists each red line’s statuses oldest first, on their statements’ dates, the last the latest', () => {
    expect(expectations.redLines.length).toBeGreaterThan(0);
    const dateOf = new Map(statements.map((s) => [s.id, s.date]));
    for (const line of expectations.redLines) {
      const dates = line.statuses.map((st) => st.date);
      expect({ id: line.id, dates }).toEqual({ id: line.id, dates: [...dates].sort() });
      for (const st of line.statuses) {
        expect({ statement: st.statement, date: dateOf.get(st.statement) }).toEqual({
          statement: st.statement,
          date: st.date,
        });
      }
      expect(line.latestStatus).toBe(line.statuses.at(-1)?.status ?? null);
    }
  });

  const agreementCases = expectations.agreement.flatMap((spec) =>
    spec.pairs.flatMap((pair) =>
      Object.entries(pair.measures).map(([measure, text]) => ({ spec, pair, measure, text })),
    ),
  );
  it.each(
    agreementCases.map(
      (c) =>
        [`${c.pair.actors.join('–')} ${c.measure} ${c.spec.missing} to ${c.spec.to}`, c] as const,
    ),
  )('%s', (_name, { spec, pair, measure, text }) => {
    const computed = agreement(statements, pair.actors, positions, spec.to, spec.missing, measure);
    const shown =
      typeof computed.value === 'string' ? `null ${computed.value}` : computed.value.toString();
    expect(shown).toBe(text.startsWith('null') ? text : Fraction.parse(text).toString());
    expect(computed.positions).toEqual(pair.positions);
  });

  const cellCases = expectations.matrix.flatMap((spec) => spec.cells);
  it.each(cellCases.map((c) => [`${c.actor} ${c.position} ${c.bucket}`, c] as const))(
    'cell %s',
    (_name, cell) => {
      const { actor, position, bucket, ...expected } = cell;
      expect(monthCell(statements, actor, position, bucket)).toEqual(expected);
    },
  );
});
