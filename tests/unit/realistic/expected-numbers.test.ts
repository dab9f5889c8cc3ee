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

  it('holds at least 20 statements, each with a stance, on positions it names', () => {
    expect(statements.length).toBeGreaterThanOrEqual(20);
    for (const s of statements) {
      expect({ id: s.id, stances: s.stances.length > 0 }).toEqual({ id: s.id, stances: true });
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
