import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PlanSpool } from '../../../src/ingest/write/plan-spool';
import type { WritePlan } from '../../../src/ingest/plan/write-plan';
import { planOfStatement } from '../../support/planned-statements';

function planWith(id: string, text: string): WritePlan {
  return planOfStatement(id, {
    onBehalfOf: ['UKR', 'POL'],
    language: 'uk',
    quotes: [{ statementId: id, ref: 'q1', id: 'quote-1', text }],
    stances: [
      {
        statementId: id,
        positionId: 'p',
        quoteId: 'quote-1',
        stance: 'SUPPORTS',
        act: 'DEMANDS',
        modality: 'CONDITIONAL',
        target: null,
      },
    ],
  });
}

let under: string;
beforeEach(() => {
  under = mkdtempSync(path.join(os.tmpdir(), 'diplograph-spool-test-'));
});
const spools = () => readdirSync(under);

async function readAll(spool: PlanSpool): Promise<WritePlan[]> {
  const plans: WritePlan[] = [];
  for await (const plan of spool.plans()) plans.push(plan);
  return plans;
}

describe('the plan spool of --commit-every', () => {
  it('gives back the plans added, in order and verbatim, and leaves no file behind', async () => {
    const spool = new PlanSpool(under);
    // Line breaks of every kind inside a text must not split a plan's line.
    const texts = [
      'a\nb\r\nc\rd',
      'line\u2028para\u2029end',
      '"`MATCH (n) DETACH DELETE n`"',
      'سلام 🕊️',
    ];
    const plans = texts.map((text, i) => planWith(`s${i}`, text));
    plans.forEach((plan) => spool.add(plan));
    expect(spools()).toHaveLength(1);
    expect(await readAll(spool)).toEqual(plans);
    spool.dispose();
    expect(spools()).toEqual([]);
  });

  it('reads plans longer than a read of the file, multi-byte characters across reads', async () => {
    const spool = new PlanSpool(under);
    const plans = [planWith('long', 'é🕊️ سلام '.repeat(40_000)), planWith('short', 'x')];
    plans.forEach((plan) => spool.add(plan));
    expect(await readAll(spool)).toEqual(plans);
    spool.dispose();
  });

  it('gives nothing, and makes no file, when nothing was added', async () => {
    const spool = new PlanSpool(under);
    expect(await readAll(spool)).toEqual([]);
    expect(spools()).toEqual([]);
    spool.dispose();
  });

  it('can be left part-way through and disposed of', async () => {
    const spool = new PlanSpool(under);
    for (let i = 0; i < 3; i += 1) spool.add(planWith(`s${i}`, 'text'));
    const read: string[] = [];
    for await (const plan of spool.plans()) {
      read.push(plan.statements[0]!.id);
      break;
    }
    expect(read).toEqual(['s0']);
    spool.dispose();
    expect(spools()).toEqual([]);
  });

  it('fails with INGEST_SPOOL_FAILED, naming the folder, when the file cannot be written or read', async () => {
    const missing = path.join(under, 'no-such-folder');
    expect(() => new PlanSpool(missing).add(planWith('s', 'text'))).toThrow(
      expect.objectContaining({
        code: 'INGEST_SPOOL_FAILED',
        message: expect.stringContaining(
          `write --commit-every's temporary plan file in ${missing} (ENOENT)`,
        ),
      }),
    );
    const spool = new PlanSpool(under);
    spool.add(planWith('s', 'text'));
    for (const dir of spools()) rmSync(path.join(under, dir), { recursive: true });
    await expect(readAll(spool)).rejects.toMatchObject({
      code: 'INGEST_SPOOL_FAILED',
      message: expect.stringContaining('cannot read'),
    });
    spool.dispose();
  });

  it('removes its file if the process exits before it is disposed of (the CLI on Ctrl-C)', () => {
    const others = process.listeners('exit');
    const ours = () => process.listeners('exit').filter((l) => !others.includes(l));
    const spool = new PlanSpool(under);
    spool.add(planWith('s', 'text'));
    expect(ours()).toHaveLength(1);
    ours()[0]!(0);
    expect(spools()).toEqual([]);
    expect(ours()).toHaveLength(0);
  });
});
