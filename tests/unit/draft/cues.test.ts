import { rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readKnownFiles } from '../../../src/draft/known-files';
import { positionTypeSchema } from '../../../src/ingest/format';
import { CORE_POSITION_CUES } from '../../../src/model/position-cues';
import { POSITION_TYPES } from '../../../src/model/vocabulary';

describe('cues, data with the taxonomy', () => {
  it('every core type has its entry, and every pattern compiles', () => {
    expect(Object.keys(CORE_POSITION_CUES).sort()).toEqual([...POSITION_TYPES].sort());
    for (const { cues } of Object.values(CORE_POSITION_CUES)) {
      for (const cue of cues) expect(() => new RegExp(cue.pattern, 'iu')).not.toThrow();
    }
  });

  it('a file may give a type cues; a pattern that does not compile is refused', () => {
    const type = { id: 'MEDIATION_FORMAT', label: 'Mediation format' };
    const good = { pattern: 'Minsk format', stance: 'SUPPORTS' };
    expect(positionTypeSchema.safeParse({ ...type, cues: [good] }).success).toBe(true);
    const bad = positionTypeSchema.safeParse({ ...type, cues: [{ ...good, pattern: 'Minsk (' }] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['cues', 0, 'pattern']);
  });

  it('a --with file that is not the format is INGEST_INVALID naming file, record and field', () => {
    const file = path.join(os.tmpdir(), `draft-with-${process.pid}.yaml`);
    writeFileSync(
      file,
      'format: diplograph/v1\npositionTypes:\n  - id: X_TYPE\n    label: X\n    cues:\n      - pattern: "a("\n        stance: SUPPORTS\n',
    );
    let caught: unknown;
    try {
      readKnownFiles([file]);
    } catch (error) {
      caught = error;
    } finally {
      rmSync(file, { force: true });
    }
    expect(caught).toMatchObject({
      code: 'INGEST_INVALID',
      details: {
        issues: [
          expect.objectContaining({ file, record: 'positionTypes[0]', field: 'cues[0].pattern' }),
        ],
      },
    });
  });
});
