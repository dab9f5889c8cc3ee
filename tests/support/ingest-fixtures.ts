/** Small valid ingestion records to build test inputs from. */

export function statementRecord(
  i: number,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id: `statement:test-${i}`,
    date: `2021-${String((i % 12) + 1).padStart(2, '0')}-15`,
    kind: 'COMMUNIQUE',
    onBehalfOf: ['TUR'],
    quotes: [{ ref: 'q', text: `We support the ceasefire, statement ${i}.` }],
    stances: [
      { position: 'CEASEFIRE:test-conflict', stance: 'SUPPORTS', act: 'CALLS_FOR', quote: 'q' },
    ],
    ...overrides,
  };
}

export function documentWith(
  statements: Record<string, unknown>[],
  extra: Record<string, unknown> = {},
): string {
  return JSON.stringify({
    format: 'diplograph/v1',
    topics: [{ id: 'test-conflict', name: 'Test conflict' }],
    positions: [
      { type: 'CEASEFIRE', subjects: ['test-conflict'], label: 'Ceasefire in the test conflict' },
    ],
    statements,
    ...extra,
  });
}
