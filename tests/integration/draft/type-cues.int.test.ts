import path from 'node:path';
import { databaseReader } from '../../../src/comparison';
import { draftAgainstGraph } from '../../../src/draft';
import { GOLD_DIR } from '../../../src/draft/evaluation/run';
import { exportGraph } from '../../../src/export/export';
import { ingest } from '../../../src/ingest/ingest';
import type { Database } from '../../../src/neo4j/database';
import { startTestApi } from '../../support/api';
import { clearGraph, openTestDatabase, resetAndMigrate } from '../../support/database';
import { PassThrough } from 'node:stream';

const ARTICLE = `Norway backs Jeddah talks on Sudan
Nile Wire Service
14 May 2024

CAIRO (Nile Wire) - Norwegian Foreign Minister Ingrid Haugland on Tuesday met her Egyptian counterpart.

"Norway will keep the Jeddah format alive for Sudan, whatever it takes," Haugland told reporters.
`;

const typeFile = (pattern: string) => `format: diplograph/v1
positionTypes:
  - id: JEDDAH_FORMAT
    label: Jeddah format
    description: the talks between Sudan's warring parties hosted in Jeddah
    parent: NEGOTIATED_SETTLEMENT
    cues:
      - pattern: "${pattern}"
        stance: SUPPORTS
        act: AFFIRMS
      - pattern: "Jeddah track"
        stance: SUPPORTS
        opposite: false
`;

const jeddahStances = async (db: Database) => {
  const { draft } = await draftAgainstGraph(databaseReader(db), { text: ARTICLE, from: 'test' });
  return draft.statements.flatMap((s) => s.stances).filter((s) => s.type === 'JEDDAH_FORMAT');
};

async function exported(db: Database): Promise<{ positionTypes: Record<string, unknown>[] }> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await exportGraph(db, 'json', out);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
    positionTypes: Record<string, unknown>[];
  };
}

/**
 * Cues live with the taxonomy in the graph: a type an ingested file defines keeps its cues on its
 * node, and `draft` (and `draftStatements`) find its stances with no `--with` file.
 */
describe('a position type ingested with cues', () => {
  let db: Database;

  beforeAll(async () => {
    db = openTestDatabase();
    await resetAndMigrate(db);
    await clearGraph(db);
    await ingest(db, [{ file: path.join(GOLD_DIR, 'known.yaml') }]);
  });
  afterAll(async () => db.close());

  it('is unknown to the draft before the file is ingested', async () => {
    expect(await jeddahStances(db)).toEqual([]);
  });

  it('after ingest, drafts the stance from the cue kept in the graph', async () => {
    await ingest(db, [{ name: 'types.yaml', text: typeFile('Jeddah (?:talks )?format') }]);
    const [stance, ...more] = await jeddahStances(db);
    expect(more).toEqual([]);
    expect(stance).toMatchObject({ stance: 'SUPPORTS', act: 'AFFIRMS', cue: 'Jeddah format' });
    expect(ARTICLE.slice(stance!.evidence.start, stance!.evidence.end)).toBe('Jeddah format');
    // The subjects follow the parent's rules (NEGOTIATED_SETTLEMENT: the topic, else a state).
    expect(stance!.subjects).toEqual(['sudan-war']);
  });

  it('is found by the API too', async () => {
    const api = await startTestApi(db);
    try {
      const { body } = await api.query(
        'query ($text: String!) { draftStatements(text: $text) { yaml stances } }',
        { text: ARTICLE },
      );
      const result = body.data?.draftStatements as { yaml: string };
      expect(result.yaml).toContain('position: JEDDAH_FORMAT:sudan-war');
    } finally {
      await api.stop();
    }
  });

  it('re-ingests as a no-op; changed cues are a conflict, as any changed definition', async () => {
    const again = await ingest(db, [
      { name: 'types.yaml', text: typeFile('Jeddah (?:talks )?format') },
    ]);
    expect(again.statementsNew).toBe(0);
    await expect(
      ingest(db, [{ name: 'types.yaml', text: typeFile('Jeddah process') }]),
    ).rejects.toMatchObject({
      code: 'INGEST_INVALID',
      details: {
        issues: [
          expect.objectContaining({ code: 'CONFLICTS_WITH_GRAPH', record: 'positionTypes[0]' }),
        ],
      },
    });
    expect((await jeddahStances(db)).length).toBe(1);
  });

  it('is exported with its cues, which ingest again unchanged', async () => {
    const { positionTypes } = await exported(db);
    const type = positionTypes.find((t) => t.id === 'JEDDAH_FORMAT');
    expect(type?.cues).toEqual([
      { pattern: 'Jeddah (?:talks )?format', stance: 'SUPPORTS', act: 'AFFIRMS' },
      { pattern: 'Jeddah track', stance: 'SUPPORTS', opposite: false },
    ]);
  });
});
