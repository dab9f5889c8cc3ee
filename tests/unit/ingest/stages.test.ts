import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * src/ingest reads as its pipeline, read → validate → plan → write: a stage imports earlier
 * stages and the modules shared by all (format, issues, entity-kinds, settle-later), never a
 * later stage, nor the entry points (ingest.ts, seed.ts) that put the stages together.
 */
const INGEST = path.resolve(__dirname, '../../../src/ingest');
const STAGES = ['read', 'validate', 'plan', 'write'];
const ENTRY_POINTS = ['ingest.ts', 'seed.ts'];

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/from '(\.[^']*)'/g)].map((m) =>
    path.relative(INGEST, path.resolve(path.dirname(file), m[1]!)),
  );
}

const stageFiles = STAGES.flatMap((stage) =>
  readdirSync(path.join(INGEST, stage))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => [stage, name] as const),
);

describe('the stages of ingestion', () => {
  it('are the folders of src/ingest', () => {
    const folders = readdirSync(INGEST, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.sort()).toEqual([...STAGES].sort());
  });

  it.each(stageFiles)('%s/%s imports no later stage and no entry point', (stage, name) => {
    const later = STAGES.slice(STAGES.indexOf(stage) + 1);
    const wrong = importsOf(path.join(INGEST, stage, name)).filter((target) => {
      const [first] = target.split(path.sep);
      return later.includes(first!) || ENTRY_POINTS.includes(`${target}.ts`);
    });
    expect(wrong).toEqual([]);
  });
});
