import type { Database } from '../../../src/neo4j/database';
import { seedIfEmpty } from '../../../src/ingest/seed';
import { buildDist, runCli } from '../../support/cli-process';
import { openTestDatabase, resetAndMigrate } from '../../support/database';
import { testLogger } from '../../support/test-logger';

/**
 * Finding things from the terminal on the seed (data/seed): actors, topics, positions, search,
 * show, and retract / supersede, through the built CLI as a user runs it.
 */
describe('diplograph actors | topics | positions | search | show | retract | supersede', () => {
  let db: Database;
  const STATEMENT = 'statement:irn-mfa-2020-10-05-press-conference';

  /** A command that must succeed: its standard output. */
  const ok = async (args: string[]): Promise<string> => {
    const run = await runCli(args);
    expect({ args, status: run.status, stderr: run.stderr }).toEqual({
      args,
      status: 0,
      stderr: '',
    });
    return run.stdout;
  };

  beforeAll(async () => {
    buildDist();
    db = openTestDatabase();
    await resetAndMigrate(db);
    await seedIfEmpty(db, testLogger);
  });
  afterAll(async () => {
    await db.close();
  });

  it('show Khatibzadeh prints him with his statement', async () => {
    const out = await ok(['show', 'Khatibzadeh']);
    expect(out).toMatch(/^actor person:saeed-khatibzadeh \(Saeed Khatibzadeh\)\s+PERSON\n/);
    expect(out).toContain(`2020-10-05  ${STATEMENT}`);
  });

  it('show a statement: its speaker, stances with quotes, and quotes', async () => {
    const out = await ok(['show', STATEMENT]);
    expect(out).toContain('speaker      person:saeed-khatibzadeh (Saeed Khatibzadeh)');
    expect(out).toContain('on behalf of IRN (Iran)');
    expect(out).toMatch(
      /SUPPORTS +TERRITORIAL_INTEGRITY:AZE \(Territorial integrity of Azerbaijan\)/,
    );
    expect(out).toContain('“respecting the territorial integrity of Azerbaijan');
    const json = JSON.parse(await ok(['show', STATEMENT, '--json'])) as {
      kind: string;
      statement: { stances: { position: string; stance: string }[] };
    };
    expect(json.kind).toBe('statement');
    expect(json.statement.stances).toContainEqual(
      expect.objectContaining({ position: 'TERRITORIAL_INTEGRITY:AZE', stance: 'SUPPORTS' }),
    );
  });

  it('show a position by its label: every actor’s stance', async () => {
    const out = await ok(['show', 'territorial integrity of azerbaijan']);
    expect(out).toMatch(
      /^position TERRITORIAL_INTEGRITY:AZE \(Territorial integrity of Azerbaijan\)/,
    );
    expect(out).toContain(`IRN (Iran)  SUPPORTS  2020-10-05  ${STATEMENT}`);
  });

  it('show an unknown or ambiguous name: exit 1 with the code and suggestions', async () => {
    const unknown = await runCli(['show', 'Khatibzade']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/^error NAME_UNKNOWN: show: /);
    expect(unknown.stderr).toMatch(/hint: did you mean person:saeed-khatibzadeh/);
    const congo = await runCli(['show', 'Congo']);
    expect(congo.status).toBe(1);
    expect(congo.stderr).toMatch(
      /^error NAME_AMBIGUOUS: .*COD \(DR Congo\), COG \(Republic of the Congo\)/,
    );
  });

  it('actors: filtered by kind and name, ids with names beside them, as table, json, csv', async () => {
    const table = await ok(['actors', '--kind', 'PERSON']);
    expect(table.split('\n')[0]).toMatch(/^id\s+kind\s+statements\s+name$/);
    expect(table).toMatch(/person:saeed-khatibzadeh\s+PERSON\s+0\s+Saeed Khatibzadeh/);
    const json = JSON.parse(await ok(['actors', '--name', 'iran', '--spoke', '--format', 'json']));
    expect(json).toEqual([{ id: 'IRN', name: 'Iran', kind: 'STATE', statements: 1 }]);
    const csv = await ok(['actors', '--name', 'Türkiye', '--format', 'csv']);
    expect(csv).toBe('id,kind,statements,name\nTUR,STATE,0,Türkiye\n');
  });

  it('topics and positions, positions of a topic given by its name', async () => {
    expect(await ok(['topics'])).toMatch(/nagorno-karabakh\s+\d+\s+1\s+Nagorno-Karabakh conflict/);
    const byName = await ok([
      'positions',
      '--topic',
      'Nagorno-Karabakh conflict',
      '--format',
      'csv',
    ]);
    const byId = await ok(['positions', '--topic', 'nagorno-karabakh', '--format', 'csv']);
    expect(byName).toBe(byId);
    expect(byName).toContain('TERRITORIAL_INTEGRITY:AZE,TERRITORIAL_INTEGRITY,');
    const ceasefire = JSON.parse(
      await ok(['positions', '--type', 'CEASEFIRE', '--format', 'json']),
    ) as { type: string }[];
    expect(ceasefire.map((p) => p.type)).toEqual(['CEASEFIRE']);
    const unknown = await runCli(['positions', '--topic', 'Atlantis']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/^error NAME_UNKNOWN: --topic: no topic/);
  });

  it('search: the quote, its statement and speaker', async () => {
    const hits = JSON.parse(await ok(['search', 'red', 'lines', '--format', 'json'])) as {
      statement: string;
      speakers: string[];
      kind: string;
    }[];
    expect(hits[0]).toMatchObject({ statement: STATEMENT, speakers: ['Saeed Khatibzadeh'] });
    const table = await ok(['search', '"cessation of hostilities"']);
    expect(table).toMatch(new RegExp(`2020-10-05\\s+${STATEMENT}\\s+Saeed Khatibzadeh`));
    expect(await ok(['search', 'zanzibar'])).toBe('nothing matches "zanzibar"\n');
  });

  it('retract: the statement leaves lists; a second time is refused; unknown ids NOT_FOUND', async () => {
    const missing = await runCli(['retract', 'statement:nope', '--reason', 'x']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^error NOT_FOUND: no statement "statement:nope"/);
    const self = await runCli(['supersede', STATEMENT, STATEMENT, '--reason', 'x']);
    expect(self.stderr).toMatch(/^error BAD_ARGUMENT: a statement cannot supersede itself/);
    expect(await ok(['retract', STATEMENT, '--reason', 'test', '--as', 'tester'])).toBe(
      `statement ${STATEMENT} retracted\n`,
    );
    const status = await db.read<{ status: string; by: string }>(
      'MATCH (s:Statement {id: $id}) RETURN s.status AS status',
      { id: STATEMENT },
    );
    expect(status.records[0]?.get('status')).toBe('RETRACTED');
    expect(await ok(['search', 'red', 'lines'])).toBe('nothing matches "red lines"\n');
    const again = await runCli(['retract', STATEMENT, '--reason', 'again']);
    expect(again.stderr).toMatch(/^error BAD_ARGUMENT: statement ".*" is already retracted/);
  });
});
