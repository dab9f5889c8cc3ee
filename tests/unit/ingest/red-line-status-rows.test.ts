import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { planFile } from '../../support/plan-file';

const ROOT = path.resolve(__dirname, '../../..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/red-lines/red-lines.yaml');
const RED_LINE = 'RED_LINE:IRN:no-shelling-of-iranian-territory';

/** The fixture with its last statement's red line statuses replaced, as a file of its own. */
function withLastStatuses(statuses: string): string {
  const text = readFileSync(FIXTURE, 'utf8');
  const cut = text.lastIndexOf('    redLineStatuses:');
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'red-lines-')), 'red-lines.yaml');
  writeFileSync(file, `${text.slice(0, cut)}    redLineStatuses:\n${statuses}`);
  return file;
}

describe('red line status rows', () => {
  it("resolve `by` to actor ids, sorted, and default it to the statement's onBehalfOf", () => {
    const { resolver, plan } = planFile(FIXTURE);
    expect(resolver.issues).toEqual([]);
    const rows = Object.fromEntries(
      plan!.statements.map((s) => [s.id, s.redLineStatuses.map(({ by, status }) => [status, by])]),
    );
    expect(rows).toEqual({
      'statement:rl-001': [['DECLARED', ['IRN']]],
      'statement:rl-002': [['RESTATED', ['IRN']]],
      'statement:rl-003': [['DECLARED_CROSSED', ['AZE']]],
      // Named "France" in the file; the joint statement's USA is not among them.
      'statement:rl-004': [['INVOKED', ['FRA']]],
      'statement:rl-005': [['RESTATED', ['IRN']]],
    });
  });

  it('give the same content hash whether `by` is the onBehalfOf left out or given in any order', () => {
    const hashOf = (statuses: string) => {
      const { resolver, plan } = planFile(withLastStatuses(statuses));
      expect(resolver.issues).toEqual([]);
      return plan!.statements.at(-1)!.contentHash;
    };
    const left = hashOf(`      - { redLine: ${RED_LINE}, status: RESTATED, quote: still }\n`);
    const given = hashOf(
      `      - { redLine: ${RED_LINE}, status: RESTATED, quote: still, by: [Iran] }\n`,
    );
    const other = hashOf(
      `      - { redLine: ${RED_LINE}, status: RESTATED, quote: still, by: [AZE] }\n`,
    );
    expect(given).toBe(left);
    expect(other).not.toBe(left);
  });

  it('refuse the same red line, status and quote given twice in one statement', () => {
    const line = `      - { redLine: ${RED_LINE}, status: RESTATED, quote: still }\n`;
    const { resolver } = planFile(withLastStatuses(line + line));
    expect(resolver.issues.map(({ code, record, field }) => ({ code, record, field }))).toEqual([
      { code: 'DUPLICATE_ID', record: 'statements[4]', field: 'redLineStatuses[1]' },
    ]);
  });
});
